import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';

/**
 * A refused connection action in words: a stage change that skips or goes back, someone else's
 * change in between, or an action the person may not take. Falls back to the general texts.
 */
export function connectionErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const reason = typeof error.details.reason === 'string' ? error.details.reason : null;
    if (error.code === 'INVALID_TRANSITION')
      return t(`connections.errors.transition.${reason ?? 'other'}`, { defaultValue: t('connections.errors.transition.other') });
    if (error.code === 'VERSION_CONFLICT') return t('connections.errors.versionConflict');
    if (reason) return t(`connections.errors.reasons.${reason}`, { defaultValue: errorText(t, error) });
  }
  return errorText(t, error);
}
