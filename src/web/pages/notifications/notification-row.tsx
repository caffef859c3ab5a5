import { Anchor, Group, Indicator, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationItem } from '../../api/notifications.js';
import { useMarkRead } from '../../api/notifications.js';
import { DateTime } from '../../components/date-time.js';

/** One notification: its sentence (a link when it points somewhere), when, and whether it is read. */
export function NotificationRow({ item, onOpen }: { item: NotificationItem; onOpen?: () => void }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const unread = !item.readAt;
  const open = () => {
    if (unread) markRead.mutate(item.id);
    onOpen?.();
  };
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Indicator disabled={!unread} color="teal" size={9} position="middle-start" offset={-2} mt={6}>
        <span aria-hidden style={{ display: 'block', width: 6 }} />
      </Indicator>
      <Stack gap={2} style={{ flex: 1 }}>
        {item.link ? (
          <Anchor component={Link} to={item.link} onClick={open} size="sm" fw={unread ? 600 : 400} c="inherit">
            {item.text}
          </Anchor>
        ) : (
          <Text size="sm" fw={unread ? 600 : 400}>
            {item.text}
          </Text>
        )}
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            <DateTime value={item.createdAt} />
          </Text>
          {unread && (
            <UnstyledButton onClick={() => markRead.mutate(item.id)} fz="xs" c="teal.8" td="underline">
              {t('notifications.markRead')}
            </UnstyledButton>
          )}
        </Group>
      </Stack>
    </Group>
  );
}
