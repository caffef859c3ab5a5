import { Alert, Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state.js';
import { LoadingState } from '../../../components/loading-state.js';
import { PageTitle } from '../../../components/page-title.js';
import { useLocalText } from '../local-text.js';
import { FieldBanner } from './field-banner.js';
import { FieldQuestion } from './field-question.js';
import { keepDraft } from './field-sync.js';
import type { FieldDraft, FieldPack, FieldPhoto } from './field-types.js';
import { useFieldCampaign } from './use-field-campaign.js';

function Questionnaire({ pack, draft, photos }: { pack: FieldPack; draft: FieldDraft; photos: FieldPhoto[] }) {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const m = pack.methodology;
  const total = m.criteria.reduce((n, c) => n + c.questions.length, 0);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('assessment.field.progress', { answered: Object.keys(draft.answers).length, total })}
      </Text>
      {draft.startError && <Alert color="red">{t('assessment.field.startRefused', { message: draft.startError })}</Alert>}
      {m.groups.map((g) => (
        <Stack key={g.code} gap="sm" component="section" aria-label={`${g.code} · ${text(g.name)}`}>
          <Title order={2} size="h4">
            {g.code} · {text(g.name)}
          </Title>
          {m.criteria
            .filter((c) => c.group === g.code)
            .flatMap((c) => c.questions)
            .map((q) => (
              <Card key={q.id} withBorder radius="md" padding="sm">
                <FieldQuestion draft={draft} question={q} photos={photos.filter((p) => p.assessmentId === draft.id && p.questionId === q.id)} />
              </Card>
            ))}
        </Stack>
      ))}
    </Stack>
  );
}

/** /field/campaigns/:id/:organisationId — one target's questionnaire, kept on the device and sent when there is a network. */
export function FieldAssessmentPage() {
  const { id = '', organisationId = '' } = useParams();
  const { t } = useTranslation();
  const { sync, data, reload } = useFieldCampaign(id);
  if (!data) return <LoadingState />;
  const { pack, drafts, photos } = data;
  const target = pack?.targets.find((x) => x.organisationId === organisationId);
  if (!pack || !target)
    return <EmptyState title={t('assessment.field.title')} description={t(pack ? 'assessment.field.notTarget' : 'assessment.field.notDownloaded')} />;
  const draft = drafts.find((d) => d.organisationId === organisationId);
  const start = async () => {
    const fresh: FieldDraft = {
      id: crypto.randomUUID(),
      campaignId: id,
      organisationId,
      organisationName: target.name,
      methodologyId: pack.methodology.id,
      vsicDivision: pack.vsicDivision,
      onServer: false,
      answers: {},
    };
    await keepDraft(fresh);
    reload();
  };
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/field/campaigns/${id}`} size="sm">
        ← {t('assessment.field.back')}
      </Anchor>
      <PageTitle>{target.name}</PageTitle>
      <FieldBanner phase={sync.phase} waiting={sync.waiting} />
      {draft ? (
        <Questionnaire key={draft.id} pack={pack} draft={draft} photos={photos} />
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('assessment.field.startLead')}</Text>
          <Button onClick={() => void start()}>{t('assessment.field.start')}</Button>
        </Stack>
      )}
    </Stack>
  );
}
