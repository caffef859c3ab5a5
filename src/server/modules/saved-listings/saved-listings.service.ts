import type { Db, Executor } from '../../../db/client.js';
import {
  SAVED_LISTINGS_MAX,
  type SavedListingPage,
  type SavedListingQuery,
  type SavedListingState,
  type SavedListingType,
} from '../../../shared/saved-listings/saved-listings.schemas.js';
import { AppError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { assertRecordVisible } from '../catalogue/catalogue.service.js';
import { kindsByType } from '../catalogue/kinds/index.js';
import { authorizeOwnSave, savedListScope } from './saved-listings.policy.js';
import * as repo from './saved-listings.repository.js';

/** 404 unless the caller may see the listing, by the catalogue's own rule for its kind. */
async function assertVisible(db: Executor, type: SavedListingType, id: string, actor: Actor) {
  if (type === 'offer') await assertRecordVisible(db, kindsByType.offer, actor, id);
  else if (type === 'demand') await assertRecordVisible(db, kindsByType.demand, actor, id);
  else await assertRecordVisible(db, kindsByType.expert, actor, id);
}

const stateOf = (row: { savedAt: Date } | null): SavedListingState => ({ saved: !!row, savedAt: row?.savedAt.toISOString() ?? null });

/** The caller's own saves they may still see (a listing withdrawn since is left out), a page at a time, newest first. */
export async function listSaved(db: Executor, actor: Actor, query: SavedListingQuery): Promise<SavedListingPage> {
  const { rows, total, nextCursor } = await repo.savesOf(db, actor.userId, { ...query, scope: savedListScope(actor) });
  return { items: rows, total, nextCursor };
}

/** Whether the caller saved a listing they may see (404 for one they may not). */
export async function savedState(db: Executor, actor: Actor, type: SavedListingType, id: string): Promise<SavedListingState> {
  await assertVisible(db, type, id, actor);
  return stateOf(await repo.findSave(db, actor.userId, id));
}

/** Saves a listing the caller may see (404 otherwise); saving it again changes nothing. Audited. */
export async function saveListing(db: Db, actor: Actor, ctx: AuditContext, type: SavedListingType, id: string): Promise<SavedListingState> {
  return db.transaction(async (tx) => {
    await assertVisible(tx, type, id, actor);
    const existing = await repo.findSave(tx, actor.userId, id);
    if (existing) return stateOf(existing);
    if ((await repo.countSaves(tx, actor.userId)) >= SAVED_LISTINGS_MAX)
      throw new AppError('CONFLICT', { reason: 'saved_listings_full', max: SAVED_LISTINGS_MAX });
    const saved = await repo.insertSave(tx, { userId: actor.userId, recordType: type, recordId: id });
    if (saved) await recordAudit(tx, ctx, { action: 'listing.save', entityType: type, entityId: id, organisationId: null, after: { savedAt: saved.savedAt } });
    return stateOf(saved ?? (await repo.findSave(tx, actor.userId, id)));
  });
}

/** Removes one of the caller's own saves (404 if they have none for it), whether or not the listing is still visible. Audited. */
export async function unsaveListing(db: Db, actor: Actor, ctx: AuditContext, type: SavedListingType, id: string): Promise<SavedListingState> {
  return db.transaction(async (tx) => {
    const gone = await repo.deleteSave(tx, actor.userId, id);
    authorizeOwnSave(gone && gone.recordType === type ? gone : null);
    await recordAudit(tx, ctx, { action: 'listing.unsave', entityType: type, entityId: id, organisationId: null, before: { savedAt: gone.savedAt } });
    return stateOf(null);
  });
}

/**
 * In a duplicate merge's transaction: the people who saved the listing merged away find the kept
 * one among their saves instead, once each (a person who saved both keeps one save). Answers how
 * many saves moved and how many doubles were dropped, for the merge's audit entry.
 */
export async function moveMergedSaves(tx: Executor, type: 'offer' | 'demand', keptId: string, mergedId: string) {
  return repo.moveSaves(tx, type, keptId, mergedId);
}
