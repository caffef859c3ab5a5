import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StageRequest } from '../../../domain/connections/stages.js';
import { connectionKeys, useChangeStage, type ConnectionDetail } from '../../api/connections.js';
import { connectionErrorText } from './connection-error.js';
import { DateField } from '../date-field.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';
import { NOTE_MAX } from '../../../shared/limits.js';
import { LimitedTextarea, overLimit } from '../limited-textarea.js';

type Props = { connection: ConnectionDetail; stage: StageRequest | null; title: string; onClose: () => void };

/** Confirms one stage change with the day it happened and an optional note. */
export function StageModal({ connection, stage, title, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const change = useChangeStage(connection.id);
  const form = useForm({ initialValues: { occurredOn: vietnamToday(), note: '' } });
  const close = () => {
    change.reset();
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    if (!stage || overLimit(values.note, NOTE_MAX)) return;
    change.mutate(
      { stage, occurredOn: values.occurredOn || undefined, note: values.note.trim() || undefined, version: connection.version },
      {
        onSuccess: close,
        // Someone else may have moved it meanwhile: show the connection as it is now.
        onError: () => void client.invalidateQueries({ queryKey: connectionKeys.detail(connection.id) }),
      },
    );
  });
  return (
    <Modal opened={stage !== null} onClose={close} title={title} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {change.isError && (
            <Alert color="red" role="alert">
              {connectionErrorText(t, change.error)}
            </Alert>
          )}
          <DateField label={t('connections.actions.occurredOn')} max={vietnamToday()} {...form.getInputProps('occurredOn')} />
          <LimitedTextarea label={t('connections.actions.note')} autosize minRows={2} max={NOTE_MAX} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('connections.actions.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
