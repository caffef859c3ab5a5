import { Anchor, Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { MeResponse } from '../../../shared/auth/auth.schemas.js';
import { meKey, useSignIn } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { applyFieldErrors } from '../../api/form-errors.js';
import { PageTitle } from '../../components/page-title.js';
import { validators } from '../../lib/validators.js';
import { AuthCard } from './auth-card.js';
import { SignInProblem } from './sign-in-problem.js';
import { TwoFactorCodeForm } from './two-factor-code-form.js';

/**
 * Only paths inside this site, so a crafted link cannot send people elsewhere after sign-in. Without
 * one, every role lands on the home page, which lists what needs it now; a person who belongs to no
 * organisation yet (and holds no platform role) has one thing to do: create or join one.
 */
function landing(next: string | null, me: MeResponse | undefined): string {
  if (next && next.startsWith('/') && !next.startsWith('//')) return next;
  return me?.abilities.joinOrganisation ? '/me/organisations' : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const check = validators(t);
  const form = useForm({
    initialValues: { email: params.get('email') ?? '', password: '' },
    validate: { email: check.email, password: check.required },
  });
  const [needsCode, setNeedsCode] = useState(false);
  const queryClient = useQueryClient();
  const done = () => void navigate(landing(params.get('next'), queryClient.getQueryData<MeResponse>(meKey)));
  const onSubmit = form.onSubmit((values) =>
    signIn.mutate(values, {
      onSuccess: (answer) => (answer.twoFactorRequired ? setNeedsCode(true) : done()),
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const problem = signIn.error instanceof ApiError && signIn.error.fields.length === 0 ? signIn.error : null;
  return (
    <AuthCard>
      <PageTitle>{t('auth.signInTitle')}</PageTitle>
      {needsCode ? (
        <TwoFactorCodeForm
          onSignedIn={done}
          onRestart={() => {
            setNeedsCode(false);
            form.setFieldValue('password', '');
          }}
        />
      ) : (
        <Paper withBorder p="lg">
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              {problem && <SignInProblem error={problem} email={form.values.email} />}
              <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
              <PasswordInput label={t('auth.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
              <Group justify="space-between">
                <Anchor component={Link} to="/forgot-password" size="sm">
                  {t('auth.forgotPassword')}
                </Anchor>
                <Button type="submit" loading={signIn.isPending}>
                  {t('auth.signIn')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      <Text ta="center" mt="md" size="sm">
        {t('auth.noAccount')}{' '}
        <Anchor component={Link} to="/register">
          {t('auth.register')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
