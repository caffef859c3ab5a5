import { Alert, Badge, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisableTwoFactor, useMe } from '../../../api/auth.js';
import { errorText } from '../../../api/form-errors.js';
import { TwoFactorSetup, wrongPassword } from '../../../components/two-factor-setup.js';
import { validators } from '../../../lib/validators.js';

/** "Two-step verification" on the profile of staff and platform admins: turn it on (app + backup codes) or off. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const me = useMe();
  const [settingUp, setSettingUp] = useState(false);
  const state = me.data?.twoFactor;
  if (!state?.available) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="two-factor">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={2} size="h4" id="two-factor">
          {t('twoFactor.title')}
        </Title>
        <Badge color={state.enabled ? 'teal' : 'gray'}>{state.enabled ? t('twoFactor.on') : t('twoFactor.off')}</Badge>
      </Group>
      <Stack>
        <Text size="sm">{t('twoFactor.intro')}</Text>
        {settingUp ? (
          <TwoFactorSetup onDone={() => setSettingUp(false)} />
        ) : state.enabled ? (
          <DisableForm locked={state.mandatory} />
        ) : (
          <Group justify="flex-end">
            <Button onClick={() => setSettingUp(true)}>{t('twoFactor.enable')}</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function DisableForm({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  const disable = useDisableTwoFactor();
  const form = useForm({ initialValues: { password: '' }, validate: { password: validators(t).required } });
  if (locked) return <Alert color="blue">{t('twoFactor.requiredForAdmins')}</Alert>;
  const onSubmit = form.onSubmit(({ password }) =>
    disable.mutate(password, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('twoFactor.disabledNotice') }),
      onError: (error) => form.setFieldError('password', wrongPassword(error) ? t('profile.wrongCurrentPassword') : errorText(t, error)),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <PasswordInput
          label={t('auth.password')}
          description={t('twoFactor.disableHint')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button type="submit" color="red" variant="light" loading={disable.isPending}>
            {t('twoFactor.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
