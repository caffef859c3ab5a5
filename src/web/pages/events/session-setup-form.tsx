import { Alert, Button, Checkbox, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useChangeSessionSetup, type EventDetailData, type SessionData } from '../../api/events.js';
import { errorText } from '../../api/form-errors.js';
import { formatDate } from '../../lib/format-date.js';
import { timeOf } from './event-labels.js';

type Affected = { meetingId: string; startsAt: string; table: number; names: string };

/** Changing a session's tables or removing slots: refused changes say which meetings they would touch. */
export function SessionSetupForm({ event, session }: { event: EventDetailData; session: SessionData }) {
  const { t, i18n } = useTranslation();
  const change = useChangeSessionSetup(session.id);
  const [tables, setTables] = useState<number | string>(session.tables);
  const [remove, setRemove] = useState<string[]>([]);
  const [cancelAffected, setCancelAffected] = useState(false);
  const error = change.error instanceof ApiError ? change.error : null;
  const affected = (error?.details.affected as Affected[] | undefined) ?? [];
  const fieldMessage = error?.fields[0]?.message;
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('events.setup.changeHelp')}
      </Text>
      <NumberInput label={t('events.manage.tables')} min={1} max={1000} value={tables} onChange={setTables} maw={160} />
      <Checkbox.Group label={t('events.setup.removeSlots')} value={remove} onChange={setRemove}>
        <Group gap="xs" mt={4}>
          {session.slots.map((slot) => (
            <Checkbox
              key={slot.id}
              value={slot.id}
              label={`${formatDate(slot.startsAt, i18n.language)} ${timeOf(slot.startsAt, event.timeZone)}–${timeOf(slot.endsAt, event.timeZone)}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      {affected.length > 0 && (
        <Alert color="orange" title={t('events.setup.affected')}>
          <List size="sm">
            {affected.map((m) => (
              <List.Item key={m.meetingId}>
                {formatDate(m.startsAt, i18n.language)} {timeOf(m.startsAt, event.timeZone)} · {t('events.agenda.table', { table: m.table })} · {m.names}
              </List.Item>
            ))}
          </List>
          <Checkbox mt="xs" label={t('events.setup.cancelThem')} checked={cancelAffected} onChange={(e) => setCancelAffected(e.currentTarget.checked)} />
        </Alert>
      )}
      {change.isError && affected.length === 0 && <Alert color="red">{fieldMessage ?? errorText(t, change.error)}</Alert>}
      {change.data && (
        <Text size="sm" role="status">
          ✓ {t('events.setup.changed', { tables: change.data.tables, slots: change.data.slots, cancelled: change.data.cancelled.length })}
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          loading={change.isPending}
          onClick={() => change.mutate({ tables: Number(tables), removeSlotIds: remove, cancelAffected }, { onSuccess: () => setRemove([]) })}
        >
          {t('events.setup.apply')}
        </Button>
      </Group>
    </Stack>
  );
}
