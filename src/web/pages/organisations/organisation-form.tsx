import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationInput } from '../../api/organisations.js';
import { organisationSizes, type OrganisationKind, type OrganisationSize } from '../../../domain/organisations/organisation-kinds.js';
import { CountrySelect } from '../../components/country-select.js';
import { OrganisationKindSelect } from '../../components/organisation-kind-select.js';
import { ProvinceSelect } from '../../components/province-select.js';
import { VsicMultiSelect } from '../../components/vsic-multi-select.js';
import { taxCodeError, validators } from '../../lib/validators.js';
import { TEXT_LONG_MAX } from '../../../shared/limits.js';
import { LimitedTextarea } from '../../components/limited-textarea.js';

export type OrganisationFormValues = {
  kind: OrganisationKind;
  nameVi: string;
  nameEn: string;
  taxCode: string;
  country: string;
  province: string | null;
  vsicSections: string[];
  size: OrganisationSize | null;
  address: string;
  website: string;
  email: string;
  phone: string;
  description: string;
};

export const emptyOrganisation: OrganisationFormValues = {
  kind: 'enterprise',
  nameVi: '',
  nameEn: '',
  taxCode: '',
  country: 'VN',
  province: null,
  vsicSections: [],
  size: null,
  address: '',
  website: '',
  email: '',
  phone: '',
  description: '',
};

/** Empty optional texts are sent as null, which clears them on an edit. */
export function toOrganisationInput(values: OrganisationFormValues): OrganisationInput {
  const optional = (value: string) => (value.trim() ? value.trim() : null);
  return {
    kind: values.kind,
    nameVi: values.nameVi.trim(),
    nameEn: optional(values.nameEn),
    taxCode: optional(values.taxCode),
    country: values.country,
    province: values.country === 'VN' ? values.province : null,
    vsicSections: values.vsicSections,
    size: values.size,
    address: optional(values.address),
    website: optional(values.website),
    email: optional(values.email),
    phone: optional(values.phone),
    description: optional(values.description),
  };
}

export type OrganisationForm = ReturnType<typeof useOrganisationForm>;

export function useOrganisationForm(initialValues: OrganisationFormValues) {
  const { t } = useTranslation();
  const check = validators(t);
  return useForm<OrganisationFormValues>({
    initialValues,
    validate: {
      nameVi: check.name,
      taxCode: (value) => taxCodeError(t, value),
      province: (value, values) => (values.country === 'VN' && !value ? t('organisations.fields.provinceRequired') : null),
      email: (value) => (value.trim() ? check.email(value) : null),
    },
  });
}

type Props = { form: OrganisationForm; onSubmit: (values: OrganisationFormValues) => void; submitting: boolean; submitLabel: string; notice?: ReactNode };

/** The fields of an organisation, for both creating and editing. */
export function OrganisationFormFields({ form, onSubmit, submitting, submitLabel, notice }: Props) {
  const { t } = useTranslation();
  const field = (name: keyof OrganisationFormValues) => form.getInputProps(name);
  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate>
      <Stack>
        {notice}
        <OrganisationKindSelect label={t('organisations.fields.kind')} required {...field('kind')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('organisations.fields.nameVi')} required {...field('nameVi')} />
          <TextInput label={t('organisations.fields.nameEn')} {...field('nameEn')} />
        </SimpleGrid>
        <TextInput
          label={t('organisations.fields.taxCode')}
          description={t('organisations.fields.taxCodeHint')}
          inputMode="numeric"
          placeholder="0101234567"
          {...field('taxCode')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountrySelect label={t('organisations.fields.country')} required allowDeselect={false} {...field('country')} />
          {form.values.country === 'VN' && <ProvinceSelect label={t('organisations.fields.province')} required {...field('province')} />}
        </SimpleGrid>
        <VsicMultiSelect label={t('organisations.fields.vsicSections')} description={t('organisations.fields.vsicHint')} {...field('vsicSections')} />
        <Select
          label={t('organisations.fields.size')}
          clearable
          data={organisationSizes.map((size) => ({ value: size, label: t(`organisations.sizes.${size}`) }))}
          {...field('size')}
        />
        <TextInput label={t('organisations.fields.address')} {...field('address')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('organisations.fields.email')} type="email" {...field('email')} />
          <TextInput label={t('organisations.fields.phone')} type="tel" {...field('phone')} />
          <TextInput label={t('organisations.fields.website')} type="url" placeholder="https://" {...field('website')} />
        </SimpleGrid>
        <LimitedTextarea label={t('organisations.fields.description')} autosize minRows={3} max={TEXT_LONG_MAX} {...field('description')} />
        <Group justify="flex-end">
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
