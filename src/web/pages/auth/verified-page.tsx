import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.js';
import { PageTitle } from '../../components/page-title.js';
import { AuthCard } from './auth-card.js';

/** Where the verification link lands; the server adds `?error=…` when the token was bad or expired. */
export function VerifiedPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const failed = params.has('error');
  return (
    <AuthCard>
      <PageTitle>{failed ? t('auth.verifyFailedTitle') : t('auth.verifiedTitle')}</PageTitle>
      <Paper withBorder p="lg">
        {failed ? (
          <Alert color="red" role="alert">
            {t('auth.verifyFailedText')}
          </Alert>
        ) : (
          <Stack align="flex-start">
            <IconCircleCheck size={40} color="var(--mantine-color-teal-7)" aria-hidden />
            <Text>{t('auth.verifiedText')}</Text>
            {me.data?.user ? (
              <Button component={Link} to="/me/organisations">
                {t('nav.myOrganisations')}
              </Button>
            ) : (
              <Button component={Link} to="/sign-in">
                {t('auth.signIn')}
              </Button>
            )}
          </Stack>
        )}
      </Paper>
    </AuthCard>
  );
}
