import { Alert, Button, Code, Group, List, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwoFactorSetup as Setup } from '../../shared/auth/two-factor.schemas.js';
import { useConfirmTwoFactor, useEnableTwoFactor, useReloadMe } from '../api/auth.js';
import { ApiError } from '../api/client.js';
import { errorText } from '../api/form-errors.js';
import { validators } from '../lib/validators.js';

/**
 * Turning on two-step verification: the password, then the QR code (or key) for an authenticator app
 * and a first code from it, then the backup codes, shown this once.
 */
export function TwoFactorSetup({ onDone }: { onDone?: () => void }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  if (setup && confirmed) return <BackupCodes codes={setup.backupCodes} onDone={onDone} />;
  if (setup) return <ScanStep setup={setup} onConfirmed={() => setConfirmed(true)} />;
  return <PasswordStep onSetup={setSetup} />;
}

function PasswordStep({ onSetup }: { onSetup: (setup: Setup) => void }) {
  const { t } = useTranslation();
  const enable = useEnableTwoFactor();
  const form = useForm({ initialValues: { password: '' }, validate: { password: validators(t).required } });
  const onSubmit = form.onSubmit(({ password }) =>
    enable.mutate(password, {
      onSuccess: onSetup,
      onError: (error) => form.setFieldError('password', wrongPassword(error) ? t('profile.wrongCurrentPassword') : errorText(t, error)),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('twoFactor.passwordPrompt')}</Text>
        <PasswordInput label={t('auth.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
        <Group justify="flex-end">
          <Button type="submit" loading={enable.isPending}>
            {t('twoFactor.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ScanStep({ setup, onConfirmed }: { setup: Setup; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmTwoFactor();
  const form = useForm({ initialValues: { code: '' }, validate: { code: (value) => (/^\d{6}$/.test(value.trim()) ? null : t('twoFactor.codeFormat')) } });
  const onSubmit = form.onSubmit(({ code }) =>
    confirm.mutate(code.trim(), { onSuccess: onConfirmed, onError: (error) => form.setFieldError('code', errorText(t, error)) }),
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Stack align="center" gap="xs">
        <QRCodeSVG value={setup.totpUri} size={184} marginSize={2} title={t('twoFactor.qrTitle')} />
        <Text size="sm" c="dimmed">
          {t('twoFactor.manualKey')}
        </Text>
        <Code style={{ wordBreak: 'break-all' }} data-testid="two-factor-key">
          {setup.secret}
        </Code>
      </Stack>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">{t('twoFactor.scanText')}</Text>
          <TextInput label={t('twoFactor.codeLabel')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required {...form.getInputProps('code')} />
          <Group justify="flex-end">
            <Button type="submit" loading={confirm.isPending}>
              {t('twoFactor.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SimpleGrid>
  );
}

function BackupCodes({ codes, onDone }: { codes: string[]; onDone?: () => void }) {
  const { t } = useTranslation();
  const reloadMe = useReloadMe();
  return (
    <Stack>
      <Alert color="teal" role="status" title={t('twoFactor.enabledNotice')}>
        {t('twoFactor.backupCodesText')}
      </Alert>
      <List spacing={4} styles={{ itemWrapper: { fontFamily: 'monospace' } }} aria-label={t('twoFactor.backupCodesTitle')}>
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button
          onClick={() => {
            void reloadMe();
            onDone?.();
          }}
        >
          {t('twoFactor.done')}
        </Button>
      </Group>
    </Stack>
  );
}

export function wrongPassword(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'INVALID_CREDENTIALS';
}
