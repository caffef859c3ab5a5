import { Alert, Container, Paper, Stack, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './page-title.js';
import { TwoFactorSetup } from './two-factor-setup.js';

/** The only screen a platform admin sees until two-step verification is on, where REQUIRE_ADMIN_TWO_FACTOR holds. */
export function TwoFactorRequired() {
  const { t } = useTranslation();
  return (
    <Container size="sm" px={0}>
      <PageTitle>{t('twoFactor.requiredTitle')}</PageTitle>
      <Stack>
        <Alert color="blue" icon={<IconShieldLock />}>
          {t('twoFactor.requiredText')}
        </Alert>
        <Paper withBorder p="lg" component="section" aria-labelledby="two-factor-setup">
          <Title order={2} size="h4" id="two-factor-setup" mb="md">
            {t('twoFactor.title')}
          </Title>
          <TwoFactorSetup />
        </Paper>
      </Stack>
    </Container>
  );
}
