import { and, asc, between, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import {
  agreements,
  awardHonourees,
  awardNominations,
  awardRounds,
  awardTieDecisions,
  connections,
  connectionStageEvents,
  councilDossiers,
  councilMembers,
  councils,
  offers,
  organisations,
} from '../../../db/schema/index.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

export type RoundRow = typeof awardRounds.$inferSelect;
export type NominationRow = typeof awardNominations.$inferSelect;

const roundCounts = {
  nominations: sql<number>`(select count(*)::int from ${awardNominations} n where n.round_id = award_rounds.id)`,
  honourees: sql<number>`(select count(*)::int from ${awardHonourees} h where h.round_id = award_rounds.id)`,
};

/** A page of award rounds, oldest first, with their nomination and honouree counts; and how many rounds in all. */
export async function listRounds(db: Executor, filter: { cursor?: string; limit: number }) {
  const order = keyset([
    { column: awardRounds.createdAt, kind: 'timestamp', direction: 'asc' },
    { column: awardRounds.id, kind: 'uuid', direction: 'asc' },
  ]);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ round: awardRounds, ...roundCounts, cursorKey: order.cursorKey })
      .from(awardRounds)
      .where(order.after(filter.cursor))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(awardRounds),
  ]);
  return { ...toPage(rows, filter.limit), total };
}

/** How many nominations one round has. */
export async function nominationCount(db: Executor, roundId: string) {
  const [row] = await db.select({ nominations: roundCounts.nominations }).from(awardRounds).where(eq(awardRounds.id, roundId));
  return row?.nominations ?? 0;
}

export async function findRound(db: Executor, id: string, lock = false) {
  const query = db.select().from(awardRounds).where(eq(awardRounds.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}
export async function insertRound(tx: Executor, values: typeof awardRounds.$inferInsert) {
  const [row] = await tx.insert(awardRounds).values(values).returning();
  return row;
}
export async function markRanked(tx: Executor, id: string, at: Date) {
  await tx.update(awardRounds).set({ rankedAt: at }).where(eq(awardRounds.id, id));
}

/** The transfers an enterprise received in a period: transfer contracts where it is the transferee, connections it sought that reached contract or transfer. */
export async function transferEvidence(db: Executor, from: string, to: string) {
  const contracts = await db
    .select({ id: agreements.id, title: agreements.title, signedOn: agreements.signedOn, parties: agreements.parties })
    .from(agreements)
    .where(and(eq(agreements.kind, 'transfer-contract'), between(agreements.signedOn, from, to)));
  // The date it reached contract (its stage history), else the year it counts in (records loaded without a history).
  const reached = sql<string>`coalesce((select min(e.occurred_on) from ${connectionStageEvents} e where e.connection_id = ${connections.id} and e.to_stage in ('contract', 'transferred')), ${connections.openedOn})`;
  const stages = await db
    .select({
      connectionId: connections.id,
      enterpriseId: connections.seekerOrganisationId,
      occurredOn: sql<string>`${reached}::text`,
      offerTitle: offers.title,
      supplierName: sql<
        string | null
      >`coalesce(${connections.supplierName}, (select o.name_vi from ${organisations} o where o.id = ${connections.supplierOrganisationId}))`,
    })
    .from(connections)
    .leftJoin(offers, eq(offers.id, connections.offerId))
    .where(
      and(inArray(connections.stage, ['contract', 'transferred']), isNotNull(connections.seekerOrganisationId), sql`${reached} between ${from} and ${to}`),
    );
  return { contracts, stages };
}

/** Offers whose owner holds a patent or a utility solution on them. */
export async function ipEvidence(db: Executor) {
  return db
    .select({
      id: offers.id,
      title: offers.title,
      enterpriseId: offers.ownerOrganisationId,
      ipStatus: offers.ipStatus,
      validFrom: offers.validFrom,
      createdAt: offers.createdAt,
    })
    .from(offers)
    .where(and(inArray(offers.ipStatus, ['patent', 'utility-solution']), isNotNull(offers.ownerOrganisationId), eq(offers.status, 'published')));
}

export async function enterprises(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: organisations.id, name: organisations.nameVi, provinceCode: organisations.provinceCode, kind: organisations.kind })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}

