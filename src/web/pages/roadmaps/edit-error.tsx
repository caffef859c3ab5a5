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

/** The server's message for a field (or anything under it): `layers.2` matches `layers[2].name` and `layers.2.name.vi`. */
export function fieldMessage(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const plain = (p: string) => p.replace(/\[(\d+)\]/g, '.$1');
  return error.fields.find((f) => plain(f.path) === path || plain(f.path).startsWith(`${path}.`))?.message;
}
