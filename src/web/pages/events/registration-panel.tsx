import { Alert, Anchor, Badge, Button, Card, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../api/auth.js';
import { useWorkspaceRecords } from '../../api/catalogue.js';
import { useRegister, useSetExhibits, type EventDetailData } from '../../api/events.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { registrationRoles } from '../../../shared/events/event-codes.js';
import { RegistrationBody } from '../../../shared/events/events.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

type Values = { role: string; organisationId: string; note: string; wantsToMeet: string };
const MYSELF = '';

function RegisterForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const register = useRegister(eventId);
  const memberships = me.data?.memberships ?? [];
  const form = useForm<Values>({
    initialValues: { role: 'visitor', organisationId: memberships[0]?.organisationId ?? MYSELF, note: '', wantsToMeet: '' },
  });
  const submit = form.onSubmit((v) =>
    register.mutate(
      {
        role: v.role as (typeof registrationRoles)[number],
        organisationId: v.organisationId || null,
        note: v.note || null,
        wantsToMeet: v.wantsToMeet || null,
      },
      { onError: (error) => applyFieldErrors(form, error) || form.setErrors({ role: errorText(t, error) }) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('events.register.role')}
          withAsterisk
          allowDeselect={false}
          data={registrationRoles.map((role) => ({ value: role, label: t(`events.role.${role}`) }))}
          {...form.getInputProps('role')}
        />
        <Select
          label={t('events.register.organisation')}
          allowDeselect={false}
          data={[...memberships.map((m) => ({ value: m.organisationId, label: m.organisationName })), { value: MYSELF, label: t('events.register.myself') }]}
          {...form.getInputProps('organisationId')}
        />
        <LimitedTextarea
          max={maxLengthOf(RegistrationBody.shape.wantsToMeet)}
          label={t('events.register.wantsToMeet')}
          autosize
          minRows={2}
          {...form.getInputProps('wantsToMeet')}
        />
        <LimitedTextarea
          max={maxLengthOf(RegistrationBody.shape.note)}
          label={t('events.register.note')}
          autosize
          minRows={1}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={register.isPending}>
            {t('events.register.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** An approved exhibitor or supplier picks the published offers of its organisation that it shows. */
function ExhibitsPicker({ event }: { event: EventDetailData }) {
  const { t } = useTranslation();
  const mine = event.myRegistration!;
  const offers = useWorkspaceRecords(mine.organisationId, 'offer');
  const save = useSetExhibits(event.id);
  const [chosen, setChosen] = useState<string[]>(mine.exhibitOfferIds);
  const published = (offers.data?.items ?? []).filter((o) => o.status === 'published');
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('events.register.exhibitsTitle')}</Text>
      <MultiSelect
        label={t('events.register.exhibitsHelp')}
        data={published.map((o) => ({ value: o.id, label: o.title }))}
        value={chosen}
        onChange={setChosen}
        searchable
        error={save.isError ? errorText(t, save.error) : undefined}
      />
      <Group justify="flex-end" gap="sm">
        {save.isSuccess && <Text size="sm">{t('events.register.saved')}</Text>}
        <Button variant="light" loading={save.isPending} onClick={() => save.mutate(chosen)}>
          {t('events.register.saveExhibits')}
        </Button>
      </Group>
    </Stack>
  );
}

/** New catalogue records entered at the event (a technology brought here, a demand heard here) keep the event as their source. */
function CollectLinks({ event, offers }: { event: EventDetailData; offers: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={600}>{t('events.collect.title')}</Text>
      <Text size="sm">{t('events.collect.help')}</Text>
      <Group gap="sm">
        {offers && (
          <Button component={Link} to={`/offers/new?event=${event.id}`} variant="light">
            {t('events.collect.offer')}
          </Button>
        )}
        <Button component={Link} to={`/demands/new?event=${event.id}`} variant="light">
          {t('events.collect.demand')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Registering, or the caller's registration with its status (and, for exhibitors, what they show). */
export function RegistrationPanel({ event }: { event: EventDetailData }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const mine = event.myRegistration;
  // A past event takes no more registrations.
  const over = event.endsOn < new Date().toLocaleDateString('en-CA', { timeZone: event.timeZone });
  if (over && !mine) return null;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Text fw={600} component="h2" size="lg">
          {mine ? t('events.register.yours') : t('events.register.title')}
        </Text>
        {!me.data?.user && (
          <Text>
            <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
              {t('events.register.signIn')}
            </Anchor>
          </Text>
        )}
        {me.data?.user && !mine && <RegisterForm eventId={event.id} />}
        {mine && (
          <Stack gap="xs">
            <Group gap="xs">
              <Badge variant="light">{t(`events.role.${mine.role}`)}</Badge>
              <Badge color={mine.status === 'approved' ? 'green' : mine.status === 'refused' ? 'red' : 'yellow'}>{t(`events.status.${mine.status}`)}</Badge>
              {mine.booth && <Badge variant="outline">{t('events.page.booth', { booth: mine.booth })}</Badge>}
            </Group>
            {mine.organisationName && <Text size="sm">{mine.organisationName}</Text>}
            {mine.refusalReason && (
              <Alert color="red" variant="light">
                {t('events.register.refusedBecause', { reason: mine.refusalReason })}
              </Alert>
            )}
            {mine.canShowExhibits && <ExhibitsPicker event={event} />}
          </Stack>
        )}
        {(event.canManage || mine?.status === 'approved') && <CollectLinks event={event} offers={event.canManage || !!mine?.canShowExhibits} />}
      </Stack>
    </Card>
  );
}
