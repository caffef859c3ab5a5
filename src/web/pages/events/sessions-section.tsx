import { Alert, Button, Card, Checkbox, Group, List, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useCreateSession, useRunSchedule, type EventDetailData, type SchedulePreviewData, type SessionData } from '../../api/events.js';
import { errorText } from '../../api/form-errors.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { layOutSlots } from '../../../shared/events/event-codes.js';
import { SessionSetupForm } from './session-setup-form.js';
import { timeOf } from './event-labels.js';
import { DateField } from '../../components/date-field.js';

type Values = {
  title: string;
  tables: number;
  day: string;
  firstStart: string;
  slotMinutes: number;
  breakMinutes: number;
  slotCount: number;
  maxPendingOutgoing: number;
  maxMeetingsPerPerson: number;
  requestExpiryHours: number;
  autoAccept: boolean;
};

/** Vietnam has no daylight saving: a wall-clock time there is UTC+7. */
const vietnamInstant = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);

function NewSessionForm({ event }: { event: EventDetailData }) {
  const { t } = useTranslation();
  const create = useCreateSession(event.id);
  const form = useForm<Values>({
    initialValues: {
      title: '',
      tables: 10,
      day: event.startsOn,
      firstStart: '08:30',
      slotMinutes: 25,
      breakMinutes: 5,
      slotCount: 6,
      maxPendingOutgoing: 10,
      maxMeetingsPerPerson: 8,
      requestExpiryHours: 72,
      autoAccept: false,
    },
  });
  const submit = form.onSubmit((v) => {
    const start = vietnamInstant(v.day, v.firstStart);
    if (Number.isNaN(start.getTime())) return form.setErrors({ firstStart: t('validation.required') });
    create.mutate(
      {
        title: v.title,
        tables: v.tables,
        slots: layOutSlots(start, v.slotCount, v.slotMinutes, v.breakMinutes),
        maxPendingOutgoing: v.maxPendingOutgoing,
        maxMeetingsPerPerson: v.maxMeetingsPerPerson,
        requestExpiryHours: v.requestExpiryHours,
        autoAccept: v.autoAccept,
      },
      {
        onSuccess: () => form.reset(),
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length)
            form.setErrors(Object.fromEntries(error.fields.map((f) => [f.path.startsWith('slots') ? 'day' : f.path, f.message])));
          else form.setErrors({ title: errorText(t, error) });
        },
      },
    );
  });
  return (
    <Card withBorder radius="md" padding="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fw={600}>{t('events.manage.newSession')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput label={t('events.manage.sessionTitle')} withAsterisk {...form.getInputProps('title')} />
            <NumberInput label={t('events.manage.tables')} min={1} max={1000} {...form.getInputProps('tables')} />
            <DateField label={t('events.form.day')} min={event.startsOn} max={event.endsOn} {...form.getInputProps('day')} />
            <TextInput type="time" label={t('events.manage.firstStart')} {...form.getInputProps('firstStart')} />
            <NumberInput label={t('events.manage.slotMinutes')} min={5} max={240} {...form.getInputProps('slotMinutes')} />
            <NumberInput label={t('events.manage.breakMinutes')} min={0} max={120} {...form.getInputProps('breakMinutes')} />
            <NumberInput label={t('events.manage.slotCount')} min={1} max={100} {...form.getInputProps('slotCount')} />
            <NumberInput label={t('events.manage.maxPending')} min={1} max={100} {...form.getInputProps('maxPendingOutgoing')} />
            <NumberInput label={t('events.manage.maxMeetings')} min={1} max={100} {...form.getInputProps('maxMeetingsPerPerson')} />
            <NumberInput label={t('events.manage.expiryHours')} min={1} max={720} {...form.getInputProps('requestExpiryHours')} />
          </SimpleGrid>
          <Checkbox label={t('events.manage.autoAccept')} {...form.getInputProps('autoAccept', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {t('events.manage.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function PreviewView({ preview }: { preview: SchedulePreviewData }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {preview.published && <Alert color="green">{t('events.manage.published')}</Alert>}
      <Text fw={600}>{t('events.manage.placed', { scheduled: preview.scheduled, accepted: preview.accepted, upperBound: preview.upperBound })}</Text>
      <Text size="sm">{t('events.manage.idle', { value: preview.meanIdleSlots.toFixed(2) })}</Text>
      <Text size="sm">{t('events.manage.kept', { kept: preview.confirmedKept, moved: preview.movedConfirmed })}</Text>
      <Group gap="md">
        {preview.byPriority.map((p) => (
          <Text key={p.priority} size="sm">
            {t('events.manage.priority', p)}
          </Text>
        ))}
      </Group>
      {preview.unplaced.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t('events.manage.unplaced')}
          </Text>
          <List size="sm">
            {preview.unplaced.map((u) => (
              <List.Item key={u.requestId}>
                {u.names}: {t(`events.unplacedReason.${u.reason}`)}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {preview.people.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t('events.manage.people')}
          </Text>
          <List size="sm">
            {preview.people.map((p, i) => (
              <List.Item key={i}>
                {p.name}: {p.meetings} · {p.idleSlots}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

function SessionCard({ event, session }: { event: EventDetailData; session: SessionData }) {
  const { t, i18n } = useTranslation();
  const run = useRunSchedule(session.id);
  const [allowMoving, setAllowMoving] = useState(false);
  const first = session.slots[0];
  const last = session.slots[session.slots.length - 1];
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Text fw={600}>{session.title}</Text>
        <Text size="sm" c="dimmed">
          {first && `${formatDate(first.startsAt, i18n.language)} ${timeOf(first.startsAt, event.timeZone)}–${timeOf(last.endsAt, event.timeZone)} · `}
          {t('events.page.slots', { count: session.slots.length })} · {t('events.page.tables', { count: session.tables })}
        </Text>
        <Text size="sm">
          {session.publishedAt
            ? t('events.manage.publishedAt', { date: formatDateTime(session.publishedAt, i18n.language) })
            : t('events.manage.notYetPublished')}
        </Text>
        <Checkbox label={t('events.manage.allowMoving')} checked={allowMoving} onChange={(e) => setAllowMoving(e.currentTarget.checked)} />
        <Group gap="xs">
          <Button variant="light" loading={run.isPending} onClick={() => run.mutate({ publish: false, allowMovingConfirmed: allowMoving })}>
            {t('events.manage.preview')}
          </Button>
          <Button loading={run.isPending} onClick={() => run.mutate({ publish: true, allowMovingConfirmed: allowMoving })}>
            {t('events.manage.publish')}
          </Button>
        </Group>
        {run.isError && <Alert color="red">{errorText(t, run.error)}</Alert>}
        {run.data && <PreviewView preview={run.data} />}
        <details>
          <summary>{t('events.setup.change')}</summary>
          <SessionSetupForm event={event} session={session} />
        </details>
      </Stack>
    </Card>
  );
}

/** The event's B2B sessions: a new one laid out from first start, length, break and count; each one's scheduler preview and publication. */
export function SessionsSection({ event }: { event: EventDetailData }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text fw={600} component="h2" size="lg">
        {t('events.manage.sessions')}
      </Text>
      {event.sessions.map((s) => (
        <SessionCard key={s.id} event={event} session={s} />
      ))}
      <NewSessionForm event={event} />
    </Stack>
  );
}
