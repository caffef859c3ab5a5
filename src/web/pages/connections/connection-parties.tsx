import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConnectionDetail } from '../../api/connections.js';
import { useCodeLabels, useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { formatDate } from '../../lib/format-date.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

const orgLink = (party: ConnectionDetail['seeker']) =>
  party.organisationId ? (
    <Anchor component={Link} to={`/organisations/${party.organisationId}`}>
      {party.name}
    </Anchor>
  ) : (
    (party.name ?? '—')
  );

/** Who is connected with whom, about which demand and offer, through which channel. */
export function ConnectionParties({ connection }: { connection: ConnectionDetail }) {
  const { t, i18n } = useTranslation();
  const country = useCodeLabels('country');
  const province = useProvinceLabels();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
      <Fact label={t('connections.detail.seeker')}>{orgLink(connection.seeker)}</Fact>
      <Fact label={t('connections.detail.supplier')}>{orgLink(connection.supplier)}</Fact>
      <Fact label={t('connections.detail.broker')}>{connection.broker?.name ?? t('connections.detail.noBroker')}</Fact>
      {connection.demand && (
        <Fact label={t('connections.detail.demand')}>
          <Anchor component={Link} to={`/demands/${connection.demand.id}`}>
            {connection.demand.title}
          </Anchor>
        </Fact>
      )}
      {connection.offer && (
        <Fact label={t('connections.detail.offer')}>
          <Anchor component={Link} to={`/offers/${connection.offer.id}`}>
            {connection.offer.title}
          </Anchor>
        </Fact>
      )}
      <Fact label={t('connections.detail.channel')}>
        {t(`connections.channels.${connection.channel}`)} · {t(`connections.origins.${connection.origin}`)}
      </Fact>
      {connection.partnerCountry && <Fact label={t('connections.detail.partnerCountry')}>{country(connection.partnerCountry)}</Fact>}
      {connection.provinceCode && <Fact label={t('connections.detail.province')}>{province(connection.provinceCode)}</Fact>}
      <Fact label={t('connections.detail.openedOn')}>{formatDate(connection.openedOn, i18n.language)}</Fact>
    </SimpleGrid>
  );
}
