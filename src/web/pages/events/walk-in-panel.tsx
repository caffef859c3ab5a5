import { Alert, Badge, Button, Card, Group, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useFreeTables, useParticipants, useWalkInMeeting, type FreeTablesData, type ParticipantData } from '../../api/events.js';
import { errorText } from '../../api/form-errors.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { formatDate } from '../../lib/format-date.js';
import { timeOf } from './event-labels.js';

type Option = { value: string; label: string };
const labelOf = (p: ParticipantData) => (p.organisationName ? `${p.personName} (${p.organisationName})` : p.personName);

/** A searchable choice among the approved participants of one side; the server searches, a page of answers at a time. */
function ParticipantPicker(props: {
  eventId: string;
  side: 'demand' | 'supply';
  label: string;
  value: Option | null;
  onChange: (o: Option | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const typed = q && q !== props.value?.label ? q : undefined;
  const people = useParticipants(props.eventId, true, { side: props.side, q: typed });
  const data = useMemo(() => {
    const options = new Map<string, string>();
    if (props.value) options.set(props.value.value, props.value.label);
    for (const p of people.items) options.set(p.registrationId, labelOf(p));
    return [...options].map(([value, label]) => ({ value, label }));
  }, [people.items, props.value]);
  return (
    <Select
      label={props.label}
      searchable
      clearable
      data={data}
      value={props.value?.value ?? null}
      onChange={(value) => props.onChange(data.find((o) => o.value === value) ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('events.walkIn.nobody')}
      error={props.error}
    />
  );
}

type Slot = FreeTablesData['slots'][number];

function WalkInForm({ eventId, sessionId, slot, onDone }: { eventId: string; sessionId: string; slot: Slot; onDone: () => void }) {
  const { t } = useTranslation();
  const place = useWalkInMeeting(sessionId);
  const [seeker, setSeeker] = useState<Option | null>(null);
  const [supplier, setSupplier] = useState<Option | null>(null);
  const [reason, setReason] = useState('');
  const fields = place.error instanceof ApiError ? place.error.fields : [];
  const fieldError = (path: string) => fields.find((f) => f.path === path)?.message;
  const general = place.isError && fields.length === 0 ? errorText(t, place.error) : fields.find((f) => f.path === 'slotId')?.message;
  if (place.isSuccess)
    return (
      <Alert color="green" data-testid="walk-in-placed" title={t('events.walkIn.placedTitle')}>
        <Stack gap="xs">
          <Text size="sm">{t('events.walkIn.placed', { table: place.data.table, seeker: seeker?.label, supplier: supplier?.label })}</Text>
          <Group>
            <Button size="sm" variant="light" onClick={onDone}>
              {t('events.walkIn.another')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  return (
    <Stack gap="sm">
      <ParticipantPicker
        eventId={eventId}
        side="demand"
        label={t('events.walkIn.seeker')}
        value={seeker}
        onChange={setSeeker}
        error={fieldError('fromRegistrationId')}
      />
      <ParticipantPicker
        eventId={eventId}
        side="supply"
        label={t('events.walkIn.supplier')}
        value={supplier}
        onChange={setSupplier}
        error={fieldError('toRegistrationId')}
      />
      <TextInput label={t('events.walkIn.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} />
      {general && <Alert color="red">{general}</Alert>}
      <Button
        size="md"
        disabled={!seeker || !supplier}
        loading={place.isPending}
        onClick={() =>
          place.mutate({ slotId: slot.slotId, fromRegistrationId: seeker!.value, toRegistrationId: supplier!.value, reason: reason.trim() || undefined })
        }
      >
        {t('events.walkIn.confirm')}
      </Button>
    </Stack>
  );
}

/**
 * The B2B desk on the day: for a slot under way (or coming), the tables nobody holds (a cancelled
 * meeting or a partner marked absent frees one) and a walk-in meeting seated at one of them at once.
 */
export function WalkInPanel({ eventId, sessionId, timeZone }: { eventId: string; sessionId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const free = useFreeTables(sessionId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  if (free.isLoading) return <LoadingState lines={2} />;
  if (free.isError || !free.data) return <ErrorState error={free.error} onRetry={() => void free.refetch()} />;
  const slots = free.data.slots;
  const slot = slots.find((s) => s.slotId === chosen) ?? slots.find((s) => s.current) ?? slots[0];
  const when = (s: Slot) => `${timeOf(s.startsAt, timeZone)}–${timeOf(s.endsAt, timeZone)} · ${formatDate(s.startsAt, i18n.language)}`;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="walk-in-title">
      <Stack gap="sm">
        <Text fw={700} id="walk-in-title" component="h2">
          {t('events.walkIn.title')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('events.walkIn.help')}
        </Text>
        {!slot ? (
          <Text size="sm">{t('events.walkIn.noSlots')}</Text>
        ) : (
          <>
            <NativeSelect
              label={t('events.walkIn.slot')}
              value={slot.slotId}
              data={slots.map((s) => ({
                value: s.slotId,
                label: `${when(s)}${s.current ? ` (${t('events.walkIn.now')})` : ''} — ${t('events.walkIn.freeCount', { count: s.freeTables.length })}`,
              }))}
              onChange={(e) => {
                setChosen(e.currentTarget.value);
                setOpen(false);
              }}
            />
            <Group gap="xs" data-testid="free-tables" aria-live="polite">
              <Text size="sm">{t('events.walkIn.freeTables')}</Text>
              {slot.freeTables.length === 0 ? (
                <Text size="sm" c="orange.9">
                  {t('events.walkIn.full')}
                </Text>
              ) : (
                slot.freeTables.map((n) => (
                  <Badge key={n} variant="light" color="green">
                    {t('events.agenda.table', { table: n })}
                  </Badge>
                ))
              )}
            </Group>
            {open ? (
              <WalkInForm
                key={`${slot.slotId}-${round}`}
                eventId={eventId}
                sessionId={sessionId}
                slot={slot}
                onDone={() => {
                  setRound((r) => r + 1);
                  setOpen(false);
                }}
              />
            ) : (
              <Button size="md" variant="light" onClick={() => setOpen(true)} disabled={slot.freeTables.length === 0}>
                {t('events.walkIn.open')}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
