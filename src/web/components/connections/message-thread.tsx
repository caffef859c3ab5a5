import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePostMessage, type ConnectionDetail } from '../../api/connections.js';
import { DateTime } from '../date-time.js';
import { connectionErrorText } from './connection-error.js';
import { TEXT_LONG_MAX } from '../../../shared/limits.js';
import { LimitedTextarea, overLimit } from '../limited-textarea.js';

/** The conversation between the parties and the broker, oldest first, with a box to write. */
export function MessageThread({ connection }: { connection: ConnectionDetail }) {
  const { t } = useTranslation();
  const post = usePostMessage(connection.id);
  const [body, setBody] = useState('');
  const send = (event: React.FormEvent) => {
    event.preventDefault();
    if (!body.trim() || overLimit(body, TEXT_LONG_MAX)) return;
    post.mutate({ body: body.trim() }, { onSuccess: () => setBody('') });
  };
  return (
    <Stack gap="sm">
      {connection.messages.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('connections.messages.empty')}
        </Text>
      )}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('connections.messages.title')}>
        {connection.messages.map((message) => (
          <Paper key={message.id} component="li" withBorder p="sm" radius="md">
            <Group justify="space-between" gap="xs" mb={4}>
              <Text size="sm" fw={600}>
                {message.authorName ?? t('connections.messages.unknownAuthor')}
              </Text>
              <Text size="xs" c="dimmed">
                <DateTime value={message.createdAt} />
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {message.body}
            </Text>
          </Paper>
        ))}
      </Stack>
      {connection.abilities.canMessage && (
        <form onSubmit={send}>
          <Stack gap="xs">
            {post.isError && (
              <Alert color="red" role="alert">
                {connectionErrorText(t, post.error)}
              </Alert>
            )}
            <LimitedTextarea
              label={t('connections.messages.write')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={2}
              max={TEXT_LONG_MAX}
            />
            <Group justify="flex-end">
              <Button type="submit" leftSection={<IconSend size={16} />} loading={post.isPending} disabled={!body.trim() || overLimit(body, TEXT_LONG_MAX)}>
                {t('connections.messages.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