export async function nominationsOf(db: Executor, roundId: string) {
  return db
    .select({ nomination: awardNominations, enterpriseName: organisations.nameVi, tier: awardHonourees.tier, certificateCode: awardHonourees.certificateCode })
    .from(awardNominations)
    .innerJoin(organisations, eq(organisations.id, awardNominations.enterpriseId))
    .leftJoin(awardHonourees, eq(awardHonourees.nominationId, awardNominations.id))
    .where(eq(awardNominations.roundId, roundId))
    .orderBy(asc(organisations.nameVi));
}
export async function nominationsByIds(db: Executor, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .select({
      nomination: awardNominations,
      enterpriseName: organisations.nameVi,
      roundName: awardRounds.name,
      tier: awardHonourees.tier,
      certificateCode: awardHonourees.certificateCode,
    })
    .from(awardNominations)
    .innerJoin(organisations, eq(organisations.id, awardNominations.enterpriseId))
    .innerJoin(awardRounds, eq(awardRounds.id, awardNominations.roundId))
    .leftJoin(awardHonourees, eq(awardHonourees.nominationId, awardNominations.id))
    .where(inArray(awardNominations.id, [...ids]));
}
export async function insertNomination(tx: Executor, values: typeof awardNominations.$inferInsert) {
  const rows = await tx.insert(awardNominations).values(values).onConflictDoNothing().returning();
  return rows[0];
}
export async function setScore(tx: Executor, id: string, field: 'provincialScore' | 'ministryScore', score: number) {
  await tx
    .update(awardNominations)
    .set({ [field]: score })
    .where(eq(awardNominations.id, id));
}

export async function tieDecisions(db: Executor, roundId: string) {
  return db.select().from(awardTieDecisions).where(eq(awardTieDecisions.roundId, roundId)).orderBy(asc(awardTieDecisions.decidedAt));
}
export async function insertTieDecision(tx: Executor, values: typeof awardTieDecisions.$inferInsert) {
  const [row] = await tx.insert(awardTieDecisions).values(values).returning();
  return row;
}

/** The chairs and secretaries of the ministry's councils that reviewed this round's nominations: they break ties. */
export async function ministryOfficers(db: Executor, roundId: string) {
  const rows = await db
    .selectDistinct({ userId: councilMembers.userId })
    .from(councilMembers)
    .innerJoin(councils, eq(councils.id, councilMembers.councilId))
    .innerJoin(councilDossiers, eq(councilDossiers.councilId, councils.id))
    .innerJoin(awardNominations, eq(awardNominations.id, councilDossiers.dossierId))
    .where(
      and(
        eq(councils.kind, 'award-ministry'),
        inArray(councilMembers.role, ['chair', 'secretary']),
        eq(councilDossiers.dossierKind, 'award-nomination'),
        eq(awardNominations.roundId, roundId),
      ),
    );
  return rows.map((r) => r.userId);
}

export async function replaceHonourees(tx: Executor, roundId: string, rows: Array<typeof awardHonourees.$inferInsert>) {
  const existing = await tx.select().from(awardHonourees).where(eq(awardHonourees.roundId, roundId));
  await tx.delete(awardHonourees).where(eq(awardHonourees.roundId, roundId));
  // An enterprise honoured again keeps its certificate code.
  const kept = rows.map((r) => ({ ...r, certificateCode: existing.find((e) => e.nominationId === r.nominationId)?.certificateCode ?? r.certificateCode }));
  if (kept.length) await tx.insert(awardHonourees).values(kept);
}

export async function honoureesOf(db: Executor, roundId: string) {
  return db
    .select({ honouree: awardHonourees, enterpriseName: organisations.nameVi, provinceCode: organisations.provinceCode })
    .from(awardHonourees)
    .innerJoin(awardNominations, eq(awardNominations.id, awardHonourees.nominationId))
    .innerJoin(organisations, eq(organisations.id, awardNominations.enterpriseId))
    .where(eq(awardHonourees.roundId, roundId))
    .orderBy(asc(awardHonourees.position));
}

export async function honoureeByCode(db: Executor, code: string) {
  const [row] = await db
    .select({ honouree: awardHonourees, enterpriseName: organisations.nameVi, round: awardRounds })
    .from(awardHonourees)
    .innerJoin(awardNominations, eq(awardNominations.id, awardHonourees.nominationId))
    .innerJoin(organisations, eq(organisations.id, awardNominations.enterpriseId))
    .innerJoin(awardRounds, eq(awardRounds.id, awardHonourees.roundId))
    .where(eq(awardHonourees.certificateCode, code));
  return row;
}

export async function organisationProvinces(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: organisations.id, kind: organisations.kind, provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}
