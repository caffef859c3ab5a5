import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMethodologyPages } from '../../api/assessment.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { useLocalText } from './local-text.js';
import { PublishMethodologyForm } from './publish-methodology-form.js';

/** /assessments/methodologies — every stored methodology version. */
export function MethodologiesPage() {
  const { t } = useTranslation();
  const { text, num } = useLocalText();
  const list = useMethodologyPages();
  return (
    <Stack gap="md">
      <PageTitle>{t('assessment.methodology.title')}</PageTitle>
      <Text c="dimmed">{t('assessment.methodology.lead')}</Text>
      {list.isLoading && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && <EmptyState title={t('assessment.list.empty')} />}
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.items.map((m) => (
          <Card key={m.id} component="li" withBorder radius="md" padding="md">
            <Stack gap={6}>
              <Anchor component={Link} to={`/assessments/methodologies/${m.id}`} fw={600}>
                {text(m.name)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('assessment.methodology.legal')}: {m.legalReference} · {t('assessment.methodology.version', { version: m.version })}
              </Text>
              <Group gap={6}>
                <Badge variant="light">{t(`assessment.methodology.statuses.${m.status}`)}</Badge>
                <Badge variant="outline">{t('assessment.methodology.points', { points: num(m.totalPoints) })}</Badge>
                <Badge variant="outline">{t('assessment.methodology.criteria', { count: m.criteria })}</Badge>
                {m.provisional && <Badge color="yellow">{t('assessment.methodology.provisional')}</Badge>}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {list.items.length > 0 && (
        <LoadMore
          shown={list.items.length}
          total={list.total}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={() => void list.fetchNextPage()}
        />
      )}
      {list.first?.canPublish && <PublishMethodologyForm />}
    </Stack>
  );
}
