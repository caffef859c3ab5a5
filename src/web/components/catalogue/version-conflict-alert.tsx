import { Alert, Button, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';

/** The fields someone else changed, from a 409 VERSION_CONFLICT answer, or null for any other error. */
export function changedFieldsOf(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.code !== 'VERSION_CONFLICT') return null;
  const changed = error.details.changedFields;
  return Array.isArray(changed) ? changed.filter((f): f is string => typeof f === 'string') : [];
}

/** "Bản ghi vừa được người khác sửa" with what changed and a way to load the latest version. */
export function VersionConflictAlert({ changedFields, onReload }: { changedFields: string[]; onReload: () => void }) {
  const { t } = useTranslation();
  const names = changedFields.map((field) => t(`catalogue.fields.${field}`, { defaultValue: field })).join(', ');
  return (
    <Alert color="orange" icon={<IconGitMerge />} title={t('catalogue.conflict.title')} role="alert">
      {names && <Text size="sm">{t('catalogue.conflict.changed', { fields: names })}</Text>}
      <Text size="sm" mt={4}>
        {t('catalogue.conflict.hint')}
      </Text>
      <Button size="xs" mt="sm" variant="white" color="orange" onClick={onReload}>
        {t('catalogue.conflict.reload')}
      </Button>
    </Alert>
  );
}
