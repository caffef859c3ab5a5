import { Avatar, Menu, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconLogout, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignOut } from '../api/auth.js';
import { errorText } from '../api/form-errors.js';

type Props = { name: string; email: string };

function initials(name: string) {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

export function UserMenu({ name, email }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const onSignOut = () =>
    signOut.mutate(
      {},
      {
        onSuccess: () => void navigate('/'),
        onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
      },
    );
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <UnstyledButton>
          {/* The button is named by its hidden text; the initials only repeat that name. */}
          <VisuallyHidden>{t('nav.userMenu', { name })}</VisuallyHidden>
          <Avatar color="teal" radius="xl" size="md" aria-hidden>
            {initials(name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {name}
          <br />
          {email}
        </Menu.Label>
        <Menu.Item component={Link} to="/me/profile" leftSection={<IconUser size={16} />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/me/organisations" leftSection={<IconBuilding size={16} />}>
          {t('nav.myOrganisations')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={onSignOut}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
