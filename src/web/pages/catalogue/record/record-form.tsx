import { Button, Group, Stack } from '@mantine/core';
import { createFormContext, type UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordSegment } from '../../../api/catalogue.js';
import { useRecordSave } from '../../../components/catalogue/use-record-save.js';
import { VersionConflictAlert } from '../../../components/catalogue/version-conflict-alert.js';
import { formInput, formValues, type FormSpec, type FormValues } from './form-fields.js';

const [RecordFormProvider, useRecordFormContext, useRecordFormState] = createFormContext<FormValues>();

/** The form of the record being edited, for the sections inside a RecordForm. */
export const useRecordForm = useRecordFormContext;
type RecordFormApi = UseFormReturnType<FormValues>;

/** A stored record as a form starts from. */
export type FormRecord = FormValues & { id: string; version?: number };

/** What a kind's form receives from the new and edit pages. */
export type KindFormProps = {
  record?: FormRecord;
  defaultOrganisation: string | null;
  onCancel: () => void;
  /** A new record entered at this event: it keeps the event as its source. */
  sourceEventId?: string;
};

type Props<TInput> = KindFormProps & {
  segment: RecordSegment;
  fields: FormSpec<TInput>;
  /** Last touches to the body before it is sent. */
  finish?: (input: FormValues) => FormValues;
  /** Server paths of nested inputs ("confidentialDetails.problem") that have their own input. */
  nestedPaths?: string[];
  /** The sections, given the form and the label of a field. */
  children: (form: RecordFormApi, label: (field: string) => string) => ReactNode;
};

/** Create or edit a record of any kind: its sections, a version conflict notice, cancel and save; server field errors appear under their inputs. */
export function RecordForm<TInput>({ segment, record, defaultOrganisation, onCancel, sourceEventId, fields, finish, nestedPaths, children }: Props<TInput>) {
  const { t } = useTranslation();
  const form = useRecordFormState({ initialValues: formValues(fields, record, defaultOrganisation) });
  const { save, saving, conflict, reload } = useRecordSave<FormValues>(segment, record, form, nestedPaths, sourceEventId);
  const submit = (values: FormValues) => {
    const input = formInput(fields, values, !record);
    save(finish ? finish(input) : input);
  };
  return (
    <RecordFormProvider form={form}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {conflict && <VersionConflictAlert changedFields={conflict} onReload={() => void reload()} />}
          {children(form, (field) => t(`catalogue.fields.${field}`))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('catalogue.actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {record ? t('catalogue.actions.save') : t('catalogue.actions.saveDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </RecordFormProvider>
  );
}
