import { forbidden } from '../../errors.js';
import type { Actor } from '../auth/actor.js';

/** Mail holds reset links and invitations: only platform admins read the outbox. */
export function canReadOutbox(actor: Actor | null): boolean {
  return !!actor?.isPlatformAdmin;
}

export function authorizeOutboxRead(actor: Actor): void {
  if (!canReadOutbox(actor)) throw forbidden('platform_admin_only');
}
