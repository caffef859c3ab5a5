import { Alert, Badge, Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ratings } from '../../../domain/programmes/acceptance-rating.js';
import { errorText } from '../../api/form-errors.js';
import { useAccept, useAppraise, useCloseTask, useFileReport, useInspect, usePublishOffers, type TaskDetailData } from '../../api/programmes.js';
import { ApiError } from '../../api/client.js';
import { MoneyInput } from '../../components/money-input.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { ConsensusTable } from '../councils/dossier-page.js';
import { reportColor, useMoney } from './labels.js';
import { DateField } from '../../components/date-field.js';
import { CloseBody, InspectionBody, ReportFilingBody } from '../../../shared/programmes/programmes.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

type Props = { task: TaskDetailData };

function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert color="red" role="alert">
      {fields.length ? fields.map((f) => `${f.path}: ${f.message}`).join(' ') : errorText(t, error)}
    </Alert>
  );
}

/** The budget line by line at each stage; agency staff appraise it here while the task is under appraisal. */
export function BudgetSection({ task }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const appraise = useAppraise(task.id);
  const editing = task.canRun && task.status === 'appraisal';
  const [amounts, setAmounts] = useState<Record<string, number | ''>>({});
  const changed = task.budget.lines.filter((l) => amounts[l.id] !== undefined && amounts[l.id] !== '' && amounts[l.id] !== (l.appraisedVnd ?? l.proposedVnd));
  const stageTotals = ['proposed', 'appraised', 'contracted'] as const;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600} component="h2">
          {t('programmes.budget.title')}
        </Text>
        <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programmes.budget.year')}</Table.Th>
                <Table.Th>{t('programmes.budget.source')}</Table.Th>
                <Table.Th>{t('programmes.budget.item')}</Table.Th>
                <Table.Th>{t('programmes.budget.proposed')}</Table.Th>
                <Table.Th>{t('programmes.budget.appraised')}</Table.Th>
                <Table.Th>{t('programmes.budget.contracted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {task.budget.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>{line.year}</Table.Td>
                  <Table.Td>{t(`programmes.source.${line.source}`)}</Table.Td>
                  <Table.Td>{line.item}</Table.Td>
                  <Table.Td>{money.full(line.proposedVnd)}</Table.Td>
                  <Table.Td>
                    {editing ? (
                      <MoneyInput
                        aria-label={t('programmes.budget.appraiseLine', { item: line.item, year: line.year })}
                        value={amounts[line.id] ?? line.appraisedVnd ?? line.proposedVnd ?? ''}
                        onChange={(v) => setAmounts((a) => ({ ...a, [line.id]: v }))}
                      />
                    ) : (
                      money.full(line.appraisedVnd)
                    )}
                  </Table.Td>
                  <Table.Td>{money.full(line.contractedVnd)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={3}>{t('programmes.budget.totalState')}</Table.Th>
                {stageTotals.map((stage) => (
                  <Table.Th key={stage}>
                    {money.short(task.budget[stage].bySource.total)} / {money.short(task.budget[stage].bySource.state)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        {editing && (
          <Group>
            <Button
              disabled={changed.length === 0}
              loading={appraise.isPending}
              onClick={() => appraise.mutate({ lines: changed.map((l) => ({ lineId: l.id, amountVnd: Number(amounts[l.id]) })) })}
            >
              {t('programmes.budget.saveAppraisal', { count: changed.length })}
            </Button>
          </Group>
        )}
        <Failure error={appraise.error} />
      </Stack>
    </Card>
  );
}

/** The reports the contract calls for: overdue ones red; the leading organisation files them here. */
export function ReportsSection({ task }: Props) {
  const { t, i18n } = useTranslation();
  const file = useFileReport(task.id);
  const [open, setOpen] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const canFile = task.actions.includes('file-report');
  if (task.reports.length === 0) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600} component="h2">
          {t('programmes.reports.title')}
        </Text>
        <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programmes.reports.kind')}</Table.Th>
                <Table.Th>{t('programmes.reports.period')}</Table.Th>
                <Table.Th>{t('programmes.reports.due')}</Table.Th>
                <Table.Th>{t('programmes.reports.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {task.reports.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{t(`programmes.reportKind.${r.kind}`, { n: r.sequence })}</Table.Td>
                  <Table.Td>
                    {formatDate(r.periodStart, i18n.language)} – {formatDate(r.periodEnd, i18n.language)}
                  </Table.Td>
                  <Table.Td>{formatDate(r.dueOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge color={reportColor(r.status)} variant={r.status === 'overdue' ? 'filled' : 'light'}>
                      {t(`programmes.reportStatus.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {canFile && !r.filedOn && (
                      <Button size="xs" variant="light" onClick={() => setOpen(r.id)}>
                        {t('programmes.reports.file')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {open && (
          <Stack gap="xs">
            <LimitedTextarea
              max={maxLengthOf(ReportFilingBody.shape.summary)}
              label={t('programmes.reports.summary')}
              autosize
              minRows={3}
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
            />
            <Group>
              <Button
                loading={file.isPending}
                onClick={() =>
                  file.mutate(
                    { reportId: open, summary },
                    {
                      onSuccess: () => {
                        setOpen(null);
                        setSummary('');
                      },
                    },
                  )
                }
              >
                {t('programmes.reports.send')}
              </Button>
            </Group>
            <Failure error={file.error} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** Inspections with findings and deadlines; agency staff record them while the task is under way. */
export function InspectionsSection({ task }: Props) {
  const { t, i18n } = useTranslation();
  const inspect = useInspect(task.id);
  const [form, setForm] = useState({ inspectedOn: '', findings: '', actionDeadline: '' });
  const canInspect = task.actions.includes('record-inspection');
  if (!canInspect && task.inspections.length === 0) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600} component="h2">
          {t('programmes.inspections.title')}
        </Text>
        {task.inspections.map((i) => (
          <Text key={i.id} size="sm">
            {formatDate(i.inspectedOn, i18n.language)} — {i.findings}
            {i.actionDeadline ? ` (${t('programmes.inspections.deadline')}: ${formatDate(i.actionDeadline, i18n.language)})` : ''}
          </Text>
        ))}
        {canInspect && (
          <Stack gap="xs">
            <Group grow>
              <DateField label={t('programmes.inspections.on')} value={form.inspectedOn} onChange={(inspectedOn) => setForm({ ...form, inspectedOn })} />
              <DateField
                label={t('programmes.inspections.deadline')}
                value={form.actionDeadline}
                onChange={(actionDeadline) => setForm({ ...form, actionDeadline })}
              />
            </Group>
            <LimitedTextarea
              max={maxLengthOf(InspectionBody.shape.findings)}
              label={t('programmes.inspections.findings')}
              value={form.findings}
              onChange={(e) => setForm({ ...form, findings: e.currentTarget.value })}
            />
            <Group>
              <Button
                variant="light"
                loading={inspect.isPending}
                onClick={() =>
                  inspect.mutate(
                    { ...form, actionDeadline: form.actionDeadline || null },
                    { onSuccess: () => setForm({ inspectedOn: '', findings: '', actionDeadline: '' }) },
                  )
                }
              >
                {t('programmes.inspections.record')}
              </Button>
            </Group>
            <Failure error={inspect.error} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

type ProductRow = { name: string; isTechnology: boolean; quantity: string; quality: string };

/** Acceptance: each product rated on quantity and quality; then closing with the public summary, then offers from the new technologies. */
export function AcceptanceSection({ task }: Props) {
  const { t } = useTranslation();
  const accept = useAccept(task.id);
  const close = useCloseTask(task.id);
  const publish = usePublishOffers(task.id);
  const [rows, setRows] = useState<ProductRow[]>([{ name: '', isTechnology: true, quantity: 'satisfactory', quality: 'satisfactory' }]);
  const [finalReport, setFinalReport] = useState('satisfactory');
  const [summary, setSummary] = useState('');
  const ratingData = ratings.map((r) => ({ value: r, label: t(`programmes.rating.${r}`) }));
  const rating = (label: string, value: string, onChange: (v: string) => void) => (
    <Select label={label} data={ratingData} value={value} allowDeselect={false} onChange={(v) => v && onChange(v)} />
  );
  const canRate = task.canRun && task.status === 'acceptance';
  const canClose = task.canRun && task.status === 'accepted';
  const canPublish = task.canRun && (task.status === 'accepted' || task.status === 'closed');
  if (!canRate && task.acceptedProducts.length === 0) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600} component="h2">
          {t('programmes.acceptance.title')}
        </Text>
        {task.acceptanceRating && (
          <Text>
            {t('programmes.acceptance.overall')}: <strong>{t(`programmes.rating.${task.acceptanceRating}`)}</strong>
          </Text>
        )}
        {task.acceptedProducts.map((p) => (
          <Group key={p.id} justify="space-between" wrap="wrap">
            <Text size="sm">
              {p.name} — {t('programmes.acceptance.quantity')}: {t(`programmes.rating.${p.quantity}`)}, {t('programmes.acceptance.quality')}:{' '}
              {t(`programmes.rating.${p.quality}`)}
            </Text>
            {p.offerId ? (
              <Button size="xs" variant="subtle" component={Link} to={`/offers/${p.offerId}`}>
                {t('programmes.acceptance.seeOffer')}
              </Button>
            ) : (
              canPublish &&
              p.isTechnology && (
                <Button size="xs" variant="light" loading={publish.isPending} onClick={() => publish.mutate({ productIds: [p.id] })}>
                  {t('programmes.acceptance.publishOffer')}
                </Button>
              )
            )}
          </Group>
        ))}
        <Failure error={publish.error} />
        {canRate && (
          <Stack gap="xs">
            {rows.map((row, i) => (
              <Group key={i} grow align="end" wrap="wrap">
                <TextInput
                  label={t('programmes.acceptance.product')}
                  value={row.name}
                  onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, name: e.currentTarget.value } : r)))}
                />
                {rating(t('programmes.acceptance.quantity'), row.quantity, (v) => setRows(rows.map((r, j) => (j === i ? { ...r, quantity: v } : r))))}
                {rating(t('programmes.acceptance.quality'), row.quality, (v) => setRows(rows.map((r, j) => (j === i ? { ...r, quality: v } : r))))}
                <Checkbox
                  label={t('programmes.acceptance.isTechnology')}
                  checked={row.isTechnology}
                  onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, isTechnology: e.currentTarget.checked } : r)))}
                />
              </Group>
            ))}
            <Group>
              <Button variant="subtle" onClick={() => setRows([...rows, { name: '', isTechnology: false, quantity: 'satisfactory', quality: 'satisfactory' }])}>
                {t('programmes.acceptance.addProduct')}
              </Button>
            </Group>
            {rating(t('programmes.acceptance.finalReport'), finalReport, setFinalReport)}
            <Group>
              <Button
                loading={accept.isPending}
                onClick={() =>
                  accept.mutate({
                    finalReport: finalReport as (typeof ratings)[number],
                    products: rows.map((r) => ({ ...r, quantity: r.quantity as (typeof ratings)[number], quality: r.quality as (typeof ratings)[number] })),
                  })
                }
              >
                {t('programmes.acceptance.record')}
              </Button>
            </Group>
            <Failure error={accept.error} />
          </Stack>
        )}
        {canClose && (
          <Stack gap="xs">
            <LimitedTextarea
              max={maxLengthOf(CloseBody.shape.publicSummary)}
              label={t('programmes.acceptance.publicSummary')}
              autosize
              minRows={3}
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
            />
            <Group>
              <Button loading={close.isPending} onClick={() => close.mutate({ publicSummary: summary })}>
                {t('programmes.acceptance.close')}
              </Button>
            </Group>
            <Failure error={close.error} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** The task's history: every transition with who, when and why. */
export function HistorySection({ task }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600} component="h2">
          {t('programmes.history.title')}
        </Text>
        {task.history.length === 0 && <Text c="dimmed">{t('programmes.history.empty')}</Text>}
        <Stack component="ol" gap={4} style={{ paddingLeft: 20, margin: 0 }}>
          {task.history.map((h, i) => (
            <li key={i}>
              <Text size="sm">
                <strong>{t(`programmes.action.${h.action}`)}</strong> — {formatDateTime(h.at, i18n.language)} — {h.byName ?? t('programmes.history.system')}
                {h.reason ? `: ${h.reason}` : ''}
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

/** The councils' consolidated conclusions: the proposer's feedback, criterion by criterion. */
export function CouncilReviewsSection({ task }: Props) {
  const { t } = useTranslation();
  if (task.councilReviews.length === 0) return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600} component="h2">
          {t('programmes.councilReviews')}
        </Text>
        {task.councilReviews.map((review, i) => (
          <Stack key={i} gap={4}>
            <Text size="sm" fw={500}>
              {review.councilName} — {t(`councils.kind.${review.councilKind}`)}
            </Text>
            <ConsensusTable form={review.form} result={review.result} />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
