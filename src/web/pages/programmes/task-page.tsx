import { Alert, Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TaskAction } from '../../../domain/programmes/task-states.js';
import { actionRequiresReason } from '../../../domain/programmes/task-transitions.js';
import { errorText } from '../../api/form-errors.js';
import { useTask, useTransition, type TaskDetailData } from '../../api/programmes.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { statusColor, useMoney } from './labels.js';
import { AcceptanceSection, BudgetSection, CouncilReviewsSection, HistorySection, InspectionsSection, ReportsSection } from './task-sections.js';
import { TransitionBody } from '../../../shared/programmes/programmes.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

/** Actions taken on their own forms further down the page. */
const elsewhere: readonly TaskAction[] = ['file-report', 'record-inspection', 'record-acceptance', 'close'];
const needsLeader = (action: TaskAction) => action === 'assign-directly' || action === 'select-leader';

function Receipt({ task }: { task: TaskDetailData }) {
  const { t, i18n } = useTranslation();
  if (!task.receiptNumber || !task.submittedAt) return null;
  return (
    <Card withBorder className="programme-receipt" aria-label={t('programmes.receipt.title')}>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600}>{t('programmes.receipt.title')}</Text>
          <Text>
            {t('programmes.receipt.number')}: <strong>{task.receiptNumber}</strong>
          </Text>
          <Text size="sm">
            {t('programmes.receipt.at')}: {formatDateTime(task.submittedAt, i18n.language)}
          </Text>
        </Stack>
        <Button variant="default" onClick={() => window.print()}>
          {t('programmes.receipt.print')}
        </Button>
      </Group>
    </Card>
  );
}

function Actions({ task }: { task: TaskDetailData }) {
  const { t } = useTranslation();
  const move = useTransition(task.id);
  const [chosen, setChosen] = useState<TaskAction | null>(null);
  const [reason, setReason] = useState('');
  const [leader, setLeader] = useState<string | null>(task.proposerOrganisationId);
  const actions = task.actions.filter((a) => !elsewhere.includes(a) && a !== 'submit');
  if (actions.length === 0) return null;
  const leaderOptions = [task.proposerOrganisationId ? { value: task.proposerOrganisationId, label: task.proposerName ?? '' } : null].filter(
    (o): o is { value: string; label: string } => !!o,
  );
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600} component="h2">
          {t('programmes.actions.title')}
        </Text>
        <Group gap="xs">
          {actions.map((action) => (
            <Button
              key={action}
              variant={chosen === action ? 'filled' : 'light'}
              color={action === 'decline' || action.includes('inadmissible') ? 'red' : undefined}
              onClick={() => setChosen(action)}
            >
              {t(`programmes.action.${action}`)}
            </Button>
          ))}
        </Group>
        {chosen && (
          <Stack gap="xs">
            {needsLeader(chosen) && (
              <Select label={t('programmes.actions.leader')} data={leaderOptions} value={leader} onChange={setLeader} allowDeselect={false} />
            )}
            <LimitedTextarea
              max={maxLengthOf(TransitionBody.shape.reason)}
              label={t('programmes.actions.reason')}
              required={actionRequiresReason(chosen)}
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group>
              <Button
                loading={move.isPending}
                onClick={() =>
                  move.mutate(
                    { action: chosen, reason: reason || null, leadOrganisationId: needsLeader(chosen) ? leader : null },
                    {
                      onSuccess: () => {
                        setChosen(null);
                        setReason('');
                      },
                    },
                  )
                }
              >
                {t('programmes.actions.confirm', { action: t(`programmes.action.${chosen}`) })}
              </Button>
            </Group>
          </Stack>
        )}
        {move.isError && (
          <Alert color="red" role="alert">
            {errorText(t, move.error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function Overlaps({ task }: { task: TaskDetailData }) {
  const { t } = useTranslation();
  if (!task.overlaps) return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600} component="h2">
          {t('programmes.overlaps.title')}
        </Text>
        {task.overlaps.length === 0 && <Text c="dimmed">{t('programmes.overlaps.none')}</Text>}
        {task.overlaps.map((o) => (
          <Group key={o.id} gap="xs" wrap="wrap">
            <Badge variant="light">{t(`programmes.overlaps.kind.${o.kind}`)}</Badge>
            <Anchor component={Link} to={o.kind === 'offer' ? `/offers/${o.id}` : `/programmes/tasks/${o.id}`}>
              {o.title}
            </Anchor>
            <Text size="sm">{t('programmes.overlaps.score', { score: Math.round(o.score * 100) })}</Text>
            <Text size="xs" c="dimmed">
              {o.sharedTerms.join(', ')}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** /programmes/tasks/:id — a task for its proposer, its leader and agency staff. */
export function TaskPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const query = useTask(id);
  if (query.isLoading) return <LoadingState />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const task = query.data;
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          task.canEditDraft ? (
            <Button component={Link} to={`/programmes/tasks/${task.id}/edit`}>
              {t('programmes.task.edit')}
            </Button>
          ) : undefined
        }
      >
        {task.title || t('programmes.task.untitled')}
      </PageTitle>
      <Group gap="xs">
        <Badge color={statusColor(task.status)}>{t(`programmes.status.${task.status}`)}</Badge>
        <Badge variant="light">{t(`programmes.origin.${task.origin}`)}</Badge>
      </Group>
      {params.get('receipt') && task.receiptNumber && <Alert color="green">{t('programmes.receipt.thanks')}</Alert>}
      <Receipt task={task} />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Text size="sm">
            {t('programmes.fields.call')}: {task.callTitle}
          </Text>
          <Text size="sm">
            {t('programmes.fields.proposer')}: {task.proposerName ?? '—'}
          </Text>
          <Text size="sm">
            {t('programmes.fields.leader')}: {task.leadName ?? '—'}
          </Text>
          <Text size="sm">
            {t('programmes.fields.term')}:{' '}
            {task.startOn ? `${formatDate(task.startOn, i18n.language)} · ${t('programmes.task.months', { count: task.months ?? 0 })}` : '—'}
          </Text>
          <Text size="sm">
            {t('programmes.fields.total')}: {money.short(task.budget.proposed.bySource.total)}
          </Text>
        </SimpleGrid>
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>
            {t('programmes.fields.objectives')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {task.objectives || '—'}
          </Text>
          <Text size="sm" fw={600}>
            {t('programmes.fields.technology')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {task.technology || '—'}
          </Text>
          <Text size="sm" fw={600}>
            {t('programmes.fields.products')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {task.products || '—'}
          </Text>
        </Stack>
      </Card>
      <Actions task={task} />
      <Overlaps task={task} />
      <CouncilReviewsSection task={task} />
      <BudgetSection task={task} />
      <ReportsSection task={task} />
      <InspectionsSection task={task} />
      <AcceptanceSection task={task} />
      {task.summaryPublishedAt && (
        <Anchor component={Link} to={`/programmes/results/${task.id}`}>
          {t('programmes.task.publicSummary')}
        </Anchor>
      )}
      <HistorySection task={task} />
    </Stack>
  );
}
