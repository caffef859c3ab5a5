import { forbidden } from '../../errors.js';
import { isNetworkStaff, type Actor } from '../auth/actor.js';

/** The agency oversees the network, so its staff read the audit log alongside platform admins. */
export function canReadAudit(actor: Actor | null): boolean {
  return isNetworkStaff(actor);
}

export function authorizeAuditRead(actor: Actor): void {
  if (!canReadAudit(actor)) throw forbidden('audit_read');
}
