import { Container, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOrganisationDirectory } from '../../api/organisations.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ProvinceSelect } from '../../components/province-select.js';
import { organisationKinds } from '../../../domain/organisations/organisation-kinds.js';
import { DirectoryCard } from './directory-card.js';

/** Public directory; filters live in the URL so a search can be shared. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const province = params.get('province') ?? '';
  const [debouncedQ] = useDebouncedValue(q, 300);
  const list = useOrganisationDirectory({ q: debouncedQ, kind, province });
  const setFilter = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return (
    <Container size="lg" px={0}>
      <PageTitle>{t('directory.title')}</PageTitle>
      <Group mb="md" align="flex-end" wrap="wrap" role="search">
        <TextInput
          label={t('directory.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => setFilter('q', event.currentTarget.value)}
          style={{ flex: '2 1 240px' }}
        />
        <Select
          label={t('organisations.fields.kind')}
          clearable
          data={organisationKinds.map((value) => ({ value, label: t(`organisations.kinds.${value}`) }))}
          value={kind || null}
          onChange={(value) => setFilter('kind', value)}
          style={{ flex: '1 1 180px' }}
        />
        <ProvinceSelect
          label={t('organisations.fields.province')}
          value={province || null}
          onChange={(value) => setFilter('province', value)}
          style={{ flex: '1 1 180px' }}
        />
      </Group>
      {list.isLoading && <LoadingState lines={6} />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && <EmptyState title={t('directory.empty')} description={t('directory.emptyHint')} />}
      <Stack gap="sm">
        {list.items.map((organisation) => (
          <DirectoryCard key={organisation.id} organisation={organisation} />
        ))}
      </Stack>
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
