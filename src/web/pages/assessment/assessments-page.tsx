import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAssessments, useCampaigns, type AssessmentSummary } from '../../api/assessment.js';
import { DateTime } from '../../components/date-time.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { useLocalText } from './local-text.js';
import { CampaignInvitations } from './invitations.js';
import { StartAssessmentForm } from './start-assessment-form.js';
import { AssessmentStatusBadge } from './status-badge.js';

function AssessmentCard({ item }: { item: AssessmentSummary }) {
  const { t } = useTranslation();
  const { text, num } = useLocalText();
  const scored = item.status === 'submitted' || item.status === 'approved';
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/assessments/${item.id}`} fw={600}>
            {item.organisationName}
          </Anchor>
          <AssessmentStatusBadge status={item.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {text(item.methodologyName)} · VSIC {item.vsicDivision}
        </Text>
        {item.total !== null && (
          <Text size="sm">
            {t('assessment.list.score')}: <b>{num(item.total)}</b> · {t('assessment.list.level')}: {text(item.level)}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('assessment.list.created')}: <DateTime value={item.createdAt} dateOnly />
          </Text>
          {scored && (
            <Anchor component={Link} to={`/assessments/${item.id}/report`} size="sm">
              {t('assessment.list.report')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** /assessments — the assessments the caller may see, and starting a new one. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const list = useAssessments();
  const campaigns = useCampaigns();
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Group gap="xs">
            {campaigns.data?.canCreate && (
              <Button component={Link} to="/assessments/campaigns" variant="light">
                {t('assessment.campaigns.open')}
              </Button>
            )}
            {campaigns.data?.canCreate && (
              <Button component={Link} to="/assessments/dashboard" variant="light">
                {t('assessment.dashboard.open')}
              </Button>
            )}
            <Button component={Link} to="/assessments/methodologies" variant="light">
              {t('assessment.list.methodologies')}
            </Button>
          </Group>
        }
      >
        {t('assessment.list.title')}
      </PageTitle>
      <Text c="dimmed">{t('assessment.list.lead')}</Text>
      {campaigns.data && <CampaignInvitations invitations={campaigns.data.invitations} />}
      <StartAssessmentForm />
      {list.isLoading && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.items.length === 0 && <EmptyState title={t('assessment.list.empty')} />}
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.items.map((item) => (
          <AssessmentCard key={item.id} item={item} />
        ))}
      </SimpleGrid>
      {list.isSuccess && list.items.length > 0 && (
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
