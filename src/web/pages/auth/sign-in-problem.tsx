import { Alert, Button, Text } from '@mantine/core';
import { IconAlertCircle, IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useResendVerification } from '../../api/auth.js';
import type { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';

/** Why sign-in failed; for an unverified email, a way to get a new verification message. */
export function SignInProblem({ error, email }: { error: ApiError; email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  if (error.code === 'EMAIL_NOT_VERIFIED') {
    return (
      <Alert color="yellow" icon={<IconMailCheck />} title={t('auth.notVerifiedTitle')} role="alert">
        <Text size="sm" mb="sm">
          {t('auth.notVerifiedText')}
        </Text>
        {resend.isSuccess ? (
          <Text size="sm" fw={600} role="status">
            {t('auth.verificationResent', { email })}
          </Text>
        ) : (
          <Button size="xs" variant="white" loading={resend.isPending} onClick={() => resend.mutate(email)}>
            {t('auth.resendVerification')}
          </Button>
        )}
      </Alert>
    );
  }
  const seconds = Number(error.details.retryAfterSeconds ?? 0);
  return (
    <Alert color="red" icon={<IconAlertCircle />} role="alert">
      {error.code === 'RATE_LIMITED' && seconds > 0 ? t('auth.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) }) : errorText(t, error)}
    </Alert>
  );
}
