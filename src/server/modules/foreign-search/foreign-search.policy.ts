import { AppError } from '../../errors.js';
import { isNetworkStaff, type Actor } from '../auth/actor.js';

/** Representative offices work the demands seeking technology in their countries; network staff see every country. */
export function canWorkForeignQueue(actor: Actor | null): boolean {
  return isNetworkStaff(actor) || (!!actor && actor.repOfficeCountries.length > 0);
}

/** Countries the actor searches in; null means every country. */
export function authorizeForeignQueue(actor: Actor): string[] | null {
  if (isNetworkStaff(actor)) return null;
  if (!canWorkForeignQueue(actor)) throw new AppError('FORBIDDEN', { reason: 'rep_office_only' });
  return actor.repOfficeCountries;
}

/** The representative office a foreign offer is recorded in the name of (none for network staff working the queue). */
export function repOfficeOf(actor: Actor): string | null {
  return actor.memberships.find((m) => m.organisationKind === 'rep-office')?.organisationId ?? null;
}
