import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { ErrorState } from '../error-state.js';

type Props<T extends { items: unknown[] }> = {
  title: string;
  /** Said when nothing matches. */
  empty: string;
  matches: UseQueryResult<T>;
  /** The cards of the matches, once they are in. */
  cards: (data: T) => ReactNode;
  /** More below the cards (a demand's matching experts). */
  footer?: (data: T) => ReactNode;
};

/** A record page's section of matches: heading, loading, error, empty, and the cards. */
export function MatchesSection<T extends { items: unknown[] }>({ title, empty, matches, cards, footer }: Props<T>) {
  const headingId = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {title}
      </Title>
      {matches.isPending && <Loader size="sm" />}
      {matches.isError && <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />}
      {matches.data &&
        (matches.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack gap="sm">{cards(matches.data)}</Stack>
        ))}
      {matches.data && footer?.(matches.data)}
    </Card>
  );
}
