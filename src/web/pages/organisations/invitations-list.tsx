import { Badge, Button, Group, List, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/form-errors.js';
import { useCancelInvitation, useInvitations } from '../../api/members.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';

/** Invitations not yet accepted, each with a way to withdraw it. */
export function InvitationsList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(organisationId, true);
  const cancel = useCancelInvitation(organisationId);
  if (invitations.isError) return <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />;
  const open = invitations.data?.filter((invitation) => !invitation.acceptedAt) ?? [];
  if (open.length === 0) return null;
  return (
    <>
      <Title order={3} size="h5" mt="lg" mb="xs">
        {t('members.pendingInvitations')}
      </Title>
      <List listStyleType="none" spacing="xs" aria-label={t('members.pendingInvitations')}>
        {open.map((invitation) => (
          <List.Item key={invitation.id}>
            <Group gap="sm" wrap="wrap">
              <Text>{invitation.email}</Text>
              <Badge variant="light">{t(`members.roles.${invitation.role}`)}</Badge>
              <Text size="sm" c="dimmed">
                {t('members.expires')} <DateTime value={invitation.expiresAt} />
              </Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label={t('members.cancelInvitationFor', { email: invitation.email })}
                onClick={() => cancel.mutate(invitation.id, { onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }) })}
              >
                {t('members.cancelInvitation')}
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
    </>
  );
}
