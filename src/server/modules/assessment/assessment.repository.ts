import { containsPattern } from '../../../domain/text/like-pattern.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';
import { and, asc, desc, eq, getTableColumns, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { assessmentCampaignTargets, assessmentCampaigns, assessmentMethodologies, assessments, organisations } from '../../../db/schema/index.js';
import type { AssessmentScore } from '../../../domain/assessment/score-assessment.js';
import { scoreFigures } from '../../../domain/assessment/sector-statistics.js';
import { refreshDashboardEntries } from './dashboard.repository.js';

export type AssessmentRow = typeof assessments.$inferSelect;
export type AssessmentWithNames = AssessmentRow & { organisationName: string };

/** A page of methodology versions, by code and newest version first, and how many in all. */
export async function listMethodologyRows(db: Executor, page: { cursor?: string; limit: number }) {
  const m = assessmentMethodologies;
  const order = keyset([
    { column: m.code, kind: 'text', direction: 'asc' },
    { column: m.version, kind: 'integer', direction: 'desc' },
    { column: m.id, kind: 'text', direction: 'asc' },
  ]);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: m.id, status: m.status, cursorKey: order.cursorKey })
      .from(m)
      .where(order.after(page.cursor))
      .orderBy(...order.orderBy)
      .limit(page.limit + 1),
    db.select({ total: countAll }).from(m),
  ]);
  return { ...toPage(rows, page.limit), total };
}

/** The id of the newest published version of every methodology code. */
export async function latestPublishedMethodologyIds(db: Executor): Promise<string[]> {
  const m = assessmentMethodologies;
  const rows = await db.selectDistinctOn([m.code], { id: m.id }).from(m).where(eq(m.status, 'published')).orderBy(asc(m.code), desc(m.version));
  return rows.map((r) => r.id);
}

export async function findMethodologyRow(db: Executor, id: string) {
  const [row] = await db.select().from(assessmentMethodologies).where(eq(assessmentMethodologies.id, id));
  return row;
}

export async function findOrganisation(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organisations.id, kind: organisations.kind, name: organisations.nameVi, provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

/** Enterprises the caller may assess: its own, and (for staff) those of the provinces it covers (null: all). */
export async function eligibleOrganisations(
  db: Executor,
  scope: { memberOf: string[]; provinces: string[] | null | 'none'; q?: string },
  page: { cursor?: string; limit: number },
) {
  const order = keyset([
    { column: organisations.nameVi, kind: 'text', direction: 'asc' },
    { column: organisations.id, kind: 'uuid', direction: 'asc' },
  ]);
  const after = order.after(page.cursor);
  const reach: SQL[] = [];
  if (scope.memberOf.length) reach.push(inArray(organisations.id, scope.memberOf));
  if (scope.provinces === null) reach.push(sql`true`);
  else if (scope.provinces !== 'none' && scope.provinces.length) reach.push(inArray(organisations.provinceCode, scope.provinces));
  if (!reach.length) return { rows: [], total: 0, nextCursor: null };
  const conditions: SQL[] = [eq(organisations.kind, 'enterprise'), or(...reach) as SQL];
  if (scope.q) conditions.push(sql`tb_fold(${organisations.nameVi}) like ${containsPattern(scope.q)}`);
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.nameVi, provinceCode: organisations.provinceCode, cursorKey: order.cursorKey })
      .from(organisations)
      .where(and(where, after))
      .orderBy(...order.orderBy)
      .limit(page.limit + 1),
    db.select({ total: countAll }).from(organisations).where(where),
  ]);
  return { ...toPage(rows, page.limit), total };
}

const withNames = { ...getTableColumns(assessments), organisationName: organisations.nameVi };

export async function findAssessment(db: Executor, id: string, lock = false): Promise<AssessmentWithNames | undefined> {
  const query = db.select(withNames).from(assessments).innerJoin(organisations, eq(organisations.id, assessments.organisationId)).where(eq(assessments.id, id));
  const [row] = lock ? await query.for('update', { of: assessments }) : await query;
  return row;
}

