import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useResetPassword } from '../../api/auth.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { NewPasswordInput } from '../../components/new-password-input.js';
import { PageTitle } from '../../components/page-title.js';
import { validators } from '../../lib/validators.js';
import { AuthCard } from './auth-card.js';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useResetPassword();
  const form = useForm({
    initialValues: { newPassword: '', confirm: '' },
    validate: {
      newPassword: validators(t).password,
      confirm: (value, values) => (value !== values.newPassword ? t('validation.passwordsDiffer') : null),
    },
  });
  const onSubmit = form.onSubmit(({ newPassword }) => reset.mutate({ token, newPassword }, { onError: (error) => applyFieldErrors(form, error) }));
  return (
    <AuthCard>
      <PageTitle>{t('auth.resetTitle')}</PageTitle>
      <Paper withBorder p="lg">
        {!token || params.has('error') ? (
          <Alert color="red" role="alert">
            {t('auth.resetLinkInvalid')}
          </Alert>
        ) : reset.isSuccess ? (
          <Stack align="flex-start">
            <Alert color="teal" role="status">
              {t('auth.resetDone')}
            </Alert>
            <Button component={Link} to="/sign-in">
              {t('auth.signIn')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              {reset.isError && !form.errors.newPassword && (
                <Alert color="red" role="alert">
                  {errorText(t, reset.error)}
                </Alert>
              )}
              <NewPasswordInput label={t('auth.newPassword')} required {...form.getInputProps('newPassword')} />
              <PasswordInput label={t('auth.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
              <Button type="submit" loading={reset.isPending}>
                {t('auth.setNewPassword')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </AuthCard>
  );
}
