import { Button, Card, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showNotice } from './notice.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEligibleOrganisations, useMethodologies, useStartAssessment } from '../../api/assessment.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useLocalText } from './local-text.js';

/** Picks the enterprise (own, or in the staff's provinces), the methodology version and the VSIC division. */
export function StartAssessmentForm() {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const organisations = useEligibleOrganisations(q);
  const methodologies = useMethodologies();
  const start = useStartAssessment();
  const form = useForm({ initialValues: { organisationId: '', methodologyId: 'tt17-2019-v1', vsicDivision: '10' } });
  const published = (methodologies.data?.items ?? []).filter((m) => m.status === 'published');
  const only = !q && organisations.data?.items.length === 1 ? organisations.data.items[0].id : null;
  // A member of one enterprise has nothing to choose.
  useEffect(() => {
    if (only && !form.values.organisationId) form.setFieldValue('organisationId', only);
  }, [only, form]);
  if (organisations.isSuccess && !q && organisations.data.items.length === 0) return <Text c="dimmed">{t('assessment.start.noOrganisation')}</Text>;
  return (
    <Card withBorder radius="md" padding="md">
      <form
        onSubmit={form.onSubmit((values) =>
          start.mutate(values, {
            onSuccess: ({ id }) => {
              showNotice(t, { color: 'teal', message: t('assessment.start.started') });
              void navigate(`/assessments/${id}`);
            },
            onError: (error) => {
              if (!applyFieldErrors(form, error)) showNotice(t, { color: 'red', message: errorText(t, error) });
            },
          }),
        )}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('assessment.start.title')}
          </Title>
          <Select
            label={t('assessment.start.organisation')}
            placeholder={t('assessment.start.organisationPlaceholder')}
            searchable
            required
            onSearchChange={setQ}
            data={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            {...form.getInputProps('organisationId')}
          />
          <Select
            label={t('assessment.start.methodology')}
            required
            allowDeselect={false}
            data={published.map((m) => ({ value: m.id, label: `${text(m.name)} — ${t('assessment.methodology.version', { version: m.version })}` }))}
            {...form.getInputProps('methodologyId')}
          />
          <TextInput
            label={t('assessment.start.vsicDivision')}
            description={t('assessment.start.vsicHelp')}
            required
            maxLength={2}
            inputMode="numeric"
            maw={320}
            {...form.getInputProps('vsicDivision')}
          />
          <Button type="submit" loading={start.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('assessment.start.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
