import { forbidden } from '../../errors.js';
import type { Actor } from '../auth/actor.js';

/** The network's map of connection points is the agency's to draw. */
export function canManageConnectionPoints(actor: Actor | null): boolean {
  return !!actor && (actor.isAgency || actor.isPlatformAdmin);
}

export function authorizeManageConnectionPoints(actor: Actor): void {
  if (!canManageConnectionPoints(actor)) throw forbidden('not_agency');
}
