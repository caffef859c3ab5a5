import { Alert, Button, Container, Drawer, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconLanguage, IconSearch, IconTextSpellcheck } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueSearch, type RecordSegment, type SearchCorrection, type SearchWidening } from '../../../api/catalogue.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadMore } from '../../../components/load-more.js';
import { PageTitle } from '../../../components/page-title.js';
import { NoResults } from '../../../components/catalogue/no-results.js';
import { ResultSkeleton } from '../../../components/catalogue/result-skeleton.js';
import { SearchResultCard } from '../../../components/catalogue/search-result-card.js';
import { CreateRecordButton } from '../create-record-button.js';
import { SaveSearchButton } from '../../saved-searches/save-search-button.js';
import { SearchFilters } from './search-filters.js';
import { formatCount } from '../../../lib/format-count.js';
import { activeFilterCount, sortOrders, withoutFilters, type FacetKey, type SortOrder } from './search-state.js';
import { apiQueryOf, useSearchUrl } from './use-search-url.js';

/** A note above the results on how the words were searched: a lead, and the words each stood for (none: no second line). */
function SearchNote({ testId, color, icon, lead, words }: { testId: string; color: string; icon: ReactNode; lead: string; words: string[] }) {
  return (
    <Alert variant="light" color={color} icon={icon} mb="sm" data-testid={testId}>
      <Text size="sm">{lead}</Text>
      {words.length > 0 && (
        <Text size="xs" c="dimmed" mt={2}>
          {words.join(' · ')}
        </Text>
      )}
    </Alert>
  );
}

/** Says that the words were widened through the glossary, and what was searched for as well. */
function WideningNote({ widening }: { widening: SearchWidening }) {
  const { t } = useTranslation();
  return (
    <SearchNote
      testId="search-widened"
      color="blue"
      icon={<IconLanguage size={18} aria-hidden />}
      lead={t('catalogue.search.widened.lead', { alternative: widening.alternative })}
      words={widening.terms.map((term) => t('catalogue.search.widened.term', { from: term.from, to: term.to }))}
    />
  );
}

/**
 * Says that the words as typed found nothing and which words spelled like them were searched for
 * (none named when only a glossary translation's words were corrected, which the widening note names).
 */
function CorrectionNote({ corrections }: { corrections: SearchCorrection[] }) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'disjunction' });
  return (
    <SearchNote
      testId="search-corrected"
      color="yellow"
      icon={<IconTextSpellcheck size={18} aria-hidden />}
      lead={t('catalogue.search.corrected.lead')}
      words={corrections.map((c) => t('catalogue.search.corrected.term', { typed: c.typed, alternatives: list.format(c.alternatives.map((a) => `“${a}”`)) }))}
    />
  );
}

/** What each public list can be filtered by. */
const listFacets: Record<RecordSegment, { facets: readonly FacetKey[]; trl: 'range' | 'min' | null }> = {
  offers: { facets: ['field', 'sector', 'province', 'transferForm', 'ownerType', 'country', 'language'], trl: 'range' },
  demands: { facets: ['field', 'sector', 'province', 'transferForm', 'country', 'language'], trl: 'min' },
  experts: { facets: ['field', 'province', 'country', 'language'], trl: null },
};

/** The words box; keyed on the URL's words, so going back or forward shows the words of that search. */
function SearchBox({ words: initial, onSearch }: { words: string; onSearch: (words: string) => void }) {
  const { t } = useTranslation();
  const [words, setWords] = useState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(words.trim());
  };
  return (
    <form role="search" onSubmit={onSubmit}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          style={{ flex: 1 }}
          size="md"
          aria-label={t('catalogue.search.label')}
          placeholder={t('catalogue.search.placeholder')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={words}
          onChange={(event) => setWords(event.currentTarget.value)}
          name="q"
        />
        <Button type="submit" size="md">
          {t('catalogue.search.submit')}
        </Button>
      </Group>
    </form>
  );
}

