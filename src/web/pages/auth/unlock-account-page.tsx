import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUnlockAccount } from '../../api/auth.js';
import { errorText } from '../../api/form-errors.js';
import { PageTitle } from '../../components/page-title.js';
import { AuthCard } from './auth-card.js';

/**
 * Where the link of a "sign-in locked" mail lands. Unlocking takes a click, not just opening the
 * link, because mail scanners open links too and would lift the lock for whoever is guessing.
 */
export function UnlockAccountPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unlock = useUnlockAccount();
  return (
    <AuthCard>
      <PageTitle>{t('auth.unlockTitle')}</PageTitle>
      <Paper withBorder p="lg">
        {unlock.data ? (
          <Stack align="flex-start">
            <Alert color={unlock.data.unlocked ? 'teal' : 'yellow'} role="status">
              {t(unlock.data.unlocked ? 'auth.unlocked' : 'auth.unlockFailed')}
            </Alert>
            <Button component={Link} to="/sign-in">
              {t('auth.signIn')}
            </Button>
          </Stack>
        ) : (
          <Stack align="flex-start">
            <Text>{t('auth.unlockText')}</Text>
            {unlock.isError && (
              <Alert color="red" role="alert">
                {errorText(t, unlock.error)}
              </Alert>
            )}
            <Button onClick={() => unlock.mutate(token)} loading={unlock.isPending} disabled={!token}>
              {t('auth.unlockButton')}
            </Button>
          </Stack>
        )}
      </Paper>
    </AuthCard>
  );
}
