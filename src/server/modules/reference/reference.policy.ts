import type { Actor } from '../auth/actor.js';
import { forbidden } from '../../errors.js';

/** Reference data is national: only the central agency and platform admins maintain it. */
export function canEditReference(actor: Actor): boolean {
  return actor.isAgency || actor.isPlatformAdmin;
}

export function authorizeReferenceEdit(actor: Actor): void {
  if (!canEditReference(actor)) throw forbidden('reference_edit');
}
