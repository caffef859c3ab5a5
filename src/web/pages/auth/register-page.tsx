import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignUp } from '../../api/auth.js';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { PageTitle } from '../../components/page-title.js';
import { NewPasswordInput } from '../../components/new-password-input.js';
import { validators } from '../../lib/validators.js';
import { AuthCard } from './auth-card.js';

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const check = validators(t);
  const form = useForm({
    initialValues: { name: '', email: '', password: '', confirm: '' },
    validate: {
      name: check.name,
      email: check.email,
      password: check.password,
      confirm: (value, values) => (value !== values.password ? t('validation.passwordsDiffer') : null),
    },
  });
  const onSubmit = form.onSubmit(({ name, email, password }) =>
    signUp.mutate(
      { name, email, password, locale: i18n.language === 'en' ? 'en' : 'vi' },
      {
        onSuccess: () => void navigate(`/check-email?email=${encodeURIComponent(email.trim())}`),
        onError: (error) => applyFieldErrors(form, error),
      },
    ),
  );
  const generalError = signUp.isError && !form.errors.email && !form.errors.password && !form.errors.name;
  return (
    <AuthCard>
      <PageTitle>{t('auth.registerTitle')}</PageTitle>
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {generalError && (
              <Alert color="red" role="alert">
                {errorText(t, signUp.error)}
              </Alert>
            )}
            <TextInput label={t('auth.fullName')} autoComplete="name" required {...form.getInputProps('name')} />
            <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <NewPasswordInput label={t('auth.password')} required {...form.getInputProps('password')} />
            <PasswordInput label={t('auth.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
            <Button type="submit" loading={signUp.isPending}>
              {t('auth.createAccount')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text ta="center" mt="md" size="sm">
        {t('auth.haveAccount')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('auth.signIn')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
