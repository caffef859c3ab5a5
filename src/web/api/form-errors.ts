import type { TFunction } from 'i18next';
import { ApiError } from './client.js';

type FormWithErrors = { setErrors: (errors: Record<string, string>) => void };

/**
 * Puts the server's field messages (already in the caller's language) under the matching inputs.
 * `rename` maps a server path onto a form field when their names differ. Returns true when at
 * least one field was marked, so the caller can skip a general notice.
 */
export function applyFieldErrors(form: FormWithErrors, error: unknown, rename: Record<string, string> = {}): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const errors: Record<string, string> = {};
  for (const field of error.fields) {
    // "vsicSections.2" belongs to the "vsicSections" input.
    const root = field.path.split('.')[0];
    const name = rename[field.path] ?? rename[root] ?? root;
    errors[name] ??= field.message;
  }
  form.setErrors(errors);
  return true;
}

/** A translated sentence for any error: codes go through `errors.<CODE>`, never server messages. */
export function errorText(t: TFunction, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  // Some codes carry a machine-readable reason that deserves its own sentence (e.g. invalid_token).
  const reason = error instanceof ApiError && typeof error.details.reason === 'string' ? error.details.reason : null;
  const general = t(`errors.${code}`, { defaultValue: t('errors.INTERNAL') });
  return reason ? t(`errors.reasons.${reason}`, { defaultValue: general }) : general;
}