/** Assessments the caller may see: of its organisations, or of the provinces it assesses (null: every province); a page, newest first. */
export async function listAssessments(
  db: Executor,
  scope: { memberOf: string[]; provinces: string[] | null },
  filter: { organisationId?: string; status?: string },
  page: { limit: number; after?: { createdAt: Date; id: string } },
) {
  const reach: SQL[] = [];
  if (scope.memberOf.length) reach.push(inArray(assessments.organisationId, scope.memberOf));
  if (scope.provinces === null) reach.push(sql`true`);
  else if (scope.provinces.length) reach.push(inArray(assessments.provinceCode, scope.provinces));
  if (!reach.length) return { rows: [], total: 0 };
  const conditions: SQL[] = [or(...reach) as SQL];
  if (filter.organisationId) conditions.push(eq(assessments.organisationId, filter.organisationId));
  if (filter.status) conditions.push(eq(assessments.status, filter.status));
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(assessments)
    .where(and(...conditions));
  // Times compared to the millisecond, as the cursor carries them (the database keeps microseconds).
  const createdMs = sql`date_trunc('milliseconds', ${assessments.createdAt})`;
  const after = page.after ? sql`(${createdMs}, ${assessments.id}) < (${page.after.createdAt.toISOString()}::timestamptz, ${page.after.id}::uuid)` : undefined;
  const rows = await db
    .select(withNames)
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .where(and(...conditions, after))
    .orderBy(desc(createdMs), desc(assessments.id))
    .limit(page.limit);
  return { rows, total };
}

/** The figures dashboards read follow the score whenever it is written. */
const withFigures = <T extends { score?: AssessmentScore | null }>(row: T) =>
  row.score === undefined ? row : { ...row, figures: row.score ? scoreFigures(row.score) : null };

export async function insertAssessment(db: Executor, row: typeof assessments.$inferInsert) {
  const [inserted] = await db.insert(assessments).values(withFigures(row)).returning();
  if (inserted.status === 'approved') await refreshDashboardEntries(db, [inserted.organisationId]);
  return inserted;
}

export async function updateAssessment(db: Executor, id: string, patch: Partial<typeof assessments.$inferInsert>) {
  const [updated] = await db
    .update(assessments)
    .set({ ...withFigures(patch), updatedAt: new Date(), version: sql`${assessments.version} + 1` })
    .where(eq(assessments.id, id))
    .returning();
  // The dashboards' copy follows any change of status or score, in this transaction.
  if (updated && (patch.status !== undefined || patch.score !== undefined)) await refreshDashboardEntries(db, [updated.organisationId]);
  return updated;
}

/** The latest approved score of each enterprise of a sector under a methodology (any version): the benchmark sample. */
export async function sectorScores(db: Executor, methodologyCode: string, vsicDivision: string): Promise<AssessmentScore[]> {
  const rows = await db
    .selectDistinctOn([assessments.organisationId], { score: assessments.score })
    .from(assessments)
    .innerJoin(assessmentMethodologies, eq(assessmentMethodologies.id, assessments.methodologyId))
    .where(and(eq(assessmentMethodologies.code, methodologyCode), eq(assessments.vsicDivision, vsicDivision), eq(assessments.status, 'approved')))
    .orderBy(assessments.organisationId, desc(assessments.reviewedAt));
  return rows.flatMap((r) => (r.score ? [r.score] : []));
}

/** The enterprise's approved assessment before this one, if any: what changed is measured against it. */
export async function previousApproved(db: Executor, organisationId: string, excludingId: string, before: Date) {
  const [row] = await db
    .select({ id: assessments.id, score: assessments.score, reviewedAt: assessments.reviewedAt })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        ne(assessments.id, excludingId),
        eq(assessments.status, 'approved'),
        sql`${assessments.createdAt} < ${before.toISOString()}`,
      ),
    )
    .orderBy(desc(assessments.createdAt))
    .limit(1);
  return row;
}

export async function insertMethodology(db: Executor, row: typeof assessmentMethodologies.$inferInsert) {
  const [inserted] = await db.insert(assessmentMethodologies).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function latestVersionOf(db: Executor, code: string): Promise<number> {
  const [row] = await db
    .select({ version: sql<number>`coalesce(max(${assessmentMethodologies.version}), 0)::int` })
    .from(assessmentMethodologies)
    .where(eq(assessmentMethodologies.code, code));
  return row?.version ?? 0;
}

/** Targets of the campaigns under a methodology touching the provinces (null: every campaign), with when each campaign began. */
export async function campaignMemberships(db: Executor, provinces: string[] | null, methodologyCode: string) {
  if (provinces !== null && !provinces.length) return [];
  const conditions: SQL[] = [eq(assessmentMethodologies.code, methodologyCode)];
  if (provinces !== null)
    conditions.push(
      sql`${assessmentCampaigns.provinceCodes} && ARRAY[${sql.join(
        provinces.map((p) => sql`${p}`),
        sql`, `,
      )}]::text[]`,
    );
  return db
    .select({
      campaignId: assessmentCampaigns.id,
      name: assessmentCampaigns.name,
      createdAt: assessmentCampaigns.createdAt,
      organisationId: assessmentCampaignTargets.organisationId,
    })
    .from(assessmentCampaignTargets)
    .innerJoin(assessmentCampaigns, eq(assessmentCampaigns.id, assessmentCampaignTargets.campaignId))
    .innerJoin(assessmentMethodologies, eq(assessmentMethodologies.id, assessmentCampaigns.methodologyId))
    .where(and(...conditions));
}
