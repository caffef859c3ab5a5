import { Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { MoneyInput } from '../../../components/money-input.js';
import { useTranslation } from 'react-i18next';
import { ipStatuses, ownerTypes } from '../../../../shared/catalogue/catalogue.schemas.js';
import type { OfferCreate } from '../../../../shared/catalogue/offer.schemas.js';
import { FormSection } from '../../../components/catalogue/form-section.js';
import { classificationFields, contactFields, formField, titleFields, type FormSpec } from '../record/form-fields.js';
import {
  ClassificationFields,
  ContactSection,
  HalfColumns,
  DealTypesSelect,
  IdentityFields,
  PlaceFields,
  TitleFields,
  TrlSelect,
} from '../record/form-sections.js';
import { DuplicateWarning } from '../../duplicates/duplicate-warning.js';
import { ListingQualityPanel } from '../../listing-quality/listing-quality-panel.js';
import { RecordForm, type KindFormProps } from '../record/record-form.js';

const fields: FormSpec<OfferCreate> = {
  ...titleFields,
  summary: formField.text,
  description: formField.text,
  ...classificationFields,
  trl: formField.level,
  ipStatus: formField.choice,
  ipNumbers: formField.list,
  transferForms: formField.list,
  priceVnd: formField.amount,
  ownerType: formField.choice,
  ownerName: formField.text,
  ...contactFields,
};

/** Create or edit a technology offer. */
export function OfferForm(props: KindFormProps) {
  const { t } = useTranslation();
  return (
    <RecordForm segment="offers" fields={fields} {...props}>
      {(form, f) => (
        <>
          <FormSection title={t('catalogue.form.sections.general')}>
            <IdentityFields creating={!props.record} />
            <TitleFields />
            <Textarea label={f('summary')} autosize minRows={3} {...form.getInputProps('summary')} />
            <Textarea label={f('description')} autosize minRows={5} {...form.getInputProps('description')} />
          </FormSection>
          <DuplicateWarning kind="offer" recordId={props.record?.id} />
          <ListingQualityPanel kind="offer" />
          <FormSection title={t('catalogue.form.sections.classification')}>
            <ClassificationFields />
            <HalfColumns>
              <TrlSelect field="trl" />
              <Select
                label={f('ipStatus')}
                clearable
                data={ipStatuses.map((s) => ({ value: s, label: t(`catalogue.ipStatuses.${s}`) }))}
                {...form.getInputProps('ipStatus')}
              />
            </HalfColumns>
            <TagsInput label={f('ipNumbers')} {...form.getInputProps('ipNumbers')} />
          </FormSection>
          <FormSection title={t('catalogue.form.sections.transfer')}>
            <DealTypesSelect field="transferForms" />
            <MoneyInput label={f('priceVnd')} description={f('priceHint')} {...form.getInputProps('priceVnd')} />
            <HalfColumns>
              <Select
                label={f('ownerType')}
                clearable
                data={ownerTypes.map((o) => ({ value: o, label: t(`catalogue.ownerTypes.${o}`) }))}
                {...form.getInputProps('ownerType')}
              />
              <TextInput label={f('owner')} {...form.getInputProps('ownerName')} />
            </HalfColumns>
            <PlaceFields />
          </FormSection>
          <ContactSection name="contactName" email="contactEmail" phone="contactPhone" />
        </>
      )}
    </RecordForm>
  );
}
