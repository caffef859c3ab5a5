import { Button, Grid, Group, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { dealTypes } from '../../../../shared/catalogue/catalogue.schemas.js';
import type { DemandCreate, DemandFull } from '../../../../shared/catalogue/demand.schemas.js';
import { useReferenceItems } from '../../../api/reference.js';
import { CountrySelect } from '../../../components/country-select.js';
import { FormSection } from '../../../components/catalogue/form-section.js';
import { inputText, numberOrNull, textOrNull } from '../../../components/catalogue/form-values.js';
import { OwnerOrganisationSelect } from '../../../components/catalogue/owner-organisation-select.js';
import { StFieldMultiSelect } from '../../../components/catalogue/st-field-multi-select.js';
import { useRecordSave } from '../../../components/catalogue/use-record-save.js';
import { VersionConflictAlert } from '../../../components/catalogue/version-conflict-alert.js';
import { ProvinceSelect } from '../../../components/province-select.js';
import { VsicMultiSelect } from '../../../components/vsic-multi-select.js';

const confidentialParts = ['problem', 'currentProcess', 'desiredOutcome', 'targets', 'constraints'] as const;
type ConfidentialPart = (typeof confidentialParts)[number];

type Values = {
  ownerOrganisationId: string | null;
  language: string;
  title: string;
  translatedTitle: string;
  publicSummary: string;
  confidentialDetails: Record<ConfidentialPart, string>;
  keywords: string[];
  fieldCodes: string[];
  vsicSections: string[];
  minTrl: string | null;
  budgetMinVnd: string | number;
  budgetMaxVnd: string | number;
  deadline: string;
  preferredTransferForms: string[];
  seekAbroad: boolean;
  targetCountries: string[];
  country: string;
  province: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

function initialValues(demand: DemandFull | undefined, defaultOrganisation: string | null): Values {
  const details = demand?.confidentialDetails;
  return {
    ownerOrganisationId: demand?.ownerOrganisationId ?? defaultOrganisation,
    language: demand?.language ?? 'vi',
    title: inputText(demand?.title),
    translatedTitle: inputText(demand?.translatedTitle),
    publicSummary: inputText(demand?.publicSummary),
    confidentialDetails: Object.fromEntries(confidentialParts.map((part) => [part, inputText(details?.[part])])) as Record<ConfidentialPart, string>,
    keywords: demand?.keywords ?? [],
    fieldCodes: demand?.fieldCodes ?? [],
    vsicSections: demand?.vsicSections ?? [],
    minTrl: demand?.minTrl ? String(demand.minTrl) : null,
    budgetMinVnd: demand?.budgetMinVnd ?? '',
    budgetMaxVnd: demand?.budgetMaxVnd ?? '',
    deadline: inputText(demand?.deadline),
    preferredTransferForms: demand?.preferredTransferForms ?? [],
    seekAbroad: demand?.seekAbroad ?? false,
    targetCountries: demand?.targetCountries ?? [],
    country: demand?.country ?? 'VN',
    province: demand?.provinceCode ?? null,
    contactName: inputText(demand?.contactName),
    contactEmail: inputText(demand?.contactEmail),
    contactPhone: inputText(demand?.contactPhone),
  };
}

function toInput(v: Values, creating: boolean): DemandCreate {
  return {
    ...(creating ? { ownerOrganisationId: v.ownerOrganisationId } : {}),
    language: v.language as DemandCreate['language'],
    title: v.title.trim(),
    translatedTitle: textOrNull(v.translatedTitle),
    publicSummary: textOrNull(v.publicSummary),
    confidentialDetails: Object.fromEntries(confidentialParts.map((part) => [part, textOrNull(v.confidentialDetails[part])])),
    keywords: v.keywords,
    fieldCodes: v.fieldCodes,
    vsicSections: v.vsicSections,
    minTrl: numberOrNull(v.minTrl),
    budgetMinVnd: numberOrNull(v.budgetMinVnd),
    budgetMaxVnd: numberOrNull(v.budgetMaxVnd),
    deadline: textOrNull(v.deadline),
    preferredTransferForms: v.preferredTransferForms as DemandCreate['preferredTransferForms'],
    seekAbroad: v.seekAbroad,
    targetCountries: v.seekAbroad ? v.targetCountries : [],
    country: v.country,
    // Left out on a new record, the server takes the owner organisation's province.
    province: v.province ?? (creating ? undefined : null),
    contactName: textOrNull(v.contactName),
    contactEmail: textOrNull(v.contactEmail),
    contactPhone: textOrNull(v.contactPhone),
  };
}

type Props = { demand?: DemandFull; defaultOrganisation: string | null; onCancel: () => void };

/** Create or edit a technology demand: a public part, a confidential part, and what is wanted. */
export function DemandForm({ demand, defaultOrganisation, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const f = (key: string) => t(`catalogue.fields.${key}`);
  const form = useForm<Values>({ initialValues: initialValues(demand, defaultOrganisation) });
  const nested = confidentialParts.map((part) => `confidentialDetails.${part}`);
  const { save, saving, conflict, reload } = useRecordSave<DemandCreate>('demands', demand, form, nested);
  const countries = useReferenceItems('country');
  const trlOptions = Array.from({ length: 9 }, (_, i) => ({ value: String(i + 1), label: t('catalogue.detail.trlLevel', { level: i + 1 }) }));
  const money = { min: 0, thousandSeparator: '.', decimalSeparator: ',', allowDecimal: false } as const;

  return (
    <form onSubmit={form.onSubmit((values) => save(toInput(values, !demand)))} noValidate>
      <Stack gap="md">
        {conflict && <VersionConflictAlert changedFields={conflict} onReload={() => void reload()} />}
        <FormSection title={t('catalogue.form.sections.demandPublic')}>
          {!demand && (
            <OwnerOrganisationSelect
              label={t('catalogue.form.onBehalfOf')}
              description={t('catalogue.form.onBehalfHint')}
              {...form.getInputProps('ownerOrganisationId')}
            />
          )}
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
          <Textarea label={f('publicSummary')} description={f('publicSummaryHint')} autosize minRows={3} {...form.getInputProps('publicSummary')} />
          <TagsInput label={f('keywords')} description={f('keywordsHint')} {...form.getInputProps('keywords')} />
        </FormSection>
        <FormSection title={t('catalogue.form.sections.demandConfidential')}>
          <Text size="xs" c="dimmed" mt={-8}>
            {f('confidentialDetailsHint')}
          </Text>
          {confidentialParts.map((part) => (
            <Textarea key={part} label={f(part)} autosize minRows={2} {...form.getInputProps(`confidentialDetails.${part}`)} />
          ))}
        </FormSection>
        <FormSection title={t('catalogue.form.sections.needs')}>
          <StFieldMultiSelect label={f('fieldCodes')} {...form.getInputProps('fieldCodes')} />
          <VsicMultiSelect label={f('sectorCodes')} {...form.getInputProps('vsicSections')} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={f('minTrl')} data={trlOptions} clearable {...form.getInputProps('minTrl')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput type="date" label={f('deadline')} {...form.getInputProps('deadline')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput label={f('budgetMinVnd')} {...money} {...form.getInputProps('budgetMinVnd')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput label={f('budgetMaxVnd')} {...money} {...form.getInputProps('budgetMaxVnd')} />
            </Grid.Col>
          </Grid>
          <MultiSelect
            label={f('preferredTransferForms')}
            data={dealTypes.map((d) => ({ value: d, label: t(`catalogue.transferForms.${d}`) }))}
            {...form.getInputProps('preferredTransferForms')}
          />
          <Switch label={f('seekAbroad')} {...form.getInputProps('seekAbroad', { type: 'checkbox' })} />
          {form.values.seekAbroad && (
            <MultiSelect
              label={f('targetCountries')}
              searchable
              data={(countries.data ?? []).filter((c) => c.code !== 'VN').map((c) => ({ value: c.code, label: i18n.language === 'en' ? c.nameEn : c.name }))}
              {...form.getInputProps('targetCountries')}
            />
          )}
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <CountrySelect label={f('country')} {...form.getInputProps('country')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <ProvinceSelect label={f('province')} {...form.getInputProps('province')} />
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
            {demand ? t('catalogue.actions.save') : t('catalogue.actions.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
