import { MultiSelect, Switch, Text } from '@mantine/core';
import { MoneyInput } from '../../../../components/money-input.js';
import { useTranslation } from 'react-i18next';
import type { DemandCreate } from '../../../../../shared/catalogue/demand.schemas.js';
import { useReferenceItems } from '../../../../api/reference.js';
import { classificationFields, contactFields, formField, titleFields, type FormSpec } from '../form-fields.js';
import * as Sections from '../form-sections.js';
import { RecordForm, type KindFormProps } from '../record-form.js';
import { confidentialParts, DemandConfidentialSection } from './demand-confidential-section.js';
import { DateField } from '../../../../components/date-field.js';
import { TEXT_LONG_MAX } from '../../../../../shared/limits.js';
import { LimitedTextarea } from '../../../../components/limited-textarea.js';

const fields: FormSpec<DemandCreate> = {
  ...titleFields,
  publicSummary: formField.text,
  confidentialDetails: formField.texts(confidentialParts),
  ...classificationFields,
  minTrl: formField.level,
  budgetMinVnd: formField.amount,
  budgetMaxVnd: formField.amount,
  deadline: formField.text,
  preferredTransferForms: formField.list,
  seekAbroad: formField.flag,
  targetCountries: formField.list,
  ...contactFields,
};

// Target countries only count for a demand that seeks technology abroad.
const finish = (input: Record<string, unknown>) => ({ ...input, targetCountries: input.seekAbroad ? input.targetCountries : [] });

/** Fields of the confidential part, which the API sends only to who may read them (and lets only them change). */
const confidentialFields = ['confidentialDetails', 'contactName', 'contactEmail', 'contactPhone'];
// Someone who edits a demand without reading its confidential part (a platform admin) sends none of it back.
const withoutConfidential = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(finish(input)).filter(([key]) => !confidentialFields.includes(key)));

/** Create or edit a technology demand: a public part, a confidential part, and what is wanted. */
export function DemandForm(props: KindFormProps) {
  const { i18n } = useTranslation();
  const countries = useReferenceItems('country');
  const nested = confidentialParts.map((part) => `confidentialDetails.${part}`);
  const hidden = !!props.record && props.record.confidentialDetails === undefined;
  return (
    <RecordForm segment="demands" fields={fields} finish={hidden ? withoutConfidential : finish} nestedPaths={nested} {...props}>
      {(form, f) => (
        <>
          <Sections.GeneralSection recordId={props.record?.id} listing="demand" titleKey="demandPublic">
            <Sections.TitleFields />
            <LimitedTextarea
              label={f('publicSummary')}
              description={f('publicSummaryHint')}
              autosize
              minRows={3}
              max={TEXT_LONG_MAX}
              {...form.getInputProps('publicSummary')}
            />
          </Sections.GeneralSection>
          {hidden ? (
            <DemandConfidentialSection details={undefined} />
          ) : (
            <Sections.TitledSection titleKey="demandConfidential">
              <Text size="xs" c="dimmed" mt={-8}>
                {f('confidentialDetailsHint')}
              </Text>
              {confidentialParts.map((part) => (
                <LimitedTextarea key={part} label={f(part)} autosize minRows={2} max={TEXT_LONG_MAX} {...form.getInputProps(`confidentialDetails.${part}`)} />
              ))}
            </Sections.TitledSection>
          )}
          <Sections.TitledSection titleKey="needs">
            <Sections.ClassificationFields />
            <Sections.HalfColumns>
              <Sections.TrlSelect field="minTrl" />
              <DateField label={f('deadline')} {...form.getInputProps('deadline')} />
              <MoneyInput label={f('budgetMinVnd')} {...form.getInputProps('budgetMinVnd')} />
              <MoneyInput label={f('budgetMaxVnd')} {...form.getInputProps('budgetMaxVnd')} />
            </Sections.HalfColumns>
            <Sections.DealTypesSelect field="preferredTransferForms" />
            <Switch label={f('seekAbroad')} {...form.getInputProps('seekAbroad', { type: 'checkbox' })} />
            {Boolean(form.values.seekAbroad) && (
              <MultiSelect
                label={f('targetCountries')}
                searchable
                data={(countries.data ?? []).filter((c) => c.code !== 'VN').map((c) => ({ value: c.code, label: i18n.language === 'en' ? c.nameEn : c.name }))}
                {...form.getInputProps('targetCountries')}
              />
            )}
            <Sections.PlaceFields />
          </Sections.TitledSection>
          {!hidden && <Sections.ContactSection />}
        </>
      )}
    </RecordForm>
  );
}
