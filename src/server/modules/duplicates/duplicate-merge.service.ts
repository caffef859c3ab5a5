import type { Db, Tx } from '../../../db/client.js';
import type {
  DuplicateDistinctBody,
  DuplicateDistinctResult,
  DuplicateMergeBody,
  DuplicateMergeResult,
} from '../../../shared/duplicates/duplicates.schemas.js';
import { AppError, notFound } from '../../errors.js';
import { recordAudits, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { flushViewsBeforeMerge, moveMergedViews } from '../listing-outcomes/listing-outcomes.service.js';
import { enqueueRematch } from '../matching/rematch.job.js';
import { moveMergedSaves } from '../saved-listings/saved-listings.service.js';
import * as repo from './duplicate-merge.repository.js';
import { authorizePairDecision, isComparable } from './duplicates.policy.js';

/** Both records of a pair, locked, checked live and the actor a moderator of one of them. */
async function lockedPair(tx: Tx, actor: Actor, type: repo.DuplicateType, first: string, second: string) {
  const rows = await repo.lockPair(tx, type, [first, second]);
  const a = rows.find((r) => r.id === first);
  const b = rows.find((r) => r.id === second);
  if (!a || !b) throw notFound(type);
  authorizePairDecision(actor, a, b);
  if (!isComparable(type, a) || !isComparable(type, b)) throw new AppError('CONFLICT', { reason: 'duplicate_not_live' });
  return { a, b };
}

/**
 * Merges a likely duplicate into the record kept: the kept one takes the other's matches,
 * connections, foreign offers, event exhibits, attachments, daily view counts and people's saves
 * (one a person: who saved both keeps one); the merged one leaves the public
 * catalogue (archived offer, closed demand) with its address leading to the kept one, and its own
 * history stays under its id, named by the kept one's audit entry. One transaction, audited on both.
 */
export async function mergeDuplicates(db: Db, actor: Actor, ctx: AuditContext, body: DuplicateMergeBody): Promise<DuplicateMergeResult> {
  // Views of the last seconds still in this process's memory reach the table before they are moved.
  await flushViewsBeforeMerge(db);
  return db.transaction(async (tx) => {
    const { a: kept, b: merged } = await lockedPair(tx, actor, body.type, body.keepId, body.mergeId);
    const moved = await repo.moveLinks(tx, body.type, kept.id, merged.id);
    const views = await moveMergedViews(tx, kept.id, merged.id);
    moved.views = views.views;
    moved.viewDays = views.days;
    // People who saved the merged one find the kept one saved instead; who saved both keeps one save.
    const saves = await moveMergedSaves(tx, body.type, kept.id, merged.id);
    moved.saves = saves.moved;
    moved.savesAlreadyKept = saves.doubles;
    await repo.markMerged(tx, body.type, merged.id, kept.id);
    await recordAudits(tx, ctx, [
      {
        action: `${body.type}.duplicate_merged`,
        entityType: body.type,
        entityId: kept.id,
        organisationId: kept.ownerOrganisationId,
        after: { mergedId: merged.id, mergedTitle: merged.title, moved },
      },
      {
        action: `${body.type}.merged_into`,
        entityType: body.type,
        entityId: merged.id,
        organisationId: merged.ownerOrganisationId,
        before: { status: merged.status },
        after: { status: body.type === 'offer' ? 'archived' : 'closed', mergedIntoId: kept.id },
      },
    ]);
    // The kept record's rankings now answer for both: re-ranked in the background like any change.
    await enqueueRematch(tx, body.type, [kept.id], actor.userId);
    return { keptId: kept.id, mergedId: merged.id, moved };
  });
}

/** Records that two likely duplicates are different records: the pair is never proposed again. Audited on both. */
export async function markDistinct(db: Db, actor: Actor, ctx: AuditContext, body: DuplicateDistinctBody): Promise<DuplicateDistinctResult> {
  return db.transaction(async (tx) => {
    const { a, b } = await lockedPair(tx, actor, body.type, body.aId, body.bId);
    const recorded = await repo.insertDistinctPair(tx, body.type, a.id, b.id, actor.userId);
    if (recorded)
      await recordAudits(
        tx,
        ctx,
        [
          [a, b],
          [b, a],
        ].map(([self, other]) => ({
          action: `${body.type}.duplicate_distinct`,
          entityType: body.type,
          entityId: self!.id,
          organisationId: self!.ownerOrganisationId,
          after: { distinctFrom: other!.id },
        })),
      );
    return { recorded };
  });
}
