import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import {
  councilAssignments,
  councilConflicts,
  councilDossiers,
  councilMembers,
  councilRules,
  councils,
  councilScoreSheets,
  experts,
  memberships,
  organisations,
  users,
} from '../../../db/schema/index.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

export type CouncilRow = typeof councils.$inferSelect;
export type MemberRow = typeof councilMembers.$inferSelect;
export type CouncilDossierRow = typeof councilDossiers.$inferSelect;
export type SheetRow = typeof councilScoreSheets.$inferSelect;

export const storedRules = (db: Executor) => db.select().from(councilRules);
/** The stored rule of one kind, locked until the transaction ends (two staff editing one kind take turns). */
export async function lockStoredRule(tx: Executor, kind: string) {
  const [row] = await tx.select().from(councilRules).where(eq(councilRules.kind, kind)).for('update');
  return row;
}
export async function saveRule(tx: Executor, kind: string, rule: Record<string, unknown>, userId: string) {
  await tx
    .insert(councilRules)
    .values({ kind, rule, updatedBy: userId })
    .onConflictDoUpdate({ target: councilRules.kind, set: { rule, updatedBy: userId, updatedAt: sql`now()` } });
}
export const deleteRule = (tx: Executor, kind: string) => tx.delete(councilRules).where(eq(councilRules.kind, kind));

export async function insertCouncil(tx: Executor, values: typeof councils.$inferInsert) {
  const [row] = await tx.insert(councils).values(values).returning();
  return row;
}
export async function insertMembers(tx: Executor, values: Array<typeof councilMembers.$inferInsert>) {
  return values.length ? tx.insert(councilMembers).values(values).returning() : [];
}

export async function findCouncil(db: Executor, id: string) {
  const [row] = await db
    .select({ council: councils, convenerName: organisations.nameVi })
    .from(councils)
    .innerJoin(organisations, eq(organisations.id, councils.convenerOrganisationId))
    .where(eq(councils.id, id));
  return row;
}

/** The council row, locked until the transaction ends (its rules are being rewritten). */
export async function lockCouncil(tx: Executor, id: string) {
  const [row] = await tx.select().from(councils).where(eq(councils.id, id)).for('update');
  return row;
}

/** Whether any member has written a score sheet (draft or submitted) on one of the council's dossiers. */
export async function scoringStarted(db: Executor, councilId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: councilScoreSheets.memberId })
    .from(councilScoreSheets)
    .innerJoin(councilDossiers, eq(councilDossiers.id, councilScoreSheets.councilDossierId))
    .where(eq(councilDossiers.councilId, councilId))
    .limit(1);
  return !!row;
}

export async function updateRules(tx: Executor, id: string, values: Pick<typeof councils.$inferInsert, 'form' | 'minSheets'>) {
  const [row] = await tx.update(councils).set(values).where(eq(councils.id, id)).returning();
  return row;
}

export async function membersOf(db: Executor, councilId: string) {
  return db
    .select({ member: councilMembers, organisationName: organisations.nameVi })
    .from(councilMembers)
    .leftJoin(organisations, eq(organisations.id, councilMembers.organisationId))
    .where(eq(councilMembers.councilId, councilId))
    .orderBy(asc(councilMembers.position));
}

/** A page of the councils the person sits on or whose convener they work for, newest first; and how many in all. */
export async function councilsFor(db: Executor, userId: string, organisationIds: string[], everything: boolean, page: { cursor?: string; limit: number }) {
  const mine = db.select({ id: councilMembers.councilId }).from(councilMembers).where(eq(councilMembers.userId, userId));
  const where = everything
    ? undefined
    : or(inArray(councils.id, mine), organisationIds.length ? inArray(councils.convenerOrganisationId, organisationIds) : sql`false`);
  const order = keyset([
    { column: councils.createdAt, kind: 'timestamp', direction: 'desc' },
    { column: councils.id, kind: 'uuid', direction: 'desc' },
  ]);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        council: councils,
        convenerName: organisations.nameVi,
        dossiers: sql<number>`(select count(*)::int from ${councilDossiers} d where d.council_id = councils.id)`,
        cursorKey: order.cursorKey,
      })
      .from(councils)
      .innerJoin(organisations, eq(organisations.id, councils.convenerOrganisationId))
      .where(and(where, order.after(page.cursor)))
      .orderBy(...order.orderBy)
      .limit(page.limit + 1),
    db.select({ total: countAll }).from(councils).innerJoin(organisations, eq(organisations.id, councils.convenerOrganisationId)).where(where),
  ]);
  return { ...toPage(rows, page.limit), total };
}

export async function myMemberships(db: Executor, userId: string, councilIds: string[]) {
  if (!councilIds.length) return [];
  return db
    .select()
    .from(councilMembers)
    .where(and(eq(councilMembers.userId, userId), inArray(councilMembers.councilId, councilIds)));
}

