import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useInvite } from '../../api/members.js';
import { validators } from '../../lib/validators.js';
import { memberRoles, type MemberRole } from '../../../domain/organisations/organisation-kinds.js';

/** Invites someone by email; they get a link to join (and register first if needed). */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const invite = useInvite(organisationId);
  const form = useForm<{ email: string; role: MemberRole }>({
    initialValues: { email: '', role: 'member' },
    validate: { email: validators(t).email },
  });
  const onSubmit = form.onSubmit((values) =>
    invite.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('members.invited', { email: values.email }) });
        form.reset();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) notifications.show({ color: 'red', message: errorText(t, error) });
      },
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-start" wrap="wrap">
        <TextInput label={t('members.inviteEmail')} type="email" style={{ flex: '1 1 240px' }} {...form.getInputProps('email')} />
        <Select
          label={t('members.role')}
          w={160}
          allowDeselect={false}
          data={memberRoles.map((role) => ({ value: role, label: t(`members.roles.${role}`) }))}
          {...form.getInputProps('role')}
        />
        <Button type="submit" mt={25} loading={invite.isPending}>
          {t('members.sendInvitation')}
        </Button>
      </Group>
    </form>
  );
}
