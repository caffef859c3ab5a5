import { forbidden } from '../../errors.js';
import { isNetworkStaff, type Actor } from '../auth/actor.js';

/** The agency oversees the network, so its staff read the audit log alongside platform admins. */
export function canReadAudit(actor: Actor | null): boolean {
  return isNetworkStaff(actor);
}

export function authorizeAuditRead(actor: Actor): void {
  if (!canReadAudit(actor)) throw forbidden('audit_read');
}

/**
 * Audit entries keep the before and after of confidential fields; of the audit's readers only
 * agency staff may read those (platform admins see that they changed, not what they say).
 */
export function canReadConfidentialInAudit(actor: Actor): boolean {
  return actor.isAgency;
}
