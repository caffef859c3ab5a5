import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { viewScope } from '../catalogue/catalogue.policy.js';
import { kindsByType } from '../catalogue/kinds/index.js';

/**
 * A person saves what the catalogue lets them see, and sees only their own saves: every query is
 * by the caller's own user id, and a save of a listing they may not (or no longer) see is not there,
 * by the catalogue's own view rule (`canView`, as `viewScope` facts and each kind's public statuses).
 */
export function savedListScope(actor: Actor) {
  return {
    ...viewScope(actor),
    publicStatuses: {
      offer: [...kindsByType.offer.machine.publicStatuses],
      demand: [...kindsByType.demand.machine.publicStatuses],
      expert: [...kindsByType.expert.machine.publicStatuses],
    },
  };
}
export type SavedListScope = ReturnType<typeof savedListScope>;

/** 404 for a save that is not the caller's. */
export function authorizeOwnSave<T>(save: T | null): asserts save is T {
  if (!save) throw new AppError('NOT_FOUND', { entity: 'saved-listing' });
}
