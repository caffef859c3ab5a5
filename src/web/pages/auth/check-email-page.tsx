import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useResendVerification } from '../../api/auth.js';
import { errorText } from '../../api/form-errors.js';
import { PageTitle } from '../../components/page-title.js';
import { AuthCard } from './auth-card.js';

export function CheckEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const email = params.get('email') ?? '';
  const resend = useResendVerification();
  return (
    <AuthCard>
      <PageTitle>{t('auth.checkEmailTitle')}</PageTitle>
      <Paper withBorder p="lg">
        <Stack align="flex-start">
          <IconMailForward size={40} color="var(--mantine-color-teal-7)" aria-hidden />
          <Text>{email ? t('auth.checkEmailText', { email }) : t('auth.checkEmailTextNoAddress')}</Text>
          <Text size="sm" c="dimmed">
            {t('auth.checkEmailHint')}
          </Text>
          {email && (
            <Button variant="default" loading={resend.isPending} disabled={resend.isSuccess} onClick={() => resend.mutate(email)}>
              {t('auth.resendVerification')}
            </Button>
          )}
          {resend.isSuccess && <Text role="status">{t('auth.verificationResent', { email })}</Text>}
          {resend.isError && (
            <Text c="red" role="alert">
              {errorText(t, resend.error)}
            </Text>
          )}
        </Stack>
      </Paper>
    </AuthCard>
  );
}
