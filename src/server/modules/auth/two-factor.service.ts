import type { Db } from '../../../db/client.js';
import { AppError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from './actor.js';
import { canDisableTwoFactor, canUseTwoFactor } from './two-factor.policy.js';

export function assertCanUseTwoFactor(actor: Actor) {
  if (!canUseTwoFactor(actor)) throw new AppError('FORBIDDEN');
}

export function assertCanDisableTwoFactor(actor: Actor, required: boolean) {
  if (!canDisableTwoFactor(actor, required)) throw new AppError('TWO_FACTOR_REQUIRED');
}

/** The audit entry of turning two-step verification on (after the first correct code) or off. */
export async function recordTwoFactorChange(db: Db, actor: Actor, ctx: AuditContext, enabled: boolean) {
  await recordAudit(db, ctx, {
    action: enabled ? 'user.two-factor-enable' : 'user.two-factor-disable',
    entityType: 'user',
    entityId: actor.userId,
    before: { twoFactorEnabled: !enabled },
    after: { twoFactorEnabled: enabled },
  });
}

/** The key an authenticator app asks for when typed in by hand: the `secret` of the otpauth URI. */
export function manualKeyOf(totpUri: string): string {
  return new URL(totpUri).searchParams.get('secret') ?? '';
}
