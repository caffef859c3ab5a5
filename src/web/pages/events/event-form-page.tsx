import { Alert, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useEvent, useOrganiserOptions, useSaveEvent, type EventDetailData, type EventInput } from '../../api/events.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ProvinceSelect } from '../../components/province-select.js';
import { activityKinds, eventKinds } from '../../../shared/events/event-codes.js';
import { DateField } from '../../components/date-field.js';
import { EventBody } from '../../../shared/events/events.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

type Activity = { kind: string; title: string; titleEn: string; day: string; startTime: string; endTime: string; place: string };
type Values = {
  kind: string;
  name: string;
  nameEn: string;
  summary: string;
  summaryEn: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  provinceCode: string | null;
  organiserOrganisationIds: string[];
  organiserConnectionPointIds: string[];
  activities: Activity[];
};

const blank: Values = {
  kind: 'techmart',
  name: '',
  nameEn: '',
  summary: '',
  summaryEn: '',
  startsOn: '',
  endsOn: '',
  venue: '',
  provinceCode: null,
  organiserOrganisationIds: [],
  organiserConnectionPointIds: [],
  activities: [],
};

function valuesOf(e: EventDetailData): Values {
  return {
    kind: e.kind,
    name: e.name,
    nameEn: e.nameEn ?? '',
    summary: e.summary ?? '',
    summaryEn: e.summaryEn ?? '',
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    venue: e.venue ?? '',
    provinceCode: e.provinceCode,
    organiserOrganisationIds: e.organisers.flatMap((o) => (o.organisationId ? [o.organisationId] : [])),
    organiserConnectionPointIds: e.organisers.flatMap((o) => (o.connectionPointId ? [o.connectionPointId] : [])),
    activities: e.activities.map((a) => ({
      kind: a.kind,
      title: a.title,
      titleEn: a.titleEn ?? '',
      day: a.day,
      startTime: a.startTime ?? '',
      endTime: a.endTime ?? '',
      place: a.place ?? '',
    })),
  };
}

const orNull = (s: string) => s.trim() || null;

function toBody(v: Values): EventInput {
  return {
    kind: v.kind as EventInput['kind'],
    name: v.name,
    nameEn: orNull(v.nameEn),
    summary: orNull(v.summary),
    summaryEn: orNull(v.summaryEn),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    venue: orNull(v.venue),
    provinceCode: v.provinceCode,
    organiserOrganisationIds: v.organiserOrganisationIds,
    organiserConnectionPointIds: v.organiserConnectionPointIds,
    activities: v.activities.map((a) => ({
      kind: a.kind as (typeof activityKinds)[number],
      title: a.title,
      titleEn: orNull(a.titleEn),
      day: a.day,
      startTime: orNull(a.startTime),
      endTime: orNull(a.endTime),
      place: orNull(a.place),
    })),
  };
}

