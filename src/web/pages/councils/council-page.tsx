import { Anchor, Badge, Button, Card, Group, MultiSelect, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTasks } from '../../api/programmes.js';
import { useAddDossiers, useAwardRound, useAwardRounds, useCouncil, useDeclare, type CouncilDetailData } from '../../api/councils.js';
import { errorText } from '../../api/form-errors.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { CouncilRulesForm } from './council-rules-form.js';
import { formatDate } from '../../lib/format-date.js';
import { DeclarationBody } from '../../../shared/councils/councils.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

type Dossier = CouncilDetailData['dossiers'][number];

function Declaration({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const declare = useDeclare(dossier.id);
  const [conflict, setConflict] = useState(false);
  const [reason, setReason] = useState('');
  const send = (body: { conflict: boolean; reason?: string }) =>
    declare.mutateAsync(body).catch((error: unknown) => notifications.show({ color: 'red', message: errorText(t, error) }));
  return (
    <Stack gap="xs">
      <Text size="sm">{t('councils.detail.declareFirst', { organisations: dossier.organisations.map((o) => o.name).join(', ') })}</Text>
      {conflict ? (
        <Group align="end" wrap="wrap">
          <LimitedTextarea
            max={maxLengthOf(DeclarationBody.shape.reason)}
            style={{ flex: '1 1 240px' }}
            label={t('councils.detail.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={1}
          />
          <Button color="red" onClick={() => void send({ conflict: true, reason })} loading={declare.isPending} disabled={!reason.trim()}>
            {t('councils.detail.confirmConflict')}
          </Button>
        </Group>
      ) : (
        <Group wrap="wrap">
          <Button onClick={() => void send({ conflict: false })} loading={declare.isPending}>
            {t('councils.detail.noConflict')}
          </Button>
          <Button variant="light" color="red" onClick={() => setConflict(true)}>
            {t('councils.detail.conflict')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The stage a programme task waits at for a council of each kind (the others review award nominations). */
const taskStageOf: Partial<Record<string, 'identification' | 'selection' | 'appraisal' | 'acceptance'>> = {
  identification: 'identification',
  selection: 'selection',
  appraisal: 'appraisal',
  acceptance: 'acceptance',
};

/**
 * The convener's panel that puts dossiers before the council: `children` pick the dossiers (and
 * whatever narrows them), the button adds the chosen ones of `kind`.
 */
function AddDossiersPanel({
  councilId,
  kind,
  title,
  options,
  label,
  empty,
  onSearchChange,
  children,
}: {
  councilId: string;
  kind: 'award-nomination' | 'programme-task';
  title: string;
  options: Array<{ value: string; label: string }>;
  label: string;
  empty?: string;
  /** The person's typing, for options searched on the server (then shown as answered, not filtered here). */
  onSearchChange?: (search: string) => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const add = useAddDossiers(councilId);
  const [ids, setIds] = useState<string[]>([]);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        <Group align="end" wrap="wrap">
          {children}
          <MultiSelect
            style={{ flex: '2 1 260px' }}
            label={label}
            data={options}
            value={ids}
            onChange={setIds}
            nothingFoundMessage={empty}
            searchable
            onSearchChange={onSearchChange}
            filter={onSearchChange ? ({ options: all }) => all : undefined}
          />
          <Button
            disabled={!ids.length}
            loading={add.isPending}
            onClick={() =>
              void add
                .mutateAsync({ dossierKind: kind, dossierIds: ids })
                .then(() => setIds([]))
                .catch((error: unknown) => notifications.show({ color: 'red', message: errorText(t, error) }))
            }
          >
            {t('councils.detail.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The convener adds programme tasks waiting at the council's stage. */
function AddTasks({ councilId, status }: { councilId: string; status: 'identification' | 'selection' | 'appraisal' | 'acceptance' }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const tasks = useTasks({ status, q });
  // Tasks chosen under an earlier search stay options (with their titles) while the person searches on.
  const [seen] = useState(() => new Map<string, string>());
  for (const task of tasks.items) seen.set(task.id, task.title);
  return (
    <AddDossiersPanel
      councilId={councilId}
      kind="programme-task"
      title={t('councils.detail.addTasks')}
      label={t('councils.detail.tasks')}
      empty={t('councils.detail.noTasks')}
      onSearchChange={setSearch}
      options={[...seen].map(([value, label]) => ({ value, label }))}
    />
  );
}

/** The convener adds nominations of a round. */
function AddNominations({ councilId }: { councilId: string }) {
  const { t } = useTranslation();
  const rounds = useAwardRounds();
  const [roundId, setRoundId] = useState<string | null>(null);
  const round = useAwardRound(roundId ?? '');
  return (
    <AddDossiersPanel
      councilId={councilId}
      kind="award-nomination"
      title={t('councils.detail.addDossiers')}
      label={t('councils.detail.nominations')}
      options={(roundId ? (round.data?.nominations ?? []) : []).map((n) => ({ value: n.id, label: n.enterpriseName }))}
    >
      <Select
        style={{ flex: '1 1 220px' }}
        label={t('councils.detail.round')}
        data={(rounds.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
        value={roundId}
        onChange={setRoundId}
      />
    </AddDossiersPanel>
  );
}

/** The council's scoring form as it stands, and the convener's way into editing it until scoring starts. */
function RulesSection({ council: c }: { council: CouncilDetailData }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) return <CouncilRulesForm council={c} onDone={() => setEditing(false)} />;
  const label = (k: CouncilDetailData['form']['criteria'][number]) => (i18n.language === 'en' ? (k.labelEn ?? k.label) : k.label);
  const tie = c.form.criteria.find((k) => k.key === c.tieBreak);
  const n = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 3 });
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t('councils.rules.heading')}
        </Title>
        {c.canEditRules && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('councils.rules.edit')}
          </Button>
        )}
      </Group>
      <Table.ScrollContainer minWidth={320} type="native" tabIndex={0}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('councils.rules.criterionHeader')}</Table.Th>
              <Table.Th>{t('councils.rules.maxPoints')}</Table.Th>
              <Table.Th>{t('councils.rules.weight')}</Table.Th>
              <Table.Th>{t('councils.rules.minPoints')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.form.criteria.map((k) => (
              <Table.Tr key={k.key}>
                <Table.Td>{label(k)}</Table.Td>
                <Table.Td>{n(k.maxPoints)}</Table.Td>
                <Table.Td>{n(k.weight)}</Table.Td>
                <Table.Td>{k.minPoints === null ? '—' : n(k.minPoints)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">
        {t('councils.rules.summary', {
          pass: n(c.form.passTotal),
          scale: n(c.form.criteria.reduce((sum, k) => sum + k.weight * k.maxPoints, 0)),
          quorum: c.minSheets,
          tie: tie ? t('councils.rules.byCriterion', { name: label(tie) }) : t('councils.rules.chairDecides'),
        })}
      </Text>
      {c.canManage && c.scoringStarted && (
        <Text size="sm" c="dimmed">
          {t('councils.rules.locked')}
        </Text>
      )}
    </Stack>
  );
}

/** /councils/:id — members and dossiers; a member declares conflicts here before opening a dossier; the convener adds dossiers. */
export function CouncilPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const council = useCouncil(id);
  if (council.isLoading) return <LoadingState />;
  if (council.isError || !council.data) return <ErrorState error={council.error} onRetry={() => void council.refetch()} />;
  const c = council.data;
  const names = new Map(c.members.map((m) => [m.id, m.name]));
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Group gap="xs">
            <Button component={Link} to={`/councils/${c.id}/minutes`} variant="light">
              {t('councils.detail.minutes')}
            </Button>
            <Button component="a" href={`/api/councils/${c.id}/minutes.pdf`} variant="subtle">
              {t('councils.detail.minutesPdf')}
            </Button>
          </Group>
        }
      >
        {c.name}
      </PageTitle>
      <Group gap="xs">
        <Badge variant="light">{t(`councils.kind.${c.kind}`)}</Badge>
        <Text size="sm" c="dimmed">
          {[c.convenerName, c.meetingDate ? formatDate(c.meetingDate, i18n.language) : null].filter(Boolean).join(' · ')}
        </Text>
      </Group>
      <Title order={2} size="h4">
        {t('councils.detail.members')}
      </Title>
      <Table.ScrollContainer minWidth={360} type="native" tabIndex={0}>
        <Table>
          <Table.Tbody>
            {c.members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{t(`councils.role.${m.role}`)}</Table.Td>
                <Table.Td>{m.organisationName ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RulesSection council={c} />
      <Title order={2} size="h4">
        {t('councils.detail.dossiers')}
      </Title>
      {c.canManage && (c.kind in taskStageOf ? <AddTasks councilId={c.id} status={taskStageOf[c.kind]!} /> : <AddNominations councilId={c.id} />)}
      {c.dossiers.length === 0 ? (
        <EmptyState title={t('councils.detail.noDossiers')} />
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {c.dossiers.map((d) => (
            <Card component="li" key={d.id} withBorder padding="md">
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Text fw={600}>{d.title}</Text>
                  {d.consolidated && d.total !== null && (
                    <Badge color={d.passed ? 'green' : 'red'}>
                      {t('councils.detail.consolidated', { total: d.total.toLocaleString(i18n.language, { maximumFractionDigits: 2 }) })}
                    </Badge>
                  )}
                </Group>
                {c.seesProgress && (
                  <Text size="sm" c="dimmed">
                    {t('councils.detail.submitted', { count: d.submittedMemberIds.length, total: d.assignedMemberIds.length - d.excludedMemberIds.length })}
                    {d.excludedMemberIds.length > 0 &&
                      ` · ${t('councils.detail.excluded', { names: d.excludedMemberIds.map((m) => names.get(m)).join(', ') })}`}
                  </Text>
                )}
                {d.mine?.mustDeclare ? (
                  <Declaration dossier={d} />
                ) : (
                  <Group gap="xs">
                    <Anchor component={Link} to={`/councils/dossiers/${d.id}`}>
                      {d.mine?.declared && !d.mine.sheetSubmitted && !d.consolidated ? t('councils.detail.open') : t('councils.detail.view')}
                    </Anchor>
                    {d.mine?.sheetSubmitted && <Badge variant="light">{t('councils.detail.sheetDone')}</Badge>}
                  </Group>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
