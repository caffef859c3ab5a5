import { Alert, Anchor, Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { taskStatuses } from '../../../domain/programmes/task-states.js';
import { errorText } from '../../api/form-errors.js';
import { useCalls, useCreateCall, useCreateProposal, useExtendCall, useProposerOptions, useTasks, type CallData } from '../../api/programmes.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { statusColor } from './labels.js';
import { DateTimeField } from '../../components/date-field.js';
import { ResponsiveTable } from '../../components/responsive-table.js';

const originOf = (kind: string) =>
  kind === 'enterprise' ? 'enterprise' : kind === 'dost' || kind === 'centre' ? 'province' : kind === 'agency' ? 'agency-unit' : 'ministry';

function CallCard({ call }: { call: CallData }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const options = useProposerOptions();
  const create = useCreateProposal();
  const extend = useExtendCall(call.id);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [extension, setExtension] = useState({ deadlineAt: '', reason: '' });
  const orgs = options.data?.organisations ?? [];
  const chosen = orgs.find((o) => o.id === (organisationId ?? orgs[0]?.id));
  const propose = () =>
    chosen &&
    create.mutate(
      { callId: call.id, proposerOrganisationId: chosen.id, origin: originOf(chosen.kind) as 'enterprise' },
      { onSuccess: (saved) => void navigate(`/programmes/tasks/${saved.id}/edit`) },
    );
  return (
    <Card withBorder component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>{i18n.language === 'en' && call.titleEn ? call.titleEn : call.title}</Text>
          <Badge color={call.open ? 'green' : 'gray'}>{t(call.open ? 'programmes.calls.open' : 'programmes.calls.closed')}</Badge>
        </Group>
        <Text size="sm">
          {call.deadlineAt ? t('programmes.calls.deadline', { at: formatDateTime(call.deadlineAt, i18n.language) }) : t('programmes.calls.standing')}
        </Text>
        {call.extensions.map((e, i) => (
          <Text key={i} size="xs" c="dimmed">
            {t('programmes.calls.extended', { to: formatDateTime(e.toDeadline, i18n.language), by: e.byName ?? '', reason: e.reason })}
          </Text>
        ))}
        {call.open && orgs.length > 0 && (
          <Group align="end" wrap="wrap">
            {orgs.length > 1 && (
              <Select
                label={t('programmes.calls.proposeFor')}
                data={orgs.map((o) => ({ value: o.id, label: o.name }))}
                value={chosen?.id ?? null}
                onChange={setOrganisationId}
                allowDeselect={false}
              />
            )}
            <Button onClick={propose} loading={create.isPending}>
              {t('programmes.calls.propose')}
            </Button>
          </Group>
        )}
        {create.isError && <Alert color="red">{errorText(t, create.error)}</Alert>}
        {call.canManage && call.kind === 'call' && (
          <Group align="end" wrap="wrap">
            <DateTimeField
              label={t('programmes.calls.newDeadline')}
              value={extension.deadlineAt}
              onChange={(deadlineAt) => setExtension({ ...extension, deadlineAt })}
            />
            <TextInput
              label={t('programmes.calls.reason')}
              value={extension.reason}
              onChange={(e) => setExtension({ ...extension, reason: e.currentTarget.value })}
            />
            <Button
              variant="light"
              loading={extend.isPending}
              onClick={() => extend.mutate({ deadlineAt: extension.deadlineAt, reason: extension.reason })}
              disabled={!extension.deadlineAt}
            >
              {t('programmes.calls.extend')}
            </Button>
          </Group>
        )}
        {extend.isError && <Alert color="red">{errorText(t, extend.error)}</Alert>}
      </Stack>
    </Card>
  );
}

function NewCall() {
  const { t } = useTranslation();
  const create = useCreateCall();
  const [form, setForm] = useState({ title: '', deadlineAt: '' });
  return (
    <Card withBorder>
      <Group align="end" wrap="wrap">
        <TextInput label={t('programmes.calls.title')} value={form.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} />
        <DateTimeField label={t('programmes.calls.deadlineLabel')} value={form.deadlineAt} onChange={(deadlineAt) => setForm({ ...form, deadlineAt })} />
        <Button
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              { kind: form.deadlineAt ? 'call' : 'standing', title: form.title, deadlineAt: form.deadlineAt || null },
              { onSuccess: () => setForm({ title: '', deadlineAt: '' }) },
            )
          }
        >
          {t('programmes.calls.create')}
        </Button>
      </Group>
      {create.isError && <Alert color="red">{errorText(t, create.error)}</Alert>}
    </Card>
  );
}

