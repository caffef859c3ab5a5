import { AppError, forbidden } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import type { UserPatch } from '../../../shared/users/users.schemas.js';

/** Managing accounts is for platform admins only; agency staff manage organisations, not people. */
export function canAdministerUsers(actor: Actor | null): boolean {
  return !!actor?.isPlatformAdmin;
}

export function authorizeUserAdmin(actor: Actor): void {
  if (!canAdministerUsers(actor)) throw forbidden('platform_admin_only');
}

/** An admin who disables or demotes themself could lock everyone out of administration. */
export function assertNotSelfLockout(actor: Actor, targetId: string, patch: UserPatch): void {
  if (targetId !== actor.userId) return;
  if (patch.disabled === true) throw new AppError('CONFLICT', { reason: 'cannot_disable_self' });
  if (patch.role === 'user') throw new AppError('CONFLICT', { reason: 'cannot_demote_self' });
}

/** The platform role a stored account holds: only 'admin' grants anything; every other value is a plain user. */
export const platformRoleOf = (user: { role: string }): 'admin' | 'user' => (user.role === 'admin' ? 'admin' : 'user');
