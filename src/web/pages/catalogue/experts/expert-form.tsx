import { TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExpertCreate } from '../../../../shared/catalogue/expert.schemas.js';
import { FormSection } from '../../../components/catalogue/form-section.js';
import { formField, type FormSpec } from '../record/form-fields.js';
import { ClassificationFields, ContactSection, HalfColumns, IdentityFields, PlaceFields } from '../record/form-sections.js';
import { RecordForm, type KindFormProps } from '../record/record-form.js';

const fields: FormSpec<ExpertCreate> = {
  name: formField.title,
  title: formField.text,
  affiliationName: formField.text,
  fieldCodes: formField.list,
  keywords: formField.list,
  services: formField.list,
  bio: formField.text,
  email: formField.text,
  phone: formField.text,
};

/** Create or edit an expert's profile. */
export function ExpertForm(props: KindFormProps) {
  const { t } = useTranslation();
  return (
    <RecordForm segment="experts" fields={fields} {...props}>
      {(form, f) => (
        <>
          <FormSection title={t('catalogue.form.sections.general')}>
            <IdentityFields creating={!props.record} />
            <TextInput label={f('name')} required {...form.getInputProps('name')} />
            <HalfColumns>
              <TextInput label={f('jobTitle')} {...form.getInputProps('title')} />
              <TextInput label={f('affiliationName')} {...form.getInputProps('affiliationName')} />
            </HalfColumns>
            <Textarea label={f('bio')} autosize minRows={4} {...form.getInputProps('bio')} />
          </FormSection>
          <FormSection title={t('catalogue.form.sections.classification')}>
            <ClassificationFields sectors={false} />
            <TagsInput label={f('services')} description={f('keywordsHint')} {...form.getInputProps('services')} />
            <PlaceFields />
          </FormSection>
          <ContactSection email="email" phone="phone" />
        </>
      )}
    </RecordForm>
  );
}
