import { Select, TagsInput, TextInput } from '@mantine/core';
import { MoneyInput } from '../../../../components/money-input.js';
import { useTranslation } from 'react-i18next';
import { ipStatuses, ownerTypes } from '../../../../../shared/catalogue/catalogue.schemas.js';
import type { OfferCreate } from '../../../../../shared/catalogue/offer.schemas.js';
import { classificationFields, contactFields, formField, titleFields, type FormSpec } from '../form-fields.js';
import * as Sections from '../form-sections.js';
import { RecordForm, type KindFormProps } from '../record-form.js';
import { TEXT_LONG_MAX } from '../../../../../shared/limits.js';
import { LimitedTextarea } from '../../../../components/limited-textarea.js';

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
          <Sections.GeneralSection recordId={props.record?.id} listing="offer">
            <Sections.TitleFields />
            <LimitedTextarea label={f('summary')} autosize minRows={3} max={TEXT_LONG_MAX} {...form.getInputProps('summary')} />
            <LimitedTextarea label={f('description')} autosize minRows={5} max={TEXT_LONG_MAX * 4} {...form.getInputProps('description')} />
          </Sections.GeneralSection>
          <Sections.TitledSection titleKey="classification">
            <Sections.ClassificationFields />
            <Sections.HalfColumns>
              <Sections.TrlSelect field="trl" />
              <Select
                label={f('ipStatus')}
                clearable
                data={ipStatuses.map((s) => ({ value: s, label: t(`catalogue.ipStatuses.${s}`) }))}
                {...form.getInputProps('ipStatus')}
              />
            </Sections.HalfColumns>
            <TagsInput label={f('ipNumbers')} {...form.getInputProps('ipNumbers')} />
          </Sections.TitledSection>
          <Sections.TitledSection titleKey="transfer">
            <Sections.DealTypesSelect field="transferForms" />
            <MoneyInput label={f('priceVnd')} description={f('priceHint')} {...form.getInputProps('priceVnd')} />
            <Sections.HalfColumns>
              <Select
                label={f('ownerType')}
                clearable
                data={ownerTypes.map((o) => ({ value: o, label: t(`catalogue.ownerTypes.${o}`) }))}
                {...form.getInputProps('ownerType')}
              />
              <TextInput label={f('owner')} {...form.getInputProps('ownerName')} />
            </Sections.HalfColumns>
            <Sections.PlaceFields />
          </Sections.TitledSection>
          <Sections.ContactSection />
        </>
      )}
    </RecordForm>
  );
}
