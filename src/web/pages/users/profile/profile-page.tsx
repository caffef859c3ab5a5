import { Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../../api/users-profile.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingState } from '../../../components/loading-state.js';
import { PageTitle } from '../../../components/page-title.js';
import { NotificationPreferencesSection } from '../../notifications/notification-preferences.js';
import { ChangePasswordForm } from './change-password-form.js';
import { ProfileForm } from './profile-form.js';
import { TwoFactorSection } from './two-factor-section.js';

export function ProfilePage() {
  const { t } = useTranslation();
  const profile = useProfile();
  return (
    <Container size="sm" px={0}>
      <PageTitle>{t('profile.title')}</PageTitle>
      <Stack gap="xl">
        {profile.isLoading && <LoadingState />}
        {profile.isError && <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />}
        {profile.data && <ProfileForm profile={profile.data} />}
        <ChangePasswordForm />
        <TwoFactorSection />
        <NotificationPreferencesSection />
      </Stack>
    </Container>
  );
}
