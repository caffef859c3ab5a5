import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateConnection } from '../../api/connections.js';
import { connectionErrorText } from './connection-error.js';
import { LimitedTextarea, overLimit } from '../limited-textarea.js';

// A short note: why this match is worth a conversation, not a whole proposal.
const noteMaxLength = 500;

/**
 * "Đề nghị kết nối" on one match: asks for a short note first, then turns the match into a
 * connection request whose first message is that note, so the other side knows why it is asked.
 */
export function MatchConnectButton({ demandId, offerId }: { demandId: string; offerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateConnection();
  const [opened, { open, close }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const message = note.trim();
    setMissing(!message);
    if (!message || overLimit(note, noteMaxLength)) return;
    create.mutate({ demandId, offerId, origin: 'match', message }, { onSuccess: (connection) => void navigate(`/connections/${connection.id}`) });
  };
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconPlugConnected size={14} />} onClick={open}>
        {t('connections.match.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('connections.match.title')} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {create.isError && (
              <Alert color="red" role="alert">
                {connectionErrorText(t, create.error)}
              </Alert>
            )}
            <LimitedTextarea
              label={t('connections.match.note')}
              description={t('connections.match.noteHint', { max: noteMaxLength })}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={missing ? t('connections.match.noteRequired') : undefined}
              withAsterisk
              autosize
              minRows={3}
              max={noteMaxLength}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} disabled={overLimit(note, noteMaxLength)}>
                {t('connections.match.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
