import { TagsInput, TextInput } from '@mantine/core';
import type { ExpertCreate } from '../../../../../shared/catalogue/expert.schemas.js';
import { formField, type FormSpec } from '../form-fields.js';
import { ClassificationFields, ContactSection, GeneralSection, HalfColumns, PlaceFields, TitledSection } from '../form-sections.js';
import { RecordForm, type KindFormProps } from '../record-form.js';
import { TEXT_LONG_MAX } from '../../../../../shared/limits.js';
import { LimitedTextarea } from '../../../../components/limited-textarea.js';

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
  return (
    <RecordForm segment="experts" fields={fields} {...props}>
      {(form, f) => (
        <>
          <GeneralSection recordId={props.record?.id}>
            <TextInput label={f('name')} required {...form.getInputProps('name')} />
            <HalfColumns>
              <TextInput label={f('jobTitle')} {...form.getInputProps('title')} />
              <TextInput label={f('affiliationName')} {...form.getInputProps('affiliationName')} />
            </HalfColumns>
            <LimitedTextarea label={f('bio')} autosize minRows={4} max={TEXT_LONG_MAX} {...form.getInputProps('bio')} />
          </GeneralSection>
          <TitledSection titleKey="classification">
            <ClassificationFields sectors={false} />
            <TagsInput label={f('services')} description={f('keywordsHint')} {...form.getInputProps('services')} />
            <PlaceFields />
          </TitledSection>
          <ContactSection name={null} email="email" phone="phone" />
        </>
      )}
    </RecordForm>
  );
}
