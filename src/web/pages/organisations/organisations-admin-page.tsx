import { Anchor, Badge, Container, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganisationDirectory } from '../../api/organisations.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ProvinceSelect } from '../../components/province-select.js';
import { organisationKinds } from '../../../domain/organisations/organisation-kinds.js';
import { VerifyButton } from './verify-button.js';
import { ResponsiveTable } from '../../components/responsive-table.js';

/** Organisations to check and verify; the verify button appears where the server allows it. */
export function OrganisationsAdminPage() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [province, setProvince] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(q, 300);
  const list = useOrganisationDirectory({ q: debounced, kind: kind ?? '', province: province ?? '' });
  return (
    <Container size="xl" px={0}>
      <PageTitle>{t('admin.organisations.title')}</PageTitle>
      <Group mb="md" align="flex-end" wrap="wrap" role="search">
        <TextInput
          label={t('directory.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '2 1 220px' }}
        />
        <Select
          label={t('organisations.fields.kind')}
          clearable
          data={organisationKinds.map((value) => ({ value, label: t(`organisations.kinds.${value}`) }))}
          value={kind}
          onChange={setKind}
          style={{ flex: '1 1 160px' }}
        />
        <ProvinceSelect label={t('organisations.fields.province')} value={province} onChange={setProvince} style={{ flex: '1 1 160px' }} />
      </Group>
      {list.isLoading && <LoadingState lines={6} />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && <EmptyState title={t('directory.empty')} />}
      {list.items.length > 0 && (
        <ResponsiveTable minWidth={720} striped verticalSpacing="sm" aria-label={t('admin.organisations.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organisations.fields.nameVi')}</Table.Th>
              <Table.Th>{t('organisations.fields.kind')}</Table.Th>
              <Table.Th>{t('organisations.fields.province')}</Table.Th>
              <Table.Th>{t('admin.organisations.created')}</Table.Th>
              <Table.Th>{t('admin.organisations.verification')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((org) => (
              <Table.Tr key={org.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/organisations/${org.id}`}>
                    {i18n.language === 'en' && org.nameEn ? org.nameEn : org.nameVi}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`organisations.kinds.${org.kind}`)}</Table.Td>
                <Table.Td>{org.province?.name ?? org.country}</Table.Td>
                <Table.Td>
                  <DateTime value={org.createdAt} dateOnly />
                </Table.Td>
                <Table.Td>
                  {org.abilities?.canVerify ? (
                    <VerifyButton organisationId={org.id} verified={org.verified} />
                  ) : org.verified ? (
                    <Badge color="teal">{t('organisations.verified')}</Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('organisations.notVerified')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      {list.items.length > 0 && (
        <LoadMore
          shown={list.items.length}
          total={list.total}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={() => void list.fetchNextPage()}
        />
      )}
    </Container>
  );
}
