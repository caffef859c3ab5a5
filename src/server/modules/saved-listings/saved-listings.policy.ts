import type { WorkflowMachine } from '../../../domain/catalogue/workflow.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { canView } from '../catalogue/catalogue.policy.js';

type Listing = { ownerOrganisationId: string | null; provinceCode: string | null; createdBy: string | null; status: string };

/**
 * A person saves what the catalogue lets them see, and sees only their own saves: every query is
 * by the caller's own user id, and a save of a listing they may not (or no longer) see is not there.
 */
export function canSeeSaved(machine: WorkflowMachine, actor: Actor, listing: Listing): boolean {
  return canView(machine, actor, listing);
}

/** 404 for a save that is not the caller's. */
export function authorizeOwnSave<T>(save: T | null): asserts save is T {
  if (!save) throw new AppError('NOT_FOUND', { entity: 'saved-listing' });
}
