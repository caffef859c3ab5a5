import type { TFunction } from 'i18next';
import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '../../shared/limits.js';

// The same limits the server checks (src/shared/limits.ts); the server stays the judge.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Empty, or typed but only spaces (which looks filled in to whoever typed it); the server says the same. */
const blankText = (t: TFunction, value: string | null | undefined) => (!value ? t('validation.required') : !value.trim() ? t('validation.onlySpaces') : null);

export const validators = (t: TFunction) => ({
  email: (value: string) =>
    !value.trim() ? t('validation.required') : value.length > EMAIL_MAX || !emailPattern.test(value.trim()) ? t('validation.email') : null,
  password: (value: string) =>
    value.length < PASSWORD_MIN
      ? t('validation.passwordMin', { min: PASSWORD_MIN })
      : value.length > PASSWORD_MAX
        ? t('validation.tooLong', { max: PASSWORD_MAX })
        : null,
  required: (value: string | null | undefined) => blankText(t, value),
  name: (value: string) => blankText(t, value) ?? (value.length > NAME_MAX ? t('validation.tooLong', { max: NAME_MAX }) : null),
});

/** Mã số thuế: 10 digits, or 10 digits "-" 3 digits for a branch; empty is allowed. */
export function taxCodeError(t: TFunction, value: string): string | null {
  return value.trim() && !/^\d{10}(-\d{3})?$/.test(value.trim()) ? t('organisations.fields.taxCodeInvalid') : null;
}