function EventForm({ event }: { event?: EventDetailData }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useOrganiserOptions();
  const save = useSaveEvent(event?.id);
  const form = useForm<Values>({ initialValues: event ? valuesOf(event) : blank });
  const known = { organisations: options.data?.organisations ?? [], points: options.data?.connectionPoints ?? [] };
  // A new event starts with the organisers the person works for.
  useEffect(() => {
    if (!event && options.data && form.values.organiserOrganisationIds.length + form.values.organiserConnectionPointIds.length === 0) {
      form.setFieldValue(
        'organiserConnectionPointIds',
        options.data.connectionPoints.map((p) => p.id),
      );
      if (options.data.connectionPoints.length === 0) form.setFieldValue('organiserOrganisationIds', options.data.organisations.map((o) => o.id).slice(0, 1));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options.data]);
  // Organisers already on the event stay choosable even if the editor does not work for them.
  const organisationData = [
    ...known.organisations.map((o) => ({ value: o.id, label: o.name })),
    ...(event?.organisers ?? [])
      .filter((o) => o.organisationId && !known.organisations.some((k) => k.id === o.organisationId))
      .map((o) => ({ value: o.organisationId!, label: o.name })),
  ];
  const pointData = [
    ...known.points.map((p) => ({ value: p.id, label: p.name })),
    ...(event?.organisers ?? [])
      .filter((o) => o.connectionPointId && !known.points.some((k) => k.id === o.connectionPointId))
      .map((o) => ({ value: o.connectionPointId!, label: o.name })),
  ];
  const submit = form.onSubmit((v) =>
    save.mutate(toBody(v), {
      onSuccess: (saved) => void navigate(`/events/${saved.id}`),
      onError: (error) => {
        // A programme item's field keeps its full path ("activities.2.day") so the error sits under that input.
        if (error instanceof ApiError && error.fields.length)
          form.setErrors(Object.fromEntries(error.fields.map((f) => [f.path.startsWith('activities.') ? f.path : f.path.split('.')[0], f.message])));
        else form.setErrors({ name: errorText(t, error) });
      },
    }),
  );
  if (options.data && !options.data.canCreate && !event) return <Alert color="yellow">{t('events.form.notAllowed')}</Alert>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label={t('events.form.kind')}
          withAsterisk
          allowDeselect={false}
          data={eventKinds.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('events.form.name')} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t('events.form.nameEn')} {...form.getInputProps('nameEn')} />
          <DateField label={t('events.form.startsOn')} withAsterisk {...form.getInputProps('startsOn')} />
          <DateField label={t('events.form.endsOn')} withAsterisk {...form.getInputProps('endsOn')} />
          <TextInput label={t('events.form.venue')} {...form.getInputProps('venue')} />
          <ProvinceSelect label={t('events.form.province')} {...form.getInputProps('provinceCode')} />
        </SimpleGrid>
        <LimitedTextarea max={maxLengthOf(EventBody.shape.summary)} label={t('events.form.summary')} autosize minRows={2} {...form.getInputProps('summary')} />
        <LimitedTextarea
          max={maxLengthOf(EventBody.shape.summaryEn)}
          label={t('events.form.summaryEn')}
          autosize
          minRows={2}
          {...form.getInputProps('summaryEn')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect label={t('events.form.organisations')} data={organisationData} {...form.getInputProps('organiserOrganisationIds')} />
          <MultiSelect label={t('events.form.points')} data={pointData} {...form.getInputProps('organiserConnectionPointIds')} />
        </SimpleGrid>
        <Text fw={600}>{t('events.form.programme')}</Text>
        {form.values.activities.map((_, i) => (
          <Card key={i} withBorder padding="sm" radius="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Select
                label={t('events.form.activityKind')}
                allowDeselect={false}
                data={activityKinds.map((k) => ({ value: k, label: t(`events.activityKind.${k}`) }))}
                {...form.getInputProps(`activities.${i}.kind`)}
              />
              <DateField label={t('events.form.day')} {...form.getInputProps(`activities.${i}.day`)} />
              <TextInput label={t('events.form.activityTitle')} withAsterisk {...form.getInputProps(`activities.${i}.title`)} />
              <TextInput label={t('events.form.activityTitleEn')} {...form.getInputProps(`activities.${i}.titleEn`)} />
              <TextInput type="time" label={t('events.form.startTime')} {...form.getInputProps(`activities.${i}.startTime`)} />
              <TextInput type="time" label={t('events.form.endTime')} {...form.getInputProps(`activities.${i}.endTime`)} />
              <TextInput label={t('events.form.place')} {...form.getInputProps(`activities.${i}.place`)} />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem('activities', i)}>
                {t('events.form.remove')}
              </Button>
            </Group>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              form.insertListItem('activities', {
                kind: 'exhibition',
                title: '',
                titleEn: '',
                day: form.values.startsOn,
                startTime: '',
                endTime: '',
                place: '',
              })
            }
          >
            {t('events.form.addActivity')}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('events.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /events/new and /events/:id/edit — an organiser's form for an event, its organisers and programme. */
export function EventFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id ?? '', !!id);
  if (!id)
    return (
      <Stack>
        <PageTitle>{t('events.form.newTitle')}</PageTitle>
        <EventForm />
      </Stack>
    );
  if (event.isLoading) return <LoadingState />;
  if (event.isError || !event.data) return <ErrorState error={event.error} />;
  return (
    <Stack>
      <PageTitle>{t('events.form.editTitle')}</PageTitle>
      <EventForm event={event.data} />
    </Stack>
  );
}
