import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';

/** A refused edit: the general sentence, then each field's message (the server writes them in the reader's language). */
export function EditError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert color="red" role="alert" title={errorText(t, error)}>
      {fields.length > 0 && (
        <List size="sm">
          {fields.map((f) => (
            <List.Item key={`${f.path}:${f.code}`}>{f.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
