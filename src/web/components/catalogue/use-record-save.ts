import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { catalogueKeys, useCreateRecord, useUpdateRecord, type RecordSegment } from '../../api/catalogue.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { changedFieldsOf } from './version-conflict-alert.js';

type FormWithErrors = { setErrors: (errors: Record<string, string>) => void };
type Saved = { id: string };

/**
 * Creates or updates a record from a form: field errors go under their inputs, a stale version
 * shows what someone else changed, and success opens the record's page.
 */
export function useRecordSave<TInput>(
  segment: RecordSegment,
  existing: { id: string; version?: number } | undefined,
  form: FormWithErrors,
  /** Server paths of nested inputs ("confidentialDetails.problem") that have their own input. */
  nestedPaths: string[] = [],
  /** A new record entered at this event (kept as its source). */
  sourceEventId?: string,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const create = useCreateRecord<TInput, Saved>(segment, sourceEventId);
  const update = useUpdateRecord<TInput, Saved>(segment, existing?.id ?? '');
  const [conflict, setConflict] = useState<string[] | null>(null);

  const callbacks = {
    onSuccess: (record: Saved) => {
      notifications.show({ color: 'teal', message: t('catalogue.actions.done.saved') });
      void navigate(`/${segment}/${record.id}`);
    },
    onError: (error: unknown) => {
      const changed = changedFieldsOf(error);
      if (changed) return setConflict(changed);
      if (!applyFieldErrors(form, error, Object.fromEntries(nestedPaths.map((path) => [path, path]))))
        notifications.show({ color: 'red', message: errorText(t, error) });
    },
  };

  const save = (input: TInput) => {
    setConflict(null);
    if (existing) update.mutate({ ...input, version: existing.version ?? 1 }, callbacks);
    else create.mutate(input, callbacks);
  };

  /** Loads the latest version; the edit page then shows the form again with its values. */
  const reload = async () => {
    if (!existing) return;
    await client.refetchQueries({ queryKey: catalogueKeys.one(segment, existing.id) });
    setConflict(null);
  };

  return { save, saving: create.isPending || update.isPending, conflict, reload };
}
