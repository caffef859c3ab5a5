import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLatestNotifications, useMarkAllRead } from '../../api/notifications.js';
import { NotificationRow } from './notification-row.js';

/** The header bell: unread count (polled), the latest notifications, and a link to all of them. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const latest = useLatestNotifications(true);
  const markAll = useMarkAllRead();
  const unread = latest.data?.unread ?? 0;
  const items = latest.data?.items ?? [];
  return (
    // The indicator stays outside the popover's target: the target receives aria-expanded, which only the button may carry.
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
      {/* Focus moves into the list when it opens (it is drawn at the end of the page) and back to the bell when it closes. */}
      <Popover opened={opened} onChange={(o) => !o && close()} position="bottom-end" width={340} shadow="md" withinPortal trapFocus returnFocus>
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={toggle} aria-label={t('notifications.bell', { count: unread })}>
            <IconBell size={22} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="sm">
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{t('notifications.title')}</Text>
            {unread > 0 && (
              <Button size="compact-xs" variant="subtle" loading={markAll.isPending} onClick={() => markAll.mutate(undefined)}>
                {t('notifications.readAll')}
              </Button>
            )}
          </Group>
          <ScrollArea.Autosize mah={360}>
            <Stack gap="sm">
              {items.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('notifications.empty')}
                </Text>
              )}
              {items.map((item) => (
                <NotificationRow key={item.id} item={item} onOpen={close} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
          <Divider my="xs" />
          <Anchor component={Link} to="/notifications" size="sm" onClick={close}>
            {t('notifications.seeAll')}
          </Anchor>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
