import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useTwoFactorSignIn } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';

/** The sign-in's second step: a code from the authenticator app, or one of the backup codes. */
export function TwoFactorCodeForm({ onSignedIn, onRestart }: { onSignedIn: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  const verify = useTwoFactorSignIn();
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (value) => (/^[0-9A-Za-z-]{6,20}$/.test(value.trim()) ? null : t('twoFactor.codeFormat')) },
  });
  const onSubmit = form.onSubmit(({ code }) =>
    verify.mutate(
      { code: code.trim() },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          // A stale or overused second step cannot be retried: the password has to be given again.
          if (error instanceof ApiError && error.code === 'TWO_FACTOR_EXPIRED') onRestart();
          form.setFieldError('code', errorText(t, error));
        },
      },
    ),
  );
  return (
    <Paper withBorder p="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('twoFactor.signInTitle')}
          </Title>
          <Text size="sm">{t('twoFactor.signInText')}</Text>
          <TextInput label={t('twoFactor.signInCodeLabel')} autoComplete="one-time-code" autoFocus required maxLength={20} {...form.getInputProps('code')} />
          <Group justify="space-between">
            <Anchor component="button" type="button" size="sm" onClick={onRestart}>
              {t('twoFactor.restart')}
            </Anchor>
            <Button type="submit" loading={verify.isPending}>
              {t('twoFactor.verify')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
