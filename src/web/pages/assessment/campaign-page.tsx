import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCampaign } from '../../api/assessment.js';
import { useProvinceLabels } from '../../components/catalogue/use-code-labels.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { CampaignReminders } from './campaign-reminders.js';
import { DownloadForOffline } from './field/download-for-offline.js';
import { useLocalText } from './local-text.js';

const stages = ['invited', 'started', 'submitted', 'verified'] as const;
const colours = { invited: 'gray', started: 'yellow', submitted: 'blue', verified: 'teal' } as const;

/** /assessments/campaigns/:id — how far each invited enterprise has got, and its reminders. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { text, num } = useLocalText();
  const province = useProvinceLabels();
  const query = useCampaign(id);
  if (query.isLoading) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  return (
    <Stack gap="md">
      <PageTitle>{c.name}</PageTitle>
      <Text c="dimmed">
        {text(c.methodologyName)} · VSIC {c.vsicDivision}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {stages.map((stage) => (
          <Card key={stage} withBorder radius="md" padding="sm">
            <Text size="sm" c="dimmed">
              {t(`assessment.campaigns.stages.${stage}`)}
            </Text>
            <Text size="xl" fw={700}>
              {c.progress[stage]}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <CampaignReminders campaign={c} />
      <DownloadForOffline campaign={c} />
      <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {c.targets.map((target) => (
          <Card key={target.organisationId} component="li" withBorder radius="md" padding="sm">
            <Group justify="space-between" wrap="wrap">
              <Stack gap={0}>
                {target.assessmentId ? (
                  <Anchor component={Link} to={`/assessments/${target.assessmentId}`} fw={600}>
                    {target.name}
                  </Anchor>
                ) : (
                  <Text fw={600}>{target.name}</Text>
                )}
                <Text size="xs" c="dimmed">
                  {province(target.provinceCode)}
                  {target.total !== null && ` · ${t('assessment.campaigns.score')}: ${num(target.total)}`}
                </Text>
              </Stack>
              <Badge color={colours[target.stage]} variant="light">
                {t(`assessment.campaigns.stages.${target.stage}`)}
              </Badge>
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
