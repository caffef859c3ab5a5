import { forbidden } from '../../errors.js';
import { isNetworkStaff, type Actor } from '../auth/actor.js';

/** The glossary steers matching for the whole network, so network staff keep it. */
export function canEditGlossary(actor: Actor | null): boolean {
  return isNetworkStaff(actor);
}

export function authorizeGlossaryEdit(actor: Actor): void {
  if (!canEditGlossary(actor)) throw forbidden('glossary_edit');
}
