import { Alert, Anchor, Button, Container, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { segmentOf, type WorkItem } from '../../api/catalogue.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ResponsiveTable } from '../../components/responsive-table.js';

type QueryState<T> = { isPending: boolean; isError: boolean; error: Error | null; data: T | undefined; refetch: () => unknown };

/** "Xem thêm" under a paged work list, with how many of how many are shown. */
export function WorkListMore({
  list,
  shown,
  total,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  shown: number;
  total: number;
}) {
  return <LoadMore shown={shown} total={total} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} />;
}

/** A page over one query (the moderation queue, the agency's overview): title and lead, then loading, error or the data. */
export function WorkListPage<T>({ title, lead, query, children }: { title: string; lead: string; query: QueryState<T>; children: (data: T) => ReactNode }) {
  return (
    <Container size="xl" px={0}>
      <PageTitle>{title}</PageTitle>
      <Text c="dimmed" mt={-12} mb="md">
        {lead}
      </Text>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError || query.data === undefined ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        children(query.data)
      )}
    </Container>
  );
}

type TableProps = {
  minWidth: number;
  headings: string[];
  /** Right-align every column but the first (counts). */
  numeric?: boolean;
  striped?: boolean;
  children: ReactNode;
};

/** A table of records or counts; one card per record on a phone. */
export function WorkTable({ minWidth, headings, numeric = false, striped = false, children }: TableProps) {
  return (
    <ResponsiveTable minWidth={minWidth} verticalSpacing="sm" highlightOnHover={!striped} striped={striped}>
      <Table.Thead>
        <Table.Tr>
          {headings.map((heading, i) => (
            <Table.Th key={heading} ta={numeric && i > 0 ? 'right' : undefined}>
              {heading}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </ResponsiveTable>
  );
}

/** A record's title, linking to its page. */
export function WorkItemLink({ item }: { item: WorkItem }) {
  return (
    <Anchor component={Link} to={`/${segmentOf(item.type)}/${item.id}`} fw={500}>
      {item.title}
    </Anchor>
  );
}

/** For a person in no organisation: why, and the way to create or join one. */
export function JoinOrganisationAlert({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={title}>
      <Button component={Link} to="/organisations/new" size="xs" mt="xs">
        {t('catalogue.form.createOrganisation')}
      </Button>
    </Alert>
  );
}
