import { forbidden } from '../../errors.js';
import type { Actor } from '../auth/actor.js';

/** The agency oversees the network, so its staff read the audit log alongside platform admins. */
export function authorizeAuditRead(actor: Actor): void {
  if (!actor.isPlatformAdmin && !actor.isAgency) throw forbidden('audit_read');
}
