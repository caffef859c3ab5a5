import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { MeetingAttendance } from '../../../shared/events/event-codes.js';
import { useEvent, useMarkAttendance, useTableSheet, type EventDetailData, type TableSheetData } from '../../api/events.js';
import { errorText } from '../../api/form-errors.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { timeOf, useEventName } from './event-labels.js';
import { WalkInPanel } from './walk-in-panel.js';

type SheetItem = TableSheetData['items'][number];
const person = (p: SheetItem['from']) => (p.organisation ? `${p.name} (${p.organisation})` : p.name);

/** One meeting at the table: who meets whom, when, and the host's mark as large buttons for a thumb. */
function MeetingCard({ item, timeZone }: { item: SheetItem; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const mark = useMarkAttendance();
  const choices: Array<{ value: MeetingAttendance; label: string }> = [
    { value: 'held', label: t('events.tables.held') },
    { value: 'from-absent', label: t('events.tables.absent', { name: item.from.name }) },
    { value: 'to-absent', label: t('events.tables.absent', { name: item.to.name }) },
    { value: 'both-absent', label: t('events.tables.bothAbsent') },
  ];
  const headingId = `meeting-${item.meetingId}`;
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={headingId} data-testid="table-meeting">
      <Stack gap={6}>
        <Group justify="space-between" align="baseline">
          <Text fw={700} id={headingId}>
            {timeOf(item.startsAt, timeZone)}–{timeOf(item.endsAt, timeZone)} · {formatDate(item.startsAt, i18n.language)}
          </Text>
          <Badge color={item.attendance === 'held' ? 'green' : item.attendance ? 'orange' : 'gray'} variant="light" data-testid="table-mark">
            {item.attendance ? t(`events.attendance.${item.attendance}`) : t('events.tables.unmarked')}
          </Badge>
        </Group>
        <Text size="sm">
          {person(item.from)} ↔ {person(item.to)}
        </Text>
        {item.canMark ? (
          <SimpleGrid cols={2} spacing="xs">
            {choices.map((c) => (
              <Button
                key={c.value}
                size="md"
                variant={item.attendance === c.value ? 'filled' : 'default'}
                color={c.value === 'held' ? 'green' : 'orange'}
                aria-pressed={item.attendance === c.value}
                loading={mark.isPending && mark.variables?.attendance === c.value}
                onClick={() => mark.mutate({ meetingId: item.meetingId, attendance: c.value })}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                h="auto"
                mih={44}
              >
                {c.label}
              </Button>
            ))}
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed">
            {t('events.tables.notStarted')}
          </Text>
        )}
        {item.attendance && item.canMark && (
          <Button variant="subtle" size="compact-sm" onClick={() => mark.mutate({ meetingId: item.meetingId, attendance: null })}>
            {t('events.tables.clear')}
          </Button>
        )}
        {mark.isError && <Alert color="red">{errorText(t, mark.error)}</Alert>}
      </Stack>
    </Card>
  );
}

function Sheet({ sessionId, table }: { sessionId: string; table: number }) {
  const { t } = useTranslation();
  const sheet = useTableSheet(sessionId, table);
  if (sheet.isLoading) return <LoadingState />;
  if (sheet.isError || !sheet.data) return <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />;
  const { items, timeZone } = sheet.data;
  const marked = items.filter((i) => i.attendance).length;
  return (
    <Stack gap="sm" aria-live="polite">
      <Text size="sm" data-testid="table-progress">
        {t('events.tables.progress', { marked, count: items.length })}
      </Text>
      {items.length === 0 && <Text c="dimmed">{t('events.tables.empty')}</Text>}
      {items.map((item) => (
        <MeetingCard key={item.meetingId} item={item} timeZone={timeZone} />
      ))}
    </Stack>
  );
}

/** The session and table chosen; the choice lives in the address, so a host can keep their table's page open or bookmark it. */
function TableChooser({ eventId, timeZone, sessions }: { eventId: string; timeZone: string; sessions: EventDetailData['sessions'] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const session = sessions.find((s) => s.id === params.get('session')) ?? sessions[0];
  const table = Math.min(Math.max(Number(params.get('table')) || 1, 1), session?.tables ?? 1);
  const choose = (next: { session?: string; table?: number }) =>
    setParams({ session: next.session ?? session?.id ?? '', table: String(next.table ?? table) }, { replace: true });
  const settled = !session || (params.get('session') === session.id && params.get('table') === String(table));
  useEffect(() => {
    if (!settled && session) setParams({ session: session.id, table: String(table) }, { replace: true });
  }, [settled, session, table, setParams]);
  return !session ? (
    <Alert color="yellow">{t('events.tables.noPublished')}</Alert>
  ) : (
    <>
      <Group grow align="flex-end">
        <NativeSelect
          label={t('events.tables.session')}
          value={session.id}
          data={sessions.map((s) => ({ value: s.id, label: s.title }))}
          onChange={(e) => choose({ session: e.currentTarget.value, table: 1 })}
        />
        <NativeSelect
          label={t('events.tables.table')}
          value={String(table)}
          data={Array.from({ length: session.tables }, (_, i) => ({ value: String(i + 1), label: t('events.agenda.table', { table: i + 1 }) }))}
          onChange={(e) => choose({ table: Number(e.currentTarget.value) })}
        />
      </Group>
      <Sheet sessionId={session.id} table={table} />
      <WalkInPanel eventId={eventId} sessionId={session.id} timeZone={timeZone} />
    </>
  );
}

/** /events/:id/tables — a table host's phone screen: the meetings at their table, each marked held or who was absent, and the desk's walk-in meetings at free tables. */
export function TablesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  const name = useEventName();
  if (event.isLoading) return <LoadingState />;
  if (event.isError || !event.data) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data.canManage) return <Alert color="yellow">{t('errors.FORBIDDEN')}</Alert>;
  return (
    <Stack gap="md" maw={560}>
      <PageTitle>{t('events.tables.title', { name: name(event.data) })}</PageTitle>
      <Anchor component={Link} to={`/events/${id}/manage`}>
        ← {name(event.data)}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('events.tables.help')}
      </Text>
      <TableChooser eventId={id} timeZone={event.data.timeZone} sessions={event.data.sessions.filter((s) => s.publishedAt)} />
    </Stack>
  );
}
