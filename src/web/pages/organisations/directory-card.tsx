import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/auth.js';
import type { OrganisationPublic } from '../../api/organisations.js';
import { useProvinceLabel } from '../../api/reference.js';
import { JoinRequestButton } from './join-request-button.js';

export function DirectoryCard({ organisation: org }: { organisation: OrganisationPublic }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const provinceLabel = useProvinceLabel();
  const place = provinceLabel(org.province, i18n.language) || org.country;
  // viewerMembership covers pending requests too, which "me" does not list.
  const canAskToJoin = me.data?.user && !org.viewerMembership;
  return (
    <Card withBorder component="article" padding="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Anchor component={Link} to={`/organisations/${org.id}`} fw={600}>
            {i18n.language === 'en' && org.nameEn ? org.nameEn : org.nameVi}
          </Anchor>
          <Group gap="xs">
            <Badge variant="light" size="sm">
              {t(`organisations.kinds.${org.kind}`)}
            </Badge>
            {org.viewerMembership?.status === 'pending' && (
              <Badge color="yellow" size="sm">
                {t('members.statuses.pending')}
              </Badge>
            )}
            {org.verified && (
              <Badge color="teal" size="sm">
                {t('organisations.verified')}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {place}
            </Text>
          </Group>
        </Stack>
        {canAskToJoin && <JoinRequestButton organisationId={org.id} size="xs" />}
      </Group>
    </Card>
  );
}
