import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { matches } from '../../../db/schema/index.js';

export type StoredMatch = typeof matches.$inferSelect;
/** Which party of a match acts: the demand's owner, or the offer's (or expert's). */
export type MatchSide = 'demand' | 'supply';
/** One pair: a demand and exactly one of an offer or an expert. */
export type MatchPair = { demandId: string; offerId: string | null; expertId: string | null };
export type ScoredPair = MatchPair & { score: number; reasons: unknown[] };

function conflictTarget(pair: MatchPair) {
  return pair.offerId ? [matches.demandId, matches.offerId] : [matches.demandId, matches.expertId];
}

/** Stores a fresh ranking of pairs; what people were told and what they dismissed is kept. */
export async function saveScores(tx: Executor, pairs: ScoredPair[]): Promise<StoredMatch[]> {
  const saved: StoredMatch[] = [];
  for (const pair of pairs) {
    const [row] = await tx
      .insert(matches)
      .values({ ...pair, computedAt: new Date() })
      .onConflictDoUpdate({ target: conflictTarget(pair), set: { score: pair.score, reasons: pair.reasons, computedAt: new Date() } })
      .returning();
    saved.push(row);
  }
  return saved;
}

export async function markNotified(tx: Executor, ids: string[], side: MatchSide) {
  if (ids.length === 0) return;
  const now = new Date();
  await tx
    .update(matches)
    .set(side === 'demand' ? { demandSideNotifiedAt: now } : { supplySideNotifiedAt: now })
    .where(inArray(matches.id, ids));
}

/** Hides the pair from one side for good; answers the row before and after. */
export async function dismiss(tx: Executor, pair: MatchPair, side: MatchSide, userId: string) {
  const columns =
    side === 'demand'
      ? { demandSideDismissedAt: new Date(), demandSideDismissedBy: userId }
      : { supplySideDismissedAt: new Date(), supplySideDismissedBy: userId };
  const [before] = await tx.select().from(matches).where(pairCondition(pair));
  const [after] = await tx
    .insert(matches)
    // Dismissed before the background ranking stored it: the score comes with the next ranking.
    .values({ ...pair, score: 0, ...columns })
    .onConflictDoUpdate({ target: conflictTarget(pair), set: columns })
    .returning();
  return { before: before ?? null, after };
}

function pairCondition(pair: MatchPair) {
  return and(
    eq(matches.demandId, pair.demandId),
    pair.offerId ? eq(matches.offerId, pair.offerId) : sql`${matches.offerId} IS NULL`,
    pair.expertId ? eq(matches.expertId, pair.expertId) : sql`${matches.expertId} IS NULL`,
  );
}

/** Offers and experts the demand's side dismissed for this demand. */
export async function dismissedForDemand(db: Executor, demandId: string): Promise<Set<string>> {
  const rows = await db
    .select({ offerId: matches.offerId, expertId: matches.expertId })
    .from(matches)
    .where(and(eq(matches.demandId, demandId), isNotNull(matches.demandSideDismissedAt)));
  return new Set(rows.map((r) => (r.offerId ?? r.expertId)!));
}

/** Demands the offer's (or expert's) side dismissed for it. */
export async function dismissedForSupply(db: Executor, supply: { offerId?: string; expertId?: string }): Promise<Set<string>> {
  const rows = await db
    .select({ demandId: matches.demandId })
    .from(matches)
    .where(and(supply.offerId ? eq(matches.offerId, supply.offerId) : eq(matches.expertId, supply.expertId ?? ''), isNotNull(matches.supplySideDismissedAt)));
  return new Set(rows.map((r) => r.demandId));
}
