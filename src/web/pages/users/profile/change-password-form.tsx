import { Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../../../api/auth.js';
import { ApiError } from '../../../api/client.js';
import { applyFieldErrors, errorText } from '../../../api/form-errors.js';
import { NewPasswordInput } from '../../../components/new-password-input.js';
import { validators } from '../../../lib/validators.js';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const check = validators(t);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: check.required,
      newPassword: check.password,
      confirm: (value, values) => (value !== values.newPassword ? t('validation.passwordsDiffer') : null),
    },
  });
  const onSubmit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'teal', message: t('profile.passwordChanged') });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'INVALID_CREDENTIALS') {
            form.setFieldError('currentPassword', t('profile.wrongCurrentPassword'));
          } else if (!applyFieldErrors(form, error)) {
            notifications.show({ color: 'red', message: errorText(t, error) });
          }
        },
      },
    ),
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="change-password">
      <Title order={2} size="h4" id="change-password" mb="md">
        {t('profile.changePassword')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <PasswordInput label={t('profile.currentPassword')} autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <NewPasswordInput label={t('auth.newPassword')} {...form.getInputProps('newPassword')} />
          <PasswordInput label={t('auth.confirmPassword')} autoComplete="new-password" {...form.getInputProps('confirm')} />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              {t('profile.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
