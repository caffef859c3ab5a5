import { Anchor, Burger, Button, Group, Text } from '@mantine/core';
import { IconBuildingBridge2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useMe } from '../api/auth.js';
import { LanguageSwitch } from './language-switch.js';

// Menus and popovers (and the positioning library under them) are for signed-in people only: a visitor's first page does without them.
const NotificationBell = lazy(() => import('../pages/notifications/notification-bell.js').then((m) => ({ default: m.NotificationBell })));
const UserMenu = lazy(() => import('./user-menu.js').then((m) => ({ default: m.UserMenu })));

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
        {user ? (
          <Suspense fallback={null}>
            {/* The API answers an admin who must still enrol with TWO_FACTOR_REQUIRED only, so the bell would poll in vain. */}
            {!me.data?.twoFactor.enrolmentRequired && <NotificationBell />}
            <UserMenu name={user.name} email={user.email} />
          </Suspense>
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
