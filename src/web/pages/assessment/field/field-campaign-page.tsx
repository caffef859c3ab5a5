import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.js';
import { LoadingState } from '../../../components/loading-state.js';
import { PageTitle } from '../../../components/page-title.js';
import { FieldBanner } from './field-banner.js';
import { changesWaiting, problemsOf } from './field-queue.js';
import type { FieldDraft, FieldPhoto } from './field-types.js';
import { useFieldCampaign } from './use-field-campaign.js';

function DraftState({ draft, photos }: { draft: FieldDraft | undefined; photos: FieldPhoto[] }) {
  const { t } = useTranslation();
  if (!draft)
    return (
      <Badge color="gray" variant="light">
        {t('assessment.field.states.notStarted')}
      </Badge>
    );
  const problems = problemsOf(draft);
  const waiting = changesWaiting(
    [draft],
    photos.filter((p) => p.assessmentId === draft.id),
  );
  return (
    <Group gap={4}>
      {problems > 0 && (
        <Badge color="red" variant="light">
          {t('assessment.field.states.problems', { count: problems })}
        </Badge>
      )}
      {waiting > 0 ? (
        <Badge color="blue" variant="light">
          {t('assessment.field.states.waiting', { count: waiting })}
        </Badge>
      ) : (
        <Badge color="teal" variant="light">
          {t('assessment.field.states.onServer')}
        </Badge>
      )}
    </Group>
  );
}

/** /field/campaigns/:id — a downloaded campaign's enterprises, read from the device (works without a network, and without the session check). */
export function FieldCampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { sync, data } = useFieldCampaign(id);
  if (!data) return <LoadingState />;
  const { pack, drafts, photos } = data;
  if (!pack) return <EmptyState title={t('assessment.field.title')} description={t('assessment.field.notDownloaded')} />;
  return (
    <Stack gap="md">
      <PageTitle>{pack.name}</PageTitle>
      <FieldBanner phase={sync.phase} waiting={sync.waiting} />
      <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {pack.targets.map((target) => {
          const draft = drafts.find((d) => d.organisationId === target.organisationId);
          return (
            <Card key={target.organisationId} component="li" withBorder radius="md" padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Anchor component={Link} to={`/field/campaigns/${id}/${target.organisationId}`} fw={600}>
                  {t('assessment.field.fillIn', { name: target.name })}
                </Anchor>
                <DraftState draft={draft} photos={photos} />
              </Group>
            </Card>
          );
        })}
      </Stack>
      <Text size="xs" c="dimmed">
        {t('assessment.field.downloadLead')}
      </Text>
    </Stack>
  );
}
