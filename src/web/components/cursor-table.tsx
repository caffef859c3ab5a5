import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useCursorList } from '../api/cursor-list.js';
import { EmptyState } from './empty-state.js';
import { ErrorState } from './error-state.js';
import { LoadMore } from './load-more.js';
import { LoadingState } from './loading-state.js';
import { ResponsiveTable } from './responsive-table.js';

type Props<T> = {
  list: ReturnType<typeof useCursorList<T>>;
  label: string;
  emptyTitle: string;
  /** Column headings; a last column of row actions is added, named for screen readers only. */
  headings: string[];
  minWidth: number;
  row: (item: T) => ReactNode;
};

/** An admin table over a cursor-paged list: loading, error and empty states, rows, "load more". */
export function CursorTable<T>({ list, label, emptyTitle, headings, minWidth, row }: Props<T>) {
  const { t } = useTranslation();
  if (list.isLoading) return <LoadingState lines={6} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.items.length === 0) return list.isSuccess ? <EmptyState title={emptyTitle} /> : null;
  return (
    <>
      <ResponsiveTable minWidth={minWidth} striped verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {headings.map((heading) => (
              <Table.Th key={heading}>{heading}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{list.items.map(row)}</Table.Tbody>
      </ResponsiveTable>
      <LoadMore
        shown={list.items.length}
        total={list.total}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    </>
  );
}
