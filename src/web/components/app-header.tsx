import { Anchor, Burger, Button, Group, Text } from '@mantine/core';
import { IconBuildingBridge2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../api/auth.js';
import { NotificationBell } from '../pages/notifications/notification-bell.js';
import { LanguageSwitch } from './language-switch.js';
import { UserMenu } from './user-menu.js';

type Props = { navOpened: boolean; onToggleNav: () => void };

export function AppHeader({ navOpened, onToggleNav }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data?.user;
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
        <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={`TechBridge – ${t('nav.home')}`}>
          <Group gap={6} wrap="nowrap">
            <IconBuildingBridge2 size={28} color="var(--mantine-color-teal-7)" aria-hidden />
            <Text fw={700} size="lg">
              TechBridge
            </Text>
          </Group>
        </Anchor>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageSwitch />
        {user && <NotificationBell />}
        {user ? (
          <UserMenu name={user.name} email={user.email} />
        ) : (
          !me.isLoading && (
            <Button component={Link} to="/sign-in" variant="light" size="sm">
              {t('auth.signIn')}
            </Button>
          )
        )}
      </Group>
    </Group>
  );
}
