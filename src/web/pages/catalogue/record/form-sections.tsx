import { Grid, MultiSelect, SegmentedControl, Select, TagsInput, Text, TextInput } from '@mantine/core';
import { Children, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dealTypes } from '../../../../shared/catalogue/catalogue.schemas.js';
import { CountrySelect } from '../../../components/country-select.js';
import { FormSection } from '../../../components/catalogue/form-section.js';
import { OwnerOrganisationSelect } from '../../../components/catalogue/owner-organisation-select.js';
import { StFieldMultiSelect } from '../../../components/catalogue/st-field-multi-select.js';
import { ProvinceSelect } from '../../../components/province-select.js';
import { VsicMultiSelect } from '../../../components/vsic-multi-select.js';
import { DuplicateWarning } from '../../duplicates/duplicate-warning.js';
import { ListingQualityPanel } from '../../listing-quality/listing-quality-panel.js';
import { useRecordForm } from './record-form.js';
import { DateField } from '../../../components/date-field.js';

/** The label of a record field. */
function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => t(`catalogue.fields.${field}`);
}

/** Whom a new record belongs to (connection-point and agency staff may enter it for another organisation), and its language. */
function IdentityFields({ creating }: { creating: boolean }) {
  const { t } = useTranslation();
  const form = useRecordForm();
  return (
    <>
      {creating && (
        <OwnerOrganisationSelect
          label={t('catalogue.form.onBehalfOf')}
          description={t('catalogue.form.onBehalfHint')}
          {...form.getInputProps('ownerOrganisationId')}
        />
      )}
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('catalogue.fields.language')}
        </Text>
        <SegmentedControl
          data={[
            { value: 'vi', label: t('catalogue.languages.vi') },
            { value: 'en', label: t('catalogue.languages.en') },
          ]}
          {...form.getInputProps('language')}
        />
      </div>
    </>
  );
}

/** A section of a record's form, titled by its key (`catalogue.form.sections.<key>`). */
export function TitledSection({ titleKey, children }: { titleKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  return <FormSection title={t(`catalogue.form.sections.${titleKey}`)}>{children}</FormSection>;
}

/**
 * A form's first section: whom a new record (no `recordId` yet) belongs to and its language, then the kind's own
 * fields; under an offer's or a demand's (`listing`), the listings like it already in the catalogue and how well it is written.
 */
export function GeneralSection({ recordId, listing, titleKey = 'general', children }: GeneralSectionProps) {
  return (
    <>
      <TitledSection titleKey={titleKey}>
        <IdentityFields creating={recordId === undefined} />
        {children}
      </TitledSection>
      {listing && <DuplicateWarning kind={listing} recordId={recordId} />}
      {listing && <ListingQualityPanel kind={listing} />}
    </>
  );
}
type GeneralSectionProps = { recordId: string | undefined; listing?: 'offer' | 'demand'; titleKey?: string; children: ReactNode };

/** A record's title in its language and translated. */
export function TitleFields() {
  const form = useRecordForm();
  const f = useFieldLabel();
  return (
    <>
      <TextInput label={f('title')} required {...form.getInputProps('title')} />
      <TextInput label={f('translatedTitle')} {...form.getInputProps('translatedTitle')} />
    </>
  );
}

/** S&T fields, VSIC sections (not for experts) and keywords: what search facets and matching read. */
export function ClassificationFields({ sectors = true }: { sectors?: boolean }) {
  const form = useRecordForm();
  const f = useFieldLabel();
  return (
    <>
      <StFieldMultiSelect label={f('fieldCodes')} {...form.getInputProps('fieldCodes')} />
      {sectors && <VsicMultiSelect label={f('sectorCodes')} {...form.getInputProps('vsicSections')} />}
      <TagsInput label={f('keywords')} description={f('keywordsHint')} {...form.getInputProps('keywords')} />
    </>
  );
}

/** A TRL (1–9) picked from a list, for an offer's level or a demand's minimum. */
export function TrlSelect({ field }: { field: string }) {
  const { t } = useTranslation();
  const form = useRecordForm();
  const levels = Array.from({ length: 9 }, (_, i) => ({ value: String(i + 1), label: t('catalogue.detail.trlLevel', { level: i + 1 }) }));
  return <Select label={t(`catalogue.fields.${field}`)} data={levels} clearable {...form.getInputProps(field)} />;
}

/** Commercial deal types (licence, assignment…), offered or preferred. */
export function DealTypesSelect({ field }: { field: string }) {
  const { t } = useTranslation();
  const form = useRecordForm();
  const options = dealTypes.map((d) => ({ value: d, label: t(`catalogue.transferForms.${d}`) }));
  return <MultiSelect label={t(`catalogue.fields.${field}`)} data={options} {...form.getInputProps(field)} />;
}

/** Inputs side by side on a wide screen, one under the other on a phone. */
export function HalfColumns({ children }: { children: ReactNode }) {
  return (
    <Grid>
      {Children.map(children, (child) => (
        <Grid.Col span={{ base: 12, sm: 6 }}>{child}</Grid.Col>
      ))}
    </Grid>
  );
}

/** Country and province (the connection point that covers it moderates the record), and until when the record is valid. */
export function PlaceFields() {
  const form = useRecordForm();
  const f = useFieldLabel();
  return (
    <HalfColumns>
      <CountrySelect label={f('country')} {...form.getInputProps('country')} />
      <ProvinceSelect label={f('province')} {...form.getInputProps('province')} />
      <DateField label={f('validUntil')} {...form.getInputProps('validUntil')} />
    </HalfColumns>
  );
}

/** Whom to contact: offers' and demands' `contactName`, `contactEmail`, `contactPhone` unless named otherwise (experts: no name, `email`, `phone`). */
export function ContactSection({
  name = 'contactName',
  email = 'contactEmail',
  phone = 'contactPhone',
}: {
  name?: string | null;
  email?: string;
  phone?: string;
}) {
  const { t } = useTranslation();
  const form = useRecordForm();
  const f = useFieldLabel();
  return (
    <FormSection title={t('catalogue.form.sections.contact')}>
      {name && <TextInput label={f(name)} {...form.getInputProps(name)} />}
      <TextInput label={f(email)} type="email" {...form.getInputProps(email)} />
      <TextInput label={f(phone)} type="tel" {...form.getInputProps(phone)} />
    </FormSection>
  );
}
