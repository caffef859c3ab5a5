import { Anchor, Modal, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../api/mail.js';
import { DateTime } from '../../components/date-time.js';

const urlPattern = /(https?:\/\/[^\s]+)/g;

/** The plain-text body with its links made clickable. */
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(urlPattern).map((part, index) =>
        index % 2 === 1 ? (
          <Anchor key={index} href={part} style={{ overflowWrap: 'anywhere' }}>
            {part}
          </Anchor>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export function OutboxMessageModal({ message, onClose }: { message: OutboxMessage; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={message.subject} size="lg">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('admin.outbox.to')}: {message.to} · <DateTime value={message.createdAt} />
        </Text>
        <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
          <Linkified text={message.text} />
        </Text>
      </Stack>
    </Modal>
  );
}
