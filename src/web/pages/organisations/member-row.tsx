import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useRemoveMember, useUpdateMember, type Member } from '../../api/members.js';
import { errorText } from '../../api/form-errors.js';
import { DateTime } from '../../components/date-time.js';
import { memberRoles, type MemberRole } from '../../../domain/organisations/organisation-kinds.js';

type Props = { organisationId: string; member: Member; canManage: boolean };

export function MemberRow({ organisationId, member, canManage }: Props) {
  const { t } = useTranslation();
  const update = useUpdateMember(organisationId);
  const remove = useRemoveMember(organisationId);
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(t, error) });
  const patch = (body: Parameters<typeof update.mutate>[0]['patch']) => update.mutate({ userId: member.userId, patch: body }, { onError });
  const roleOptions = memberRoles.map((role) => ({ value: role, label: t(`members.roles.${role}`) }));
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500}>{member.name}</Text>
        <Text size="sm" c="dimmed">
          {member.email}
        </Text>
        {member.message && (
          <Text size="sm" fs="italic">
            “{member.message}”
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {canManage && member.status === 'active' ? (
          <Select
            size="xs"
            w={150}
            aria-label={t('members.roleOf', { name: member.name })}
            data={roleOptions}
            value={member.role}
            allowDeselect={false}
            onChange={(role) => role && role !== member.role && patch({ role: role as MemberRole })}
          />
        ) : (
          <Badge variant="light">{t(`members.roles.${member.role}`)}</Badge>
        )}
      </Table.Td>
      <Table.Td>
        <DateTime value={member.createdAt} dateOnly />
      </Table.Td>
      <Table.Td>
        {canManage && (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            {member.status === 'pending' ? (
              <>
                <Button
                  size="xs"
                  loading={update.isPending}
                  onClick={() => patch({ status: 'active' })}
                  aria-label={t('members.approveName', { name: member.name })}
                >
                  {t('members.approve')}
                </Button>
                <Button size="xs" variant="default" onClick={() => patch({ status: 'rejected' })} aria-label={t('members.rejectName', { name: member.name })}>
                  {t('members.reject')}
                </Button>
              </>
            ) : (
              <Button
                size="xs"
                color="red"
                variant="subtle"
                loading={remove.isPending}
                aria-label={t('members.removeName', { name: member.name })}
                onClick={() => window.confirm(t('members.confirmRemove', { name: member.name })) && remove.mutate(member.userId, { onError })}
              >
                {t('members.remove')}
              </Button>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
