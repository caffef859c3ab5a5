import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/auth.js';
import { useCreateConnection } from '../../api/connections.js';
import { connectionErrorText } from './connection-error.js';
import { NOTE_MAX } from '../../../shared/limits.js';
import { LimitedTextarea, overLimit } from '../limited-textarea.js';

type Props = { offerId: string; ownerOrganisationId: string | null | undefined };

/** "Tôi quan tâm" on an offer's page: the signed-in person's organisation asks its owner to connect. */
export function InterestButton({ offerId, ownerOrganisationId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateConnection();
  const [opened, { open, close }] = useDisclosure(false);
  const organisations = (me.data?.memberships ?? []).filter((m) => m.organisationId !== ownerOrganisationId);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  if (organisations.length === 0) return null;
  const seeker = organisationId ?? organisations[0].organisationId;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (overLimit(message, NOTE_MAX)) return;
    create.mutate(
      { offerId, origin: 'offer-page', seekerOrganisationId: seeker, message: message.trim() || undefined },
      { onSuccess: (connection) => void navigate(`/connections/${connection.id}`) },
    );
  };
  return (
    <>
      <Button leftSection={<IconHeartHandshake size={18} />} onClick={open}>
        {t('connections.interest.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('connections.interest.title')} centered>
        <form onSubmit={submit}>
          <Stack gap="sm">
            {create.isError && (
              <Alert color="red" role="alert">
                {connectionErrorText(t, create.error)}
              </Alert>
            )}
            {organisations.length > 1 && (
              <Select
                label={t('connections.interest.organisation')}
                data={organisations.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
                value={seeker}
                onChange={setOrganisationId}
                allowDeselect={false}
              />
            )}
            <LimitedTextarea
              label={t('connections.interest.message')}
              description={t('connections.interest.messageHint')}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              autosize
              minRows={3}
              max={NOTE_MAX}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} disabled={overLimit(message, NOTE_MAX)}>
                {t('connections.interest.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