export async function dossiersOf(db: Executor, councilId: string) {
  return db.select().from(councilDossiers).where(eq(councilDossiers.councilId, councilId)).orderBy(asc(councilDossiers.createdAt), asc(councilDossiers.id));
}

export async function findDossier(db: Executor, id: string) {
  const [row] = await db.select().from(councilDossiers).where(eq(councilDossiers.id, id));
  return row;
}

/** Takes the dossier's row lock: sheets and the consolidation of one dossier are written one at a time. */
export async function lockDossier(tx: Executor, id: string) {
  const [row] = await tx.select({ id: councilDossiers.id }).from(councilDossiers).where(eq(councilDossiers.id, id)).for('update');
  return row;
}

export async function insertDossiers(tx: Executor, values: Array<typeof councilDossiers.$inferInsert>) {
  return tx.insert(councilDossiers).values(values).onConflictDoNothing().returning();
}

export async function assignmentsOf(db: Executor, councilDossierIds: string[]) {
  if (!councilDossierIds.length) return [];
  return db.select().from(councilAssignments).where(inArray(councilAssignments.councilDossierId, councilDossierIds));
}
export async function replaceAssignments(tx: Executor, councilDossierId: string, memberIds: string[]) {
  await tx.delete(councilAssignments).where(eq(councilAssignments.councilDossierId, councilDossierId));
  if (memberIds.length) await tx.insert(councilAssignments).values(memberIds.map((memberId) => ({ councilDossierId, memberId })));
}

export async function conflictsOf(db: Executor, councilDossierIds: string[]) {
  if (!councilDossierIds.length) return [];
  return db.select().from(councilConflicts).where(inArray(councilConflicts.councilDossierId, councilDossierIds));
}
export async function insertDeclaration(tx: Executor, values: typeof councilConflicts.$inferInsert) {
  const rows = await tx.insert(councilConflicts).values(values).onConflictDoNothing().returning();
  return rows[0];
}

export async function sheetsOf(db: Executor, councilDossierIds: string[]) {
  if (!councilDossierIds.length) return [];
  return db.select().from(councilScoreSheets).where(inArray(councilScoreSheets.councilDossierId, councilDossierIds));
}
export async function upsertSheet(tx: Executor, values: typeof councilScoreSheets.$inferInsert) {
  const [row] = await tx
    .insert(councilScoreSheets)
    .values(values)
    .onConflictDoUpdate({
      target: [councilScoreSheets.councilDossierId, councilScoreSheets.memberId],
      set: { scores: values.scores, comments: values.comments, submittedAt: values.submittedAt ?? null, updatedAt: new Date() },
    })
    .returning();
  return row;
}

export async function saveConsolidation(
  tx: Executor,
  id: string,
  values: Pick<CouncilDossierRow, 'consolidatedAt' | 'consolidatedBy' | 'result' | 'total' | 'passed'>,
) {
  const [row] = await tx.update(councilDossiers).set(values).where(eq(councilDossiers.id, id)).returning();
  return row;
}

/** Experts with an account (they can sign in to score) and the convener organisations' staff. */
export async function candidates(db: Executor, organisationIds: string[]) {
  const fromDirectory = await db
    .select({ expertId: experts.id, userId: experts.userId, name: experts.name, organisationName: experts.affiliationName, fieldCodes: experts.fieldCodes })
    .from(experts)
    .where(and(isNotNull(experts.userId), eq(experts.status, 'published')))
    .orderBy(asc(experts.name))
    .limit(300);
  const staff = organisationIds.length
    ? await db
        .select({ userId: users.id, name: users.name, organisationName: organisations.nameVi })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(and(inArray(memberships.organisationId, organisationIds), eq(memberships.status, 'active')))
        .orderBy(asc(users.name))
        .limit(300)
    : [];
  return { fromDirectory, staff };
}

export async function expertsByIds(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.select().from(experts).where(inArray(experts.id, ids));
}
export async function usersByIds(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
}
export async function firstMemberships(db: Executor, userIds: string[]) {
  if (!userIds.length) return [];
  return db
    .select({ userId: memberships.userId, organisationId: memberships.organisationId })
    .from(memberships)
    .where(and(inArray(memberships.userId, userIds), eq(memberships.status, 'active')));
}
export async function organisationsByIds(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: organisations.id, name: organisations.nameVi, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, ids));
}

export async function consolidatedDossiers(db: Executor, dossierKind: string, dossierIds: readonly string[]) {
  if (!dossierIds.length) return [];
  return db
    .select({ dossier: councilDossiers, councilName: councils.name, councilKind: councils.kind, form: councils.form })
    .from(councilDossiers)
    .innerJoin(councils, eq(councils.id, councilDossiers.councilId))
    .where(and(eq(councilDossiers.dossierKind, dossierKind), inArray(councilDossiers.dossierId, [...dossierIds]), isNotNull(councilDossiers.consolidatedAt)))
    .orderBy(asc(councilDossiers.consolidatedAt));
}
