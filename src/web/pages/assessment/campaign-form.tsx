import { Button, Card, MultiSelect, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showNotice } from './notice.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateCampaign, useEligibleOrganisations, useMethodologies } from '../../api/assessment.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useLocalText } from './local-text.js';
import { defaultScheduleValues, ReminderScheduleFields, scheduleBody } from './reminder-schedule-fields.js';

/** Launches a campaign: a name, the methodology, the sector, the enterprises invited and when they are reminded. */
export function CampaignForm() {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const organisations = useEligibleOrganisations(q);
  const methodologies = useMethodologies();
  const create = useCreateCampaign();
  const [known, setKnown] = useState<Record<string, string>>({});
  const form = useForm({
    initialValues: { name: '', methodologyId: 'tt17-2019-v1', vsicDivision: '10', organisationIds: [] as string[], ...defaultScheduleValues() },
  });
  // Keep the names of chosen enterprises while the search shows others.
  const options = { ...known, ...Object.fromEntries((organisations.data?.items ?? []).map((o) => [o.id, o.name])) };
  return (
    <Card withBorder radius="md" padding="md">
      <form
        onSubmit={form.onSubmit((values) =>
          create.mutate(
            { ...values, ...scheduleBody(values) },
            {
              onSuccess: ({ id }) => {
                showNotice(t, { color: 'teal', message: t('assessment.campaigns.created') });
                void navigate(`/assessments/campaigns/${id}`);
              },
              onError: (error) => {
                if (!applyFieldErrors(form, error)) showNotice(t, { color: 'red', message: errorText(t, error) });
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('assessment.campaigns.create')}
          </Title>
          <TextInput label={t('assessment.campaigns.name')} required maxLength={200} {...form.getInputProps('name')} />
          <Select
            label={t('assessment.start.methodology')}
            required
            allowDeselect={false}
            data={(methodologies.data?.items ?? [])
              .filter((m) => m.status === 'published')
              .map((m) => ({ value: m.id, label: `${text(m.name)} — ${t('assessment.methodology.version', { version: m.version })}` }))}
            {...form.getInputProps('methodologyId')}
          />
          <TextInput
            label={t('assessment.start.vsicDivision')}
            description={t('assessment.start.vsicHelp')}
            required
            maxLength={2}
            maw={320}
            {...form.getInputProps('vsicDivision')}
          />
          <MultiSelect
            label={t('assessment.campaigns.targets')}
            description={t('assessment.campaigns.targetsHelp')}
            searchable
            required
            searchValue={q}
            onSearchChange={setQ}
            data={Object.entries(options).map(([value, label]) => ({ value, label }))}
            {...form.getInputProps('organisationIds')}
            onChange={(ids) => {
              setKnown((old) => ({ ...old, ...Object.fromEntries(ids.map((id) => [id, options[id] ?? id])) }));
              form.setFieldValue('organisationIds', ids);
            }}
          />
          <ReminderScheduleFields inputProps={form.getInputProps} />
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('assessment.campaigns.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
