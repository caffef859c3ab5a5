import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../shared/limits.js';

/** A field for choosing a password, with the rule the server applies (length, not a common or leaked password). */
export function NewPasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput description={t('auth.passwordHint', { min: PASSWORD_MIN })} autoComplete="new-password" {...props} />;
}
