import { Alert, Container } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ErrorState } from '../error-state.js';
import { LoadingState } from '../loading-state.js';

/** Loading, "not found or not yours" (the API answers 404 for both), or the page. */
export function RecordPageState<T>({ query, children }: { query: UseQueryResult<T>; children: (record: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingState lines={8} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <Container size="sm">
          <Alert color="gray" title={t('catalogue.search.emptyTitle')}>
            {t('catalogue.detail.notFound')}
          </Alert>
        </Container>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
