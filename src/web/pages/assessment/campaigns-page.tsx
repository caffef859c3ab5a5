import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCampaignPages } from '../../api/assessment.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { CampaignForm } from './campaign-form.js';
import { useLocalText } from './local-text.js';

/** /assessments/campaigns — the survey campaigns of the caller's provinces, and launching one. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const list = useCampaignPages();
  return (
    <Stack gap="md">
      <PageTitle>{t('assessment.campaigns.title')}</PageTitle>
      <Text c="dimmed">{t('assessment.campaigns.lead')}</Text>
      {list.first?.canCreate && <CampaignForm />}
      {list.isLoading && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && <EmptyState title={t('assessment.campaigns.empty')} />}
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.items.map((c) => (
          <Card key={c.id} component="li" withBorder radius="md" padding="md">
            <Stack gap={6}>
              <Anchor component={Link} to={`/assessments/campaigns/${c.id}`} fw={600}>
                {c.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {text(c.methodologyName)} · VSIC {c.vsicDivision}
              </Text>
              <Progress
                value={c.progress.total ? (c.progress.verified / c.progress.total) * 100 : 0}
                aria-label={t('assessment.campaigns.progress', { verified: c.progress.verified, total: c.progress.total })}
              />
              <Group justify="space-between">
                <Text size="sm">{t('assessment.campaigns.progress', { verified: c.progress.verified, total: c.progress.total })}</Text>
                <Text size="xs" c="dimmed">
                  {t('assessment.campaigns.launched')}: <DateTime value={c.createdAt} dateOnly />
                </Text>
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
    </Stack>
  );
}
