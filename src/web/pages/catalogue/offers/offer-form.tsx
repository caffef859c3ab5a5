import { Button, Grid, Group, MultiSelect, NumberInput, SegmentedControl, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { dealTypes, ipStatuses, ownerTypes } from '../../../../shared/catalogue/catalogue.schemas.js';
import type { OfferCreate, OfferFull } from '../../../../shared/catalogue/offer.schemas.js';
import { CountrySelect } from '../../../components/country-select.js';
import { FormSection } from '../../../components/catalogue/form-section.js';
import { inputText, numberOrNull, textOrNull } from '../../../components/catalogue/form-values.js';
import { OwnerOrganisationSelect } from '../../../components/catalogue/owner-organisation-select.js';
import { StFieldMultiSelect } from '../../../components/catalogue/st-field-multi-select.js';
import { useRecordSave } from '../../../components/catalogue/use-record-save.js';
import { VersionConflictAlert } from '../../../components/catalogue/version-conflict-alert.js';
import { ProvinceSelect } from '../../../components/province-select.js';
import { VsicMultiSelect } from '../../../components/vsic-multi-select.js';

type Values = {
  language: string;
  title: string;
  summary: string;
  description: string;
  translatedTitle: string;
  keywords: string[];
  fieldCodes: string[];
  vsicSections: string[];
  trl: string | null;
  ipStatus: string | null;
  ipNumbers: string[];
  transferForms: string[];
  priceVnd: string | number;
  ownerOrganisationId: string | null;
  ownerType: string | null;
  ownerName: string;
  country: string;
  province: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  validUntil: string;
};

function initialValues(offer: OfferFull | undefined, defaultOrganisation: string | null): Values {
  return {
    language: offer?.language ?? 'vi',
    title: inputText(offer?.title),
    summary: inputText(offer?.summary),
    description: inputText(offer?.description),
    translatedTitle: inputText(offer?.translatedTitle),
    keywords: offer?.keywords ?? [],
    fieldCodes: offer?.fieldCodes ?? [],
    vsicSections: offer?.vsicSections ?? [],
    trl: offer?.trl ? String(offer.trl) : null,
    ipStatus: offer?.ipStatus ?? null,
    ipNumbers: offer?.ipNumbers ?? [],
    transferForms: offer?.transferForms ?? [],
    priceVnd: offer?.priceVnd ?? '',
    ownerOrganisationId: offer?.ownerOrganisationId ?? defaultOrganisation,
    ownerType: offer?.ownerType ?? null,
    ownerName: inputText(offer?.ownerName),
    country: offer?.country ?? 'VN',
    province: offer?.provinceCode ?? null,
    contactName: inputText(offer?.contactName),
    contactEmail: inputText(offer?.contactEmail),
    contactPhone: inputText(offer?.contactPhone),
    validUntil: inputText(offer?.validUntil),
  };
}

function toInput(v: Values, creating: boolean): OfferCreate {
  return {
    language: v.language as OfferCreate['language'],
    title: v.title.trim(),
    summary: textOrNull(v.summary),
    description: textOrNull(v.description),
    translatedTitle: textOrNull(v.translatedTitle),
    keywords: v.keywords,
    fieldCodes: v.fieldCodes,
    vsicSections: v.vsicSections,
    trl: numberOrNull(v.trl),
    ipStatus: (v.ipStatus as OfferCreate['ipStatus']) ?? null,
    ipNumbers: v.ipNumbers,
    transferForms: v.transferForms as OfferCreate['transferForms'],
    priceVnd: numberOrNull(v.priceVnd),
    ownerOrganisationId: v.ownerOrganisationId,
    ownerType: (v.ownerType as OfferCreate['ownerType']) ?? null,
    ownerName: textOrNull(v.ownerName),
    country: v.country,
    // Left out on a new record, the server takes the owner organisation's province.
    province: v.province ?? (creating ? undefined : null),
    contactName: textOrNull(v.contactName),
    contactEmail: textOrNull(v.contactEmail),
    contactPhone: textOrNull(v.contactPhone),
    validUntil: textOrNull(v.validUntil),
  };
}

type Props = { offer?: OfferFull; defaultOrganisation: string | null; onCancel: () => void };

/** Create or edit a technology offer; server field errors appear under their inputs. */
export function OfferForm({ offer, defaultOrganisation, onCancel }: Props) {
  const { t } = useTranslation();
  const f = (key: string) => t(`catalogue.fields.${key}`);
  const form = useForm<Values>({ initialValues: initialValues(offer, defaultOrganisation) });
  const { save, saving, conflict, reload } = useRecordSave<OfferCreate>('offers', offer, form);
  const trlOptions = Array.from({ length: 9 }, (_, i) => ({ value: String(i + 1), label: t('catalogue.detail.trlLevel', { level: i + 1 }) }));

  return (
    <form onSubmit={form.onSubmit((values) => save(toInput(values, !offer)))} noValidate>
      <Stack gap="md">
        {conflict && <VersionConflictAlert changedFields={conflict} onReload={() => void reload()} />}
        <FormSection title={t('catalogue.form.sections.general')}>
          <OwnerOrganisationSelect
            label={t('catalogue.form.onBehalfOf')}
            description={t('catalogue.form.onBehalfHint')}
            {...form.getInputProps('ownerOrganisationId')}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {f('language')}
            </Text>
            <SegmentedControl
              data={[
                { value: 'vi', label: t('catalogue.languages.vi') },
                { value: 'en', label: t('catalogue.languages.en') },
              ]}
              {...form.getInputProps('language')}
            />
          </div>
          <TextInput label={f('title')} required {...form.getInputProps('title')} />
          <TextInput label={f('translatedTitle')} {...form.getInputProps('translatedTitle')} />
          <Textarea label={f('summary')} autosize minRows={3} {...form.getInputProps('summary')} />
          <Textarea label={f('description')} autosize minRows={5} {...form.getInputProps('description')} />
          <TagsInput label={f('keywords')} description={f('keywordsHint')} {...form.getInputProps('keywords')} />
        </FormSection>
        <FormSection title={t('catalogue.form.sections.classification')}>
          <StFieldMultiSelect label={f('fieldCodes')} {...form.getInputProps('fieldCodes')} />
          <VsicMultiSelect label={f('sectorCodes')} {...form.getInputProps('vsicSections')} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={f('trl')} data={trlOptions} clearable {...form.getInputProps('trl')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={f('ipStatus')}
                clearable
                data={ipStatuses.map((s) => ({ value: s, label: t(`catalogue.ipStatuses.${s}`) }))}
                {...form.getInputProps('ipStatus')}
              />
            </Grid.Col>
          </Grid>
          <TagsInput label={f('ipNumbers')} {...form.getInputProps('ipNumbers')} />
        </FormSection>
        <FormSection title={t('catalogue.form.sections.transfer')}>
          <MultiSelect
            label={f('transferForms')}
            data={dealTypes.map((d) => ({ value: d, label: t(`catalogue.transferForms.${d}`) }))}
            {...form.getInputProps('transferForms')}
          />
          <NumberInput
            label={f('priceVnd')}
            description={f('priceHint')}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            {...form.getInputProps('priceVnd')}
          />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={f('ownerType')}
                clearable
                data={ownerTypes.map((o) => ({ value: o, label: t(`catalogue.ownerTypes.${o}`) }))}
                {...form.getInputProps('ownerType')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={f('owner')} {...form.getInputProps('ownerName')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <CountrySelect label={f('country')} {...form.getInputProps('country')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <ProvinceSelect label={f('province')} {...form.getInputProps('province')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput type="date" label={f('validUntil')} {...form.getInputProps('validUntil')} />
            </Grid.Col>
          </Grid>
        </FormSection>
        <FormSection title={t('catalogue.form.sections.contact')}>
          <TextInput label={f('contactName')} {...form.getInputProps('contactName')} />
          <TextInput label={f('contactEmail')} type="email" {...form.getInputProps('contactEmail')} />
          <TextInput label={f('contactPhone')} type="tel" {...form.getInputProps('contactPhone')} />
        </FormSection>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('catalogue.actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {offer ? t('catalogue.actions.save') : t('catalogue.actions.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
