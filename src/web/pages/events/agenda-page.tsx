import { Anchor, Badge, Button, Card, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAgenda } from '../../api/events.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../../lib/format-date.js';
import { timeOf } from './event-labels.js';
import './agenda-print.css';

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
      <Card withBorder padding="sm" radius="md">
        <Stack gap={4}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput label={t('events.agenda.calendar')} value={a.calendarUrl} readOnly style={{ flex: 1 }} />
            <CopyButton value={a.calendarUrl}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? '✓' : 'Copy'}
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
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
