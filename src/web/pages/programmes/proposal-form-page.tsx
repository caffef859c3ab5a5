import { ActionIcon, Alert, Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { fundingSources } from '../../../domain/programmes/budget-lines.js';
import { taskOrigins } from '../../../domain/programmes/programme-figures.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';
import { useTask, useTransition, type DraftInput, type TaskDetailData } from '../../api/programmes.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { MoneyInput } from '../../components/money-input.js';
import { PageTitle } from '../../components/page-title.js';
import { ProvinceSelect } from '../../components/province-select.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useMoney } from './labels.js';
import { keptDraft, useAutosave, type SaveState } from './use-autosave.js';
import { DateField } from '../../components/date-field.js';
import { ProposalFields } from '../../../shared/programmes/programmes.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

type Fields = Omit<DraftInput, 'version'>;
type Line = Fields['lines'] extends Array<infer L> | undefined ? L : never;

const fromTask = (task: TaskDetailData): Fields => ({
  origin: task.origin,
  title: task.title,
  objectives: task.objectives,
  technology: task.technology,
  products: task.products,
  partners: task.partners,
  sectorCode: task.sectorCode,
  provinceCode: task.provinceCode,
  startOn: task.startOn,
  months: task.months,
  lines: task.budget.lines.map((l) => ({ year: l.year, source: l.source, item: l.item, amountVnd: l.proposedVnd ?? 0 })),
});

function SaveIndicator({ state, savedAt }: { state: SaveState; savedAt: string | null }) {
  const { t, i18n } = useTranslation();
  const color = { saved: 'green', saving: 'blue', offline: 'orange', conflict: 'red', invalid: 'red' }[state];
  return (
    <Badge color={color} variant="light" role="status" aria-live="polite">
      {t(`programmes.save.${state}`, { at: savedAt ? formatDateTime(savedAt, i18n.language) : '' })}
    </Badge>
  );
}

function ProposalForm({ task }: { task: TaskDetailData }) {
  const { t } = useTranslation();
  const money = useMoney();
  const navigate = useNavigate();
  const kept = keptDraft(task.id);
  // A copy kept on this device from before the last save the server knows wins: it is the newer text.
  const [fields, setFields] = useState<Fields>(() => (kept && kept.version === task.version ? kept.fields : fromTask(task)));
  const autosave = useAutosave(task.id, task.version);
  const submit = useTransition(task.id);
  const [restored] = useState(() => !!kept && kept.version === task.version);
  // The restored copy is what the server lacks: send it now, not only after the next keystroke (or a submission would drop it).
  useEffect(() => {
    if (restored) autosave.change(fields);
    // Once, on opening the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const fieldErrors = new Map<string, string>();
  for (const error of [autosave.error, submit.error])
    if (error instanceof ApiError) for (const f of error.fields) if (!fieldErrors.has(f.path)) fieldErrors.set(f.path, f.message);
  const err = (path: string) => fieldErrors.get(path);

  const update = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    autosave.change(next);
  };
  const lines = (fields.lines ?? []) as Line[];
  const setLine = (i: number, patch: Partial<Line>) => update({ lines: lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const total = lines.reduce((s, l) => s + (Number(l.amountVnd) || 0), 0);
  const state = lines.filter((l) => l.source === 'state').reduce((s, l) => s + (Number(l.amountVnd) || 0), 0);
  const firstYear = fields.startOn ? Number(fields.startOn.slice(0, 4)) : new Date().getFullYear() + 1;

  const onSubmit = async () => {
    await autosave.flush();
    if (autosave.hasPending()) return;
    const moved = await submit.mutateAsync({ action: 'submit' }).catch(() => null);
    if (moved) void navigate(`/programmes/tasks/${task.id}?receipt=1`);
  };

  return (
    <Stack gap="md">
      <PageTitle actions={<SaveIndicator state={autosave.state} savedAt={autosave.savedAt} />}>{t('programmes.form.title')}</PageTitle>
      <Text c="dimmed">{task.callTitle}</Text>
      {restored && <Alert color="orange">{t('programmes.form.restored')}</Alert>}
      {autosave.state === 'conflict' && <Alert color="red">{t('programmes.form.conflict')}</Alert>}
      <Card withBorder>
        <Stack gap="sm">
          <Select
            label={t('programmes.fields.origin')}
            data={taskOrigins.map((o) => ({ value: o, label: t(`programmes.origin.${o}`) }))}
            value={fields.origin}
            onChange={(v) => v && update({ origin: v as Fields['origin'] })}
            allowDeselect={false}
          />
          <TextInput
            label={t('programmes.fields.title')}
            value={fields.title ?? ''}
            onChange={(e) => update({ title: e.currentTarget.value })}
            error={err('title')}
          />
          <LimitedTextarea
            max={maxLengthOf(ProposalFields.shape.objectives)}
            label={t('programmes.fields.objectives')}
            autosize
            minRows={3}
            value={fields.objectives ?? ''}
            onChange={(e) => update({ objectives: e.currentTarget.value })}
            error={err('objectives')}
          />
          <LimitedTextarea
            max={maxLengthOf(ProposalFields.shape.technology)}
            label={t('programmes.fields.technology')}
            autosize
            minRows={3}
            value={fields.technology ?? ''}
            onChange={(e) => update({ technology: e.currentTarget.value })}
            error={err('technology')}
          />
          <LimitedTextarea
            max={maxLengthOf(ProposalFields.shape.products)}
            label={t('programmes.fields.products')}
            autosize
            minRows={2}
            value={fields.products ?? ''}
            onChange={(e) => update({ products: e.currentTarget.value })}
            error={err('products')}
          />
          <TextInput label={t('programmes.fields.partners')} value={fields.partners ?? ''} onChange={(e) => update({ partners: e.currentTarget.value })} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ProvinceSelect label={t('programmes.fields.province')} value={fields.provinceCode ?? null} onChange={(v) => update({ provinceCode: v })} />
            <DateField
              label={t('programmes.fields.startOn')}
              value={fields.startOn ?? ''}
              onChange={(startOn) => update({ startOn: startOn || null })}
              error={err('startOn')}
            />
            <NumberInput
              label={t('programmes.fields.months')}
              min={1}
              max={120}
              value={fields.months ?? ''}
              onChange={(v) => update({ months: typeof v === 'number' ? v : null })}
              error={err('months')}
            />
          </SimpleGrid>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Text fw={600}>{t('programmes.budget.title')}</Text>
          {err('lines') && (
            <Text c="red" size="sm">
              {err('lines')}
            </Text>
          )}
          {err('stateVnd') && (
            <Text c="red" size="sm">
              {err('stateVnd')}
            </Text>
          )}
          <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('programmes.budget.year')}</Table.Th>
                  <Table.Th>{t('programmes.budget.source')}</Table.Th>
                  <Table.Th>{t('programmes.budget.item')}</Table.Th>
                  <Table.Th>{t('programmes.budget.amount')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <NumberInput
                        aria-label={t('programmes.budget.year')}
                        w={90}
                        value={line.year}
                        onChange={(v) => setLine(i, { year: Number(v) })}
                        error={err(`lines[${i}].year`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('programmes.budget.source')}
                        data={fundingSources.map((s) => ({ value: s, label: t(`programmes.source.${s}`) }))}
                        value={line.source}
                        allowDeselect={false}
                        onChange={(v) => v && setLine(i, { source: v as Line['source'] })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('programmes.budget.item')}
                        value={line.item}
                        onChange={(e) => setLine(i, { item: e.currentTarget.value })}
                        error={err(`lines[${i}]`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <MoneyInput
                        aria-label={t('programmes.budget.amount')}
                        value={line.amountVnd}
                        onChange={(v) => setLine(i, { amountVnd: v === '' ? 0 : v })}
                        error={err(`lines[${i}].amountVnd`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('programmes.budget.remove')}
                        onClick={() => update({ lines: lines.filter((_, j) => j !== i) })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Button variant="light" onClick={() => update({ lines: [...lines, { year: firstYear, source: 'state', item: '', amountVnd: 0 }] })}>
              {t('programmes.budget.add')}
            </Button>
            <Text size="sm">{t('programmes.budget.sum', { total: money.short(total), state: money.short(state) })}</Text>
          </Group>
        </Stack>
      </Card>
      {submit.isError && !(submit.error instanceof ApiError && submit.error.fields.length) && <Alert color="red">{errorText(t, submit.error)}</Alert>}
      {submit.error instanceof ApiError && submit.error.fields.length > 0 && <Alert color="red">{t('programmes.form.fixFields')}</Alert>}
      <Group>
        <Button onClick={() => void onSubmit()} loading={submit.isPending} disabled={autosave.state === 'offline' || autosave.state === 'conflict'}>
          {t('programmes.form.submit')}
        </Button>
        <Button variant="default" component={Link} to={`/programmes/tasks/${task.id}`}>
          {t('programmes.form.view')}
        </Button>
      </Group>
    </Stack>
  );
}

/** /programmes/tasks/:id/edit — the proposer writes its proposal; it saves as they type. */
export function ProposalFormPage() {
  const { id = '' } = useParams();
  const task = useTask(id);
  const { t } = useTranslation();
  if (task.isLoading) return <LoadingState />;
  if (task.isError || !task.data) return <ErrorState error={task.error} onRetry={() => void task.refetch()} />;
  if (!task.data.canEditDraft) return <Alert color="blue">{t('programmes.form.notEditable')}</Alert>;
  return <ProposalForm key={task.data.id} task={task.data} />;
}
