import { Alert, Anchor, Button, Card, Group, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
import { showNotice } from './notice.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Methodology } from '../../../domain/assessment/methodology-types.js';
import {
  useAssessment,
  useMethodology,
  useRefreshAssessment,
  useSaveAnswers,
  useSubmitAssessment,
  type AnswerItem,
  type Assessment,
} from '../../api/assessment.js';
import type { ServerAnswer } from './field/field-types.js';
import { useAttachments } from '../../api/attachments.js';
import { ApiError } from '../../api/client.js';
import type { Attachment } from '../../../shared/attachments/attachment.schemas.js';
import { errorText } from '../../api/form-errors.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { useLocalText } from './local-text.js';
import { QuestionField } from './question-field.js';
import { ReviewPanel } from './review-panel.js';
import { AssessmentStatusBadge } from './status-badge.js';

/** The questions someone else saved before a save arrived (409), with what the server holds now. */
function conflictsOf(error: unknown): Array<{ questionId: string; current: ServerAnswer }> {
  if (!(error instanceof ApiError) || error.status !== 409 || !Array.isArray(error.details.conflicts)) return [];
  return error.details.conflicts as Array<{ questionId: string; current: ServerAnswer }>;
}

/** Server messages for `answers.<question id>` by question id. */
function questionErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.fields.filter((f) => f.path.startsWith('answers.')).map((f) => [f.path.slice('answers.'.length), f.message]));
}

function Questionnaire({ assessment, methodology }: { assessment: Assessment; methodology: Methodology }) {
  const { t } = useTranslation();
  const { text, num } = useLocalText();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<Record<string, { mine: AnswerItem; theirs: ServerAnswer }>>({});
  const save = useSaveAnswers(assessment.id, methodology.id);
  const refresh = useRefreshAssessment(assessment.id);
  const settle = (questionId: string) => setConflicts(({ [questionId]: _settled, ...rest }) => rest);
  const submit = useSubmitAssessment(assessment.id);
  const evidence = useAttachments('assessments', assessment.id);
  const filesOf = (questionId: string): Attachment[] => (evidence.data ?? []).filter((f) => f.subject === questionId);
  const onSave = (item: AnswerItem) =>
    save.mutate([item], {
      onSuccess: () => {
        setErrors(({ [item.questionId]: _gone, ...rest }) => rest);
        settle(item.questionId);
      },
      onError: (e) => {
        const clashes = conflictsOf(e);
        if (clashes.length)
          return setConflicts((old) => ({ ...old, ...Object.fromEntries(clashes.map((c) => [c.questionId, { mine: item, theirs: c.current }])) }));
        const found = questionErrors(e);
        if (Object.keys(found).length) setErrors((old) => ({ ...old, ...found }));
        else showNotice(t, { color: 'red', message: errorText(t, e) });
      },
    });
  /** Keeping one's answer saves it over theirs (based on theirs); taking theirs reads the assessment again. */
  const resolve = (questionId: string, keep: 'mine' | 'theirs') => {
    const conflict = conflicts[questionId];
    if (!conflict) return;
    if (keep === 'mine') onSave({ ...conflict.mine, baseUpdatedAt: conflict.theirs?.updatedAt ?? null });
    else {
      settle(questionId);
      void refresh();
    }
  };
  const onSubmit = () =>
    submit.mutate(undefined, {
      onSuccess: () => showNotice(t, { color: 'teal', message: t('assessment.form.submitted') }),
      onError: (e) => {
        const found = questionErrors(e);
        setErrors(found);
        showNotice(t, { color: 'red', message: Object.keys(found).length ? t('assessment.form.missing') : errorText(t, e) });
      },
    });
  return (
    <Stack gap="md">
      <Tabs defaultValue={methodology.groups[0]?.code} keepMounted>
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          {methodology.groups.map((g) => {
            const failed = methodology.criteria.some((c) => c.group === g.code && c.questions.some((q) => errors[q.id]));
            return (
              <Tabs.Tab key={g.code} value={g.code} color={failed ? 'red' : undefined}>
                {g.code} · {text(g.name)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {methodology.groups.map((g) => (
          <Tabs.Panel key={g.code} value={g.code} pt="md">
            <Stack gap="md">
              {methodology.criteria
                .filter((c) => c.group === g.code)
                .map((c) => (
                  <Card key={c.code} withBorder radius="md" padding="md">
                    <Title order={3} size="h5" mb={4}>
                      {c.code}. {text(c.name)} ({t('assessment.methodology.points', { points: num(c.maxPoints) })})
                    </Title>
                    <Text size="xs" c="dimmed" mb="sm">
                      {text(c.help)}
                    </Text>
                    <Stack gap="lg">
                      {c.questions.map((q) => (
                        <QuestionField
                          key={q.id}
                          assessmentId={assessment.id}
                          question={q}
                          stored={assessment.answers[q.id]}
                          files={filesOf(q.id)}
                          editable={assessment.canEdit}
                          error={errors[q.id]}
                          onSave={onSave}
                          conflict={conflicts[q.id]}
                          onResolve={(keep) => resolve(q.id, keep)}
                        />
                      ))}
                    </Stack>
                  </Card>
                ))}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {save.isPending ? t('assessment.form.saving') : save.isSuccess ? t('assessment.form.saved') : ''}
        </Text>
        {assessment.canSubmit && (
          <Button onClick={onSubmit} loading={submit.isPending}>
            {t('assessment.form.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** /assessments/:id — the questionnaire: filled in and saved as one goes, submitted, then reviewed by the assessor. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { text, pct } = useLocalText();
  const query = useAssessment(id);
  const methodology = useMethodology(query.data?.methodologyId ?? '');
  if (query.isLoading || (query.data && methodology.isLoading)) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (methodology.isError || !methodology.data) return <ErrorState error={methodology.error} onRetry={() => void methodology.refetch()} />;
  const a = query.data;
  const scored = a.status === 'submitted' || a.status === 'approved';
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Button component={Link} to={`/assessments/${a.id}/report`} variant={scored ? 'filled' : 'light'}>
            {scored ? t('assessment.form.viewReport') : t('assessment.form.preview')}
          </Button>
        }
      >
        {a.organisationName}
      </PageTitle>
      <Group gap="sm" wrap="wrap">
        <AssessmentStatusBadge status={a.status} />
        <Anchor component={Link} to={`/assessments/methodologies/${a.methodologyId}`} size="sm">
          {text(a.methodologyName)}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('assessment.form.sector', { code: a.vsicDivision })}
        </Text>
      </Group>
      <div>
        <Text size="sm">{t('assessment.form.progress', { answered: a.completeness.answered, total: a.completeness.total })}</Text>
        <Progress value={a.completeness.share * 100} aria-label={pct(a.completeness.share)} mt={4} />
      </div>
      {a.reviewComment && (
        <Alert
          color={a.status === 'returned' ? 'orange' : 'blue'}
          title={a.status === 'returned' ? t('assessment.form.returnedBy') : t('assessment.form.comment')}
        >
          {a.reviewComment}
        </Alert>
      )}
      {a.canReview && <ReviewPanel id={a.id} />}
      {a.canReopen && <ReviewPanel id={a.id} reopen />}
      {!a.canEdit && (a.status === 'submitted' || a.status === 'approved') && (
        <Text size="sm" c="dimmed">
          {t('assessment.form.locked')}
        </Text>
      )}
      <Questionnaire key={`${a.status}-${a.canEdit}`} assessment={a} methodology={methodology.data.methodology} />
    </Stack>
  );
}
