import { forbidden } from '../../errors.js';
import { isNetworkStaff, type Actor } from '../auth/actor.js';

/** The network's map of connection points is the agency's to draw. */
export function canManageConnectionPoints(actor: Actor | null): boolean {
  return isNetworkStaff(actor);
}

export function authorizeManageConnectionPoints(actor: Actor): void {
  if (!canManageConnectionPoints(actor)) throw forbidden('not_agency');
}
