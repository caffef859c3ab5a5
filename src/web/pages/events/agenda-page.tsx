import { Anchor, Badge, Button, Card, CopyButton, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { meetingOutcomes, type MeetingOutcome } from '../../../shared/events/event-codes.js';
import { useAgenda, useRecordOutcome, type AgendaData } from '../../api/events.js';
import { errorText } from '../../api/form-errors.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { timeOf } from './event-labels.js';
import './agenda-print.css';

/** One side's answer about a meeting once it has begun; "cooperation possible" opens a connection. */
function OutcomeForm({ item }: { item: AgendaData['items'][number] }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<MeetingOutcome | ''>(item.outcome ?? '');
  const save = useRecordOutcome();
  if (!item.canAnswer) {
    return item.status === 'confirmed' ? (
      <Text size="xs" c="dimmed" data-print-hide>
        {t('events.agenda.notYet')}
      </Text>
    ) : null;
  }
  const connectionId = save.data?.connectionId ?? item.connectionId;
  return (
    <Stack gap={4} data-print-hide>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <NativeSelect
          label={t('events.agenda.outcome')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value as MeetingOutcome)}
          data={[{ value: '', label: '—', disabled: true }, ...meetingOutcomes.map((o) => ({ value: o, label: t(`events.outcome.${o}`) }))]}
          style={{ flex: '1 1 14rem' }}
        />
        <Button variant="light" disabled={!value} loading={save.isPending} onClick={() => value && save.mutate({ meetingId: item.meetingId, outcome: value })}>
          {t('events.agenda.save')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('events.agenda.outcomeHelp')}
      </Text>
      {save.isSuccess && (
        <Text size="sm" fw={600} role="status">
          ✓ {t('events.agenda.saved')}
        </Text>
      )}
      {save.isError && (
        <Text size="sm" c="red.9" role="alert">
          {errorText(t, save.error)}
        </Text>
      )}
      {connectionId && (
        <Anchor component={Link} to={`/connections/${connectionId}`} size="sm">
          {t('events.agenda.connection')} →
        </Anchor>
      )}
    </Stack>
  );
}

/** /events/:id/agenda — the caller's own meetings at an event, printable, with their iCalendar feed. */
export function AgendaPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const agenda = useAgenda(id);
  if (agenda.isLoading) return <LoadingState />;
  if (agenda.isError || !agenda.data) return <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />;
  const a = agenda.data;
  return (
    <Stack gap="md">
      <PageTitle
        actions={
          <Button variant="light" onClick={() => window.print()} data-print-hide>
            {t('events.agenda.print')}
          </Button>
        }
      >
        {t('events.agenda.title', { name: a.eventName })}
      </PageTitle>
      <Anchor component={Link} to={`/events/${id}`} data-print-hide>
        ← {a.eventName}
      </Anchor>
      <Card withBorder padding="sm" radius="md" className="tb-agenda-item">
        <Group gap="md" wrap="nowrap" align="center">
          <QRCodeSVG value={a.badgeCode} size={96} marginSize={1} role="img" aria-label={`${t('events.agenda.badge')}: ${a.badgeCode}`} />
          <Stack gap={2}>
            <Text fw={600}>{t('events.agenda.badge')}</Text>
            <Text>
              {a.personName}
              {a.organisationName ? ` — ${a.organisationName}` : ''}
            </Text>
            <Text size="sm">{t(`events.role.${a.role}`)}</Text>
            <Text ff="monospace" fw={700} data-testid="badge-code">
              {a.badgeCode}
            </Text>
            <Text size="xs" c="dimmed">
              {t('events.agenda.badgeHelp')}
            </Text>
          </Stack>
        </Group>
      </Card>
      <Card withBorder padding="sm" radius="md" data-print-hide>
        <Stack gap={4}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput label={t('events.agenda.calendar')} value={a.calendarUrl} readOnly style={{ flex: 1 }} />
            <CopyButton value={a.calendarUrl}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('events.agenda.copied') : t('events.agenda.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed">
            {t('events.agenda.calendarHelp')}
          </Text>
        </Stack>
      </Card>
      {a.items.length === 0 && <EmptyState title={t('events.agenda.empty')} />}
      <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {a.items.map((m) => (
          <Card component="li" key={m.meetingId} className="tb-agenda-item" withBorder padding="sm" radius="sm" opacity={m.status === 'cancelled' ? 0.6 : 1}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>
                {formatDate(m.startsAt, i18n.language)} {timeOf(m.startsAt, a.timeZone)}–{timeOf(m.endsAt, a.timeZone)} ·{' '}
                {t('events.agenda.table', { table: m.table })}
              </Text>
              <Badge color={m.status === 'cancelled' ? 'red' : 'green'} variant="light">
                {t(`events.meetingStatus.${m.status}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {t('events.agenda.with')}: {m.otherName}
              {m.otherOrganisation ? ` (${m.otherOrganisation})` : ''}
            </Text>
            <Text size="sm" c="dimmed">
              {m.sessionTitle} — {m.reason}
            </Text>
            {m.attendance && (
              <Text size="sm" fw={600} c={m.attendance === 'held' ? undefined : 'red.9'}>
                {t(`events.agendaAttendance.${m.attendance}`)}
              </Text>
            )}
            <OutcomeForm item={m} />
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