function TaskTable() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? undefined;
  const tasks = useTasks({ status });
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v) next.set(k, v);
      else next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="sm">
      <Select
        label={t('programmes.list.status')}
        clearable
        data={taskStatuses.map((s) => ({ value: s, label: t(`programmes.status.${s}`) }))}
        value={status ?? null}
        onChange={(v) => set({ status: v })}
        maw={320}
      />
      {tasks.isLoading && <LoadingState />}
      {tasks.isError && <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.isSuccess && tasks.items.length === 0 && <EmptyState title={t('programmes.list.empty')} />}
      {tasks.items.length > 0 && (
        <ResponsiveTable minWidth={640} striped aria-label={t('programmes.list.tasks')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('programmes.fields.title')}</Table.Th>
              <Table.Th>{t('programmes.fields.proposer')}</Table.Th>
              <Table.Th>{t('programmes.list.status')}</Table.Th>
              <Table.Th>{t('programmes.receipt.number')}</Table.Th>
              <Table.Th>{t('programmes.list.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.items.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>
                  <Anchor component={Link} to={task.status === 'draft' ? `/programmes/tasks/${task.id}/edit` : `/programmes/tasks/${task.id}`}>
                    {task.title || t('programmes.task.untitled')}
                  </Anchor>
                  {task.overdueReports > 0 && (
                    <Badge color="red" ml="xs">
                      {t('programmes.list.overdue', { count: task.overdueReports })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{task.proposerName}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor(task.status)} variant="light">
                    {t(`programmes.status.${task.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{task.receiptNumber ?? '—'}</Table.Td>
                <Table.Td>{formatDate(task.updatedAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      {tasks.items.length > 0 && (
        <LoadMore
          shown={tasks.items.length}
          total={tasks.total}
          hasMore={tasks.hasNextPage}
          loading={tasks.isFetchingNextPage}
          onMore={() => void tasks.fetchNextPage()}
        />
      )}
    </Stack>
  );
}

/** /programmes — calls to propose to and the proposals and tasks the person may see (all of them for agency staff). */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const calls = useCalls();
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Group gap="xs">
            {calls.first?.canCreate && (
              <Button variant="light" component={Link} to="/programmes/dashboard">
                {t('programmes.dashboard.title')}
              </Button>
            )}
            <Button variant="default" component={Link} to="/programmes/results">
              {t('programmes.results.title')}
            </Button>
          </Group>
        }
      >
        {t('programmes.list.title')}
      </PageTitle>
      <Text c="dimmed">{t('programmes.list.lead')}</Text>
      <Text fw={600} component="h2">
        {t('programmes.calls.heading')}
      </Text>
      {calls.isLoading && <LoadingState lines={2} />}
      {calls.isError && <ErrorState error={calls.error} onRetry={() => void calls.refetch()} />}
      {calls.first?.canCreate && <NewCall />}
      {calls.isSuccess && calls.items.length === 0 && <EmptyState title={t('programmes.calls.empty')} />}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {calls.items.map((call) => (
          <CallCard key={call.id} call={call} />
        ))}
      </Stack>
      {calls.items.length > 0 && (
        <LoadMore
          shown={calls.items.length}
          total={calls.total}
          hasMore={calls.hasNextPage}
          loading={calls.isFetchingNextPage}
          onMore={() => void calls.fetchNextPage()}
        />
      )}
      <Text fw={600} component="h2">
        {t('programmes.list.tasks')}
      </Text>
      <TaskTable />
    </Stack>
  );
}
