import { Alert, Button, Text } from '@mantine/core';
import { IconAlertCircle, IconLock, IconMailCheck } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useResendVerification } from '../../api/auth.js';
import type { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';
import { formatDateTime } from '../../lib/format-date.js';

/** Why sign-in failed; for an unverified email, a way to get a new verification message; for a limit, until when. */
export function SignInProblem({ error, email }: { error: ApiError; email: string }) {
  const { t, i18n } = useTranslation();
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
  return (
    <Alert color="red" icon={error.code === 'ACCOUNT_LOCKED' ? <IconLock /> : <IconAlertCircle />} role="alert">
      {limitText(t, i18n.language, error) ?? errorText(t, error)}
    </Alert>
  );
}

/** What a sign-in limit means for the person: until when the account is locked, or how long to wait. */
function limitText(t: TFunction, language: string, error: ApiError): string | null {
  const lockedUntil = error.details.lockedUntil;
  if (error.code === 'ACCOUNT_LOCKED' && typeof lockedUntil === 'string') return t('auth.accountLocked', { time: formatDateTime(lockedUntil, language) });
  const seconds = Number(error.details.retryAfterSeconds ?? 0);
  if (error.code !== 'RATE_LIMITED' || seconds <= 0) return null;
  return seconds < 120 ? t('auth.rateLimitedSeconds', { seconds }) : t('auth.rateLimited', { minutes: Math.ceil(seconds / 60) });
}
