import { isNetworkStaff, type Actor } from '../auth/actor.js';
import { forbidden } from '../../errors.js';

/** Reference data is national: only the central agency and platform admins maintain it. */
export function canEditReference(actor: Actor | null): boolean {
  return isNetworkStaff(actor);
}

export function authorizeReferenceEdit(actor: Actor): void {
  if (!canEditReference(actor)) throw forbidden('reference_edit');
}