/** A public list (offers, demands or experts): search, filters with counts, sort, "see more". */
export function CatalogueSearchPage({ segment }: { segment: RecordSegment }) {
  const { t, i18n } = useTranslation();
  const { state, update } = useSearchUrl();
  const [drawerOpened, drawer] = useDisclosure(false);
  const wide = useMediaQuery('(min-width: 62em)', true);
  const config = listFacets[segment];
  const search = useCatalogueSearch(segment, apiQueryOf(state, config.trl));
  const filterCount = activeFilterCount(state);

  const filters = (
    <SearchFilters state={state} facets={search.facets} estimated={search.estimated} facetKeys={config.facets} trl={config.trl} onChange={update} />
  );

  return (
    <Container size="xl" px={0}>
      <PageTitle
        actions={
          <Group gap="xs">
            <SaveSearchButton segment={segment} query={apiQueryOf(state, config.trl)} />
            <CreateRecordButton segment={segment} />
          </Group>
        }
      >
        {t(`catalogue.kinds.${segment}`)}
      </PageTitle>
      <Text c="dimmed" mt={-12} mb="md">
        {t(`catalogue.intro.${segment}`)}
      </Text>
      <SearchBox key={state.q} words={state.q} onSearch={(q) => update((s) => ({ ...s, q }))} />

      <Grid gap="lg" mt="md">
        {wide && (
          <Grid.Col span={3}>
            <aside aria-label={t('catalogue.search.filters')}>{filters}</aside>
          </Grid.Col>
        )}
        <Grid.Col span={wide ? 9 : 12}>
          {search.widened && !search.isPending && <WideningNote widening={search.widened} />}
          {search.corrected && !search.isPending && <CorrectionNote corrections={search.corrected} />}
          <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
            <Text size="sm" fw={500} aria-live="polite" data-testid="result-count">
              {search.isPending
                ? '…'
                : t('catalogue.search.results', { count: search.total, formatted: formatCount(search.total, i18n.language, search.estimated) })}
            </Text>
            <Group gap="xs" wrap="nowrap">
              {!wide && (
                <Button variant="default" size="sm" leftSection={<IconAdjustmentsHorizontal size={16} />} onClick={drawer.open}>
                  {filterCount > 0 ? t('catalogue.search.filtersWithCount', { count: filterCount }) : t('catalogue.search.filters')}
                </Button>
              )}
              <Select
                size="sm"
                w={wide ? 240 : 170}
                aria-label={t('catalogue.search.sort')}
                allowDeselect={false}
                value={state.sort}
                onChange={(value) => update((s) => ({ ...s, sort: (value ?? 'relevance') as SortOrder }))}
                data={sortOrders.map((order) => ({ value: order, label: t(`catalogue.search.sortOrders.${order}`) }))}
              />
            </Group>
          </Group>
          {search.isPending ? (
            <ResultSkeleton />
          ) : search.isError ? (
            <ErrorState error={search.error} onRetry={() => void search.refetch()} />
          ) : search.items.length === 0 ? (
            <NoResults searched={Boolean(state.q)} hasFilters={filterCount > 0} onClearFilters={() => update(withoutFilters)} />
          ) : (
            <Stack gap="sm" style={{ opacity: search.isPlaceholderData ? 0.6 : 1 }}>
              {search.items.map((hit) => (
                <SearchResultCard key={hit.id} segment={segment} hit={hit} />
              ))}
              <LoadMore
                shown={search.items.length}
                total={search.total}
                estimated={search.estimated}
                hasMore={search.hasNextPage}
                loading={search.isFetchingNextPage}
                onMore={() => void search.fetchNextPage()}
              />
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      <Drawer opened={drawerOpened && !wide} onClose={drawer.close} title={t('catalogue.search.filters')} position="bottom" size="85%">
        {filters}
      </Drawer>
    </Container>
  );
}
