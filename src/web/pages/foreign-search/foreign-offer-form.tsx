import { Button, Card, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useRecordForeignOffer } from '../../api/foreign-search.js';
import { applyFieldErrors } from '../../api/form-errors.js';
import { useCodeLabels } from '../../components/catalogue/use-code-labels.js';
import { LimitedTextarea, overLimit } from '../../components/limited-textarea.js';
import { ForeignOfferBody } from '../../../shared/foreign-search/foreign-search.schemas.js';
import { OfferCreate } from '../../../shared/catalogue/offer.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';

type Values = { language: 'vi' | 'en'; title: string; summary: string; ownerName: string; country: string; note: string };

// The server's `offer.title` lands under "title".
const rename = { 'offer.title': 'title', 'offer.summary': 'summary', 'offer.ownerName': 'ownerName', 'offer.country': 'country' };

// The server's own limits, so that the counters and the refusal agree with it.
const SUMMARY_MAX = maxLengthOf(OfferCreate.shape.summary);
const NOTE_MAX = maxLengthOf(ForeignOfferBody.shape.note);

/** The foreign technology the office found, described in English or Vietnamese, recorded against the demand. */
export function ForeignOfferForm({ demandId, countries }: { demandId: string; countries: string[] }) {
  const { t } = useTranslation();
  const countryName = useCodeLabels('country');
  const record = useRecordForeignOffer(demandId);
  const form = useForm<Values>({ initialValues: { language: 'en', title: '', summary: '', ownerName: '', country: countries[0] ?? '', note: '' } });
  const submit = form.onSubmit((v) => {
    // A text over its limit stays whole in its field, which says how much to remove; nothing is sent.
    if (overLimit(v.summary, SUMMARY_MAX) || overLimit(v.note, NOTE_MAX)) return;
    record.mutate(
      {
        note: v.note.trim() || undefined,
        offer: {
          language: v.language,
          title: v.title,
          summary: v.summary || undefined,
          ownerName: v.ownerName || undefined,
          country: v.country,
          ownerType: 'foreign',
        },
      },
      { onSuccess: () => form.reset(), onError: (error) => applyFieldErrors(form, error, rename) },
    );
  });
  return (
    <Card withBorder radius="md" padding="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fw={600}>{t('foreignSearch.form.title')}</Text>
          <SegmentedControl
            aria-label={t('foreignSearch.form.language')}
            data={[
              { value: 'en', label: t('foreignSearch.form.english') },
              { value: 'vi', label: t('foreignSearch.form.vietnamese') },
            ]}
            {...form.getInputProps('language')}
          />
          <TextInput label={t('foreignSearch.form.offerTitle')} withAsterisk {...form.getInputProps('title')} />
          <LimitedTextarea label={t('foreignSearch.form.summary')} autosize minRows={2} max={SUMMARY_MAX} {...form.getInputProps('summary')} />
          <TextInput label={t('foreignSearch.form.ownerName')} {...form.getInputProps('ownerName')} />
          <Select
            label={t('foreignSearch.form.country')}
            withAsterisk
            data={countries.map((code) => ({ value: code, label: countryName(code) }))}
            {...form.getInputProps('country')}
          />
          <LimitedTextarea label={t('foreignSearch.form.note')} autosize minRows={1} max={NOTE_MAX} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending}>
              {t('foreignSearch.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
