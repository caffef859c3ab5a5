import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { attachments, connections, demandForeignOffers, demands, duplicateDistinctPairs, eventExhibits, matches, offers } from '../../../db/schema/index.js';

export type DuplicateType = 'offer' | 'demand';

const tableOf = (type: DuplicateType) => (type === 'offer' ? offers : demands);

/** The two records of a pair, locked for the rest of the transaction (in id order, so two merges cannot deadlock). */
export async function lockPair(tx: Executor, type: DuplicateType, ids: [string, string]) {
  const table = tableOf(type);
  return tx
    .select({
      id: table.id,
      title: table.title,
      status: table.status,
      provinceCode: table.provinceCode,
      ownerOrganisationId: table.ownerOrganisationId,
      mergedIntoId: table.mergedIntoId,
      version: table.version,
    })
    .from(table)
    .where(inArray(table.id, ids))
    .orderBy(table.id)
    .for('update');
}

/**
 * Moves everything that points at `mergedId` to `keptId`: matches, connections, foreign offers
 * found for a demand, event exhibits and attachments. A row the kept record already has (the same
 * demand matched to both offers) is the kept one's; the merged one's copy is dropped.
 * Returns how many rows moved, per kind, for the audit entry.
 */
export async function moveLinks(tx: Executor, type: DuplicateType, keptId: string, mergedId: string) {
  const moved: Record<string, number> = {};
  const count = (rows: unknown[]) => rows.length;
  if (type === 'offer') {
    moved.matches = count(
      await tx
        .update(matches)
        .set({ offerId: keptId })
        .where(
          and(
            eq(matches.offerId, mergedId),
            sql`not exists (select 1 from ${matches} m2 where m2.offer_id = ${keptId} and m2.demand_id = ${matches.demandId})`,
          ),
        )
        .returning({ id: matches.id }),
    );
    await tx.delete(matches).where(eq(matches.offerId, mergedId));
    moved.connections = count(await tx.update(connections).set({ offerId: keptId }).where(eq(connections.offerId, mergedId)).returning({ id: connections.id }));
    moved.foreignOffers = count(
      await tx
        .update(demandForeignOffers)
        .set({ offerId: keptId })
        .where(
          and(
            eq(demandForeignOffers.offerId, mergedId),
            sql`not exists (select 1 from ${demandForeignOffers} f2 where f2.offer_id = ${keptId} and f2.demand_id = ${demandForeignOffers.demandId})`,
          ),
        )
        .returning({ id: demandForeignOffers.id }),
    );
    await tx.delete(demandForeignOffers).where(eq(demandForeignOffers.offerId, mergedId));
    moved.exhibits = count(
      await tx
        .update(eventExhibits)
        .set({ offerId: keptId })
        .where(
          and(
            eq(eventExhibits.offerId, mergedId),
            sql`not exists (select 1 from ${eventExhibits} e2 where e2.offer_id = ${keptId} and e2.registration_id = ${eventExhibits.registrationId})`,
          ),
        )
        .returning({ id: eventExhibits.registrationId }),
    );
    await tx.delete(eventExhibits).where(eq(eventExhibits.offerId, mergedId));
  } else {
    moved.matches = count(
      await tx
        .update(matches)
        .set({ demandId: keptId })
        .where(
          and(
            eq(matches.demandId, mergedId),
            sql`not exists (select 1 from ${matches} m2 where m2.demand_id = ${keptId} and (m2.offer_id = ${matches.offerId} or m2.expert_id = ${matches.expertId}))`,
          ),
        )
        .returning({ id: matches.id }),
    );
    await tx.delete(matches).where(eq(matches.demandId, mergedId));
    moved.connections = count(
      await tx.update(connections).set({ demandId: keptId }).where(eq(connections.demandId, mergedId)).returning({ id: connections.id }),
    );
    moved.foreignOffers = count(
      await tx
        .update(demandForeignOffers)
        .set({ demandId: keptId })
        .where(
          and(
            eq(demandForeignOffers.demandId, mergedId),
            sql`not exists (select 1 from ${demandForeignOffers} f2 where f2.demand_id = ${keptId} and f2.offer_id = ${demandForeignOffers.offerId})`,
          ),
        )
        .returning({ id: demandForeignOffers.id }),
    );
    await tx.delete(demandForeignOffers).where(eq(demandForeignOffers.demandId, mergedId));
  }
  moved.attachments = count(
    await tx
      .update(attachments)
      .set({ ownerId: keptId })
      .where(and(eq(attachments.ownerType, type), eq(attachments.ownerId, mergedId)))
      .returning({ id: attachments.id }),
  );
  return moved;
}

/** The merged record leaves the catalogue (archived offer, closed demand) and points at the kept one. */
export async function markMerged(tx: Executor, type: DuplicateType, mergedId: string, keptId: string) {
  const table = tableOf(type);
  await tx
    .update(table)
    .set({ status: type === 'offer' ? 'archived' : 'closed', mergedIntoId: keptId, updatedAt: new Date(), version: sql`${table.version} + 1` })
    .where(eq(table.id, mergedId));
  // Records merged earlier into the merged one follow it, so no address leads to a dead end.
  await tx.update(table).set({ mergedIntoId: keptId }).where(eq(table.mergedIntoId, mergedId));
  await tx
    .update(table)
    .set({ updatedAt: new Date(), version: sql`${table.version} + 1` })
    .where(eq(table.id, keptId));
}

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** Remembers that two records are different ones; true if it was not known yet. */
export async function insertDistinctPair(tx: Executor, type: DuplicateType, a: string, b: string, userId: string | null) {
  const [lowId, highId] = ordered(a, b);
  const rows = await tx
    .insert(duplicateDistinctPairs)
    .values({ recordType: type, lowId, highId, decidedBy: userId })
    .onConflictDoNothing()
    .returning({ lowId: duplicateDistinctPairs.lowId });
  return rows.length > 0;
}

/** The pairs judged distinct among these records, as `low:high` keys. */
export async function distinctPairKeys(db: Executor, type: DuplicateType, ids?: string[]): Promise<Set<string>> {
  const where =
    ids === undefined
      ? eq(duplicateDistinctPairs.recordType, type)
      : and(eq(duplicateDistinctPairs.recordType, type), or(inArray(duplicateDistinctPairs.lowId, ids), inArray(duplicateDistinctPairs.highId, ids)));
  if (ids !== undefined && ids.length === 0) return new Set();
  const rows = await db.select({ lowId: duplicateDistinctPairs.lowId, highId: duplicateDistinctPairs.highId }).from(duplicateDistinctPairs).where(where);
  return new Set(rows.map((r) => `${r.lowId}:${r.highId}`));
}

/** The key of a pair in `distinctPairKeys`, whichever order it is given in. */
export const pairKey = (a: string, b: string) => ordered(a, b).join(':');
