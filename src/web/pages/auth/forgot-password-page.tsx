import { Alert, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useRequestPasswordReset } from '../../api/auth.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { PageTitle } from '../../components/page-title.js';
import { validators } from '../../lib/validators.js';
import { AuthCard } from './auth-card.js';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({ initialValues: { email: '' }, validate: { email: validators(t).email } });
  const onSubmit = form.onSubmit(({ email }) => request.mutate(email, { onError: (error) => applyFieldErrors(form, error) }));
  return (
    <AuthCard>
      <PageTitle>{t('auth.forgotTitle')}</PageTitle>
      <Paper withBorder p="lg">
        {request.isSuccess ? (
          // Same answer whether or not the address has an account, so nobody can probe for accounts.
          <Text role="status">{t('auth.forgotSent', { email: form.values.email })}</Text>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <Text size="sm">{t('auth.forgotText')}</Text>
              {request.isError && !form.errors.email && (
                <Alert color="red" role="alert">
                  {errorText(t, request.error)}
                </Alert>
              )}
              <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
              <Button type="submit" loading={request.isPending}>
                {t('auth.sendResetLink')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </AuthCard>
  );
}
