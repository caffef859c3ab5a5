import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.js';
import { errorText } from '../../api/form-errors.js';
import { useUpdateUser, type AdminUser } from '../../api/users.js';
import { DateTime } from '../../components/date-time.js';

export function UserRow({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const me = useMe();
  // The server refuses too; hiding the buttons just avoids offering what cannot work.
  const isSelf = me.data?.user?.id === user.id;
  // The account's stored platform role, shown and toggled on the admin screen: data about that account, not the viewer's rights.
  // eslint-disable-next-line no-restricted-syntax
  const holdsAdmin = user.role === 'admin';
  const patch = (body: { role?: 'admin' | 'user'; disabled?: boolean }) =>
    update.mutate({ id: user.id, patch: body }, { onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }) });
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500}>{user.name}</Text>
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
      </Table.Td>
      <Table.Td>
        {user.organisations.length === 0
          ? '—'
          : user.organisations.map((org) => (
              <Text key={org.id} size="sm">
                {org.name} · {t(`members.roles.${org.role}`)}
              </Text>
            ))}
      </Table.Td>
      <Table.Td>
        <DateTime value={user.createdAt} dateOnly />
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {holdsAdmin && <Badge color="grape">{t('admin.users.admin')}</Badge>}
          {user.disabled ? (
            <Badge color="red">{t('admin.users.disabled')}</Badge>
          ) : (
            <Badge color="teal" variant="light">
              {t('admin.users.active')}
            </Badge>
          )}
          {!user.emailVerified && (
            <Badge color="yellow" variant="light">
              {t('admin.users.unverified')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        {!isSelf && (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            <Button size="xs" variant="default" loading={update.isPending} onClick={() => patch({ role: holdsAdmin ? 'user' : 'admin' })}>
              {holdsAdmin ? t('admin.users.removeAdmin') : t('admin.users.makeAdmin')}
            </Button>
            <Button size="xs" variant="subtle" color={user.disabled ? 'teal' : 'red'} onClick={() => patch({ disabled: !user.disabled })}>
              {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
