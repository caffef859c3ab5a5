import { Button, Grid, Group, SegmentedControl, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ExpertCreate, ExpertFull } from '../../../../shared/catalogue/expert.schemas.js';
import { CountrySelect } from '../../../components/country-select.js';
import { FormSection } from '../../../components/catalogue/form-section.js';
import { inputText, textOrNull } from '../../../components/catalogue/form-values.js';
import { OwnerOrganisationSelect } from '../../../components/catalogue/owner-organisation-select.js';
import { StFieldMultiSelect } from '../../../components/catalogue/st-field-multi-select.js';
import { useRecordSave } from '../../../components/catalogue/use-record-save.js';
import { VersionConflictAlert } from '../../../components/catalogue/version-conflict-alert.js';
import { ProvinceSelect } from '../../../components/province-select.js';

type Values = {
  ownerOrganisationId: string | null;
  language: string;
  name: string;
  title: string;
  affiliationName: string;
  fieldCodes: string[];
  keywords: string[];
  services: string[];
  bio: string;
  email: string;
  phone: string;
  country: string;
  province: string | null;
};

function initialValues(expert: ExpertFull | undefined, defaultOrganisation: string | null): Values {
  return {
    ownerOrganisationId: expert?.ownerOrganisationId ?? defaultOrganisation,
    language: expert?.language ?? 'vi',
    name: inputText(expert?.name),
    title: inputText(expert?.title),
    affiliationName: inputText(expert?.affiliationName),
    fieldCodes: expert?.fieldCodes ?? [],
    keywords: expert?.keywords ?? [],
    services: expert?.services ?? [],
    bio: inputText(expert?.bio),
    email: inputText(expert?.email),
    phone: inputText(expert?.phone),
    country: expert?.country ?? 'VN',
    province: expert?.provinceCode ?? null,
  };
}

function toInput(v: Values, creating: boolean): ExpertCreate {
  return {
    ...(creating ? { ownerOrganisationId: v.ownerOrganisationId } : {}),
    language: v.language as ExpertCreate['language'],
    name: v.name.trim(),
    title: textOrNull(v.title),
    affiliationName: textOrNull(v.affiliationName),
    fieldCodes: v.fieldCodes,
    keywords: v.keywords,
    services: v.services,
    bio: textOrNull(v.bio),
    email: textOrNull(v.email),
    phone: textOrNull(v.phone),
    country: v.country,
    // Left out on a new record, the server takes the owner organisation's province.
    province: v.province ?? (creating ? undefined : null),
  };
}

type Props = { expert?: ExpertFull; defaultOrganisation: string | null; onCancel: () => void };

/** Create or edit an expert's profile. */
export function ExpertForm({ expert, defaultOrganisation, onCancel }: Props) {
  const { t } = useTranslation();
  const f = (key: string) => t(`catalogue.fields.${key}`);
  const form = useForm<Values>({ initialValues: initialValues(expert, defaultOrganisation) });
  const { save, saving, conflict, reload } = useRecordSave<ExpertCreate>('experts', expert, form);
  return (
    <form onSubmit={form.onSubmit((values) => save(toInput(values, !expert)))} noValidate>
      <Stack gap="md">
        {conflict && <VersionConflictAlert changedFields={conflict} onReload={() => void reload()} />}
        <FormSection title={t('catalogue.form.sections.general')}>
          {!expert && (
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
          <TextInput label={f('name')} required {...form.getInputProps('name')} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={f('jobTitle')} {...form.getInputProps('title')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={f('affiliationName')} {...form.getInputProps('affiliationName')} />
            </Grid.Col>
          </Grid>
          <Textarea label={f('bio')} autosize minRows={4} {...form.getInputProps('bio')} />
        </FormSection>
        <FormSection title={t('catalogue.form.sections.classification')}>
          <StFieldMultiSelect label={f('fieldCodes')} {...form.getInputProps('fieldCodes')} />
          <TagsInput label={f('keywords')} description={f('keywordsHint')} {...form.getInputProps('keywords')} />
          <TagsInput label={f('services')} description={f('keywordsHint')} {...form.getInputProps('services')} />
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
          <TextInput label={f('email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={f('phone')} type="tel" {...form.getInputProps('phone')} />
        </FormSection>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('catalogue.actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {expert ? t('catalogue.actions.save') : t('catalogue.actions.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
