import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { assessmentCampaignTargets, assessmentCampaigns, assessments, organisations } from '../../../db/schema/index.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

export type CampaignRow = typeof assessmentCampaigns.$inferSelect;

export async function organisationsByIds(db: Executor, ids: string[]) {
  return db
    .select({ id: organisations.id, kind: organisations.kind, name: organisations.nameVi, provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}

export async function insertCampaign(db: Executor, row: typeof assessmentCampaigns.$inferInsert, organisationIds: string[]) {
  const [campaign] = await db.insert(assessmentCampaigns).values(row).returning();
  await db.insert(assessmentCampaignTargets).values(organisationIds.map((organisationId) => ({ campaignId: campaign.id, organisationId })));
  return campaign;
}

/** A page of the campaigns touching any of `provinces` (every campaign when null), newest first; and how many in all. */
export async function listCampaigns(db: Executor, provinces: string[] | null, filter: { cursor?: string; limit: number }) {
  const where =
    provinces === null
      ? undefined
      : sql`${assessmentCampaigns.provinceCodes} && ${sql`ARRAY[${sql.join(
          provinces.map((p) => sql`${p}`),
          sql`, `,
        )}]::text[]`}`;
  const order = keyset([
    { column: assessmentCampaigns.createdAt, kind: 'timestamp', direction: 'desc' },
    { column: assessmentCampaigns.id, kind: 'uuid', direction: 'desc' },
  ]);
  const after = order.after(filter.cursor);
  if (provinces !== null && provinces.length === 0) return { rows: [], total: 0, nextCursor: null };
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ campaign: assessmentCampaigns, cursorKey: order.cursorKey })
      .from(assessmentCampaigns)
      .where(and(where, after))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(assessmentCampaigns).where(where),
  ]);
  const page = toPage(rows, filter.limit);
  return { rows: page.rows.map((r) => r.campaign), total, nextCursor: page.nextCursor };
}

export async function findCampaign(db: Executor, id: string) {
  const [row] = await db.select().from(assessmentCampaigns).where(eq(assessmentCampaigns.id, id));
  return row;
}

/**
 * Each target of the campaigns with its latest assessment under the campaign's methodology started
 * since the campaign began (none: still only invited).
 */
export async function campaignTargets(db: Executor, campaignIds: string[]) {
  if (!campaignIds.length) return [];
  const latest = sql<string | null>`(select a.id from ${assessments} a where a.organisation_id = ${assessmentCampaignTargets.organisationId}
    and a.methodology_id = ${assessmentCampaigns.methodologyId} and a.created_at >= ${assessmentCampaigns.createdAt}
    order by a.created_at desc limit 1)`;
  const rows = await db
    .select({
      campaignId: assessmentCampaignTargets.campaignId,
      organisationId: assessmentCampaignTargets.organisationId,
      name: organisations.nameVi,
      provinceCode: organisations.provinceCode,
      assessmentId: latest,
    })
    .from(assessmentCampaignTargets)
    .innerJoin(assessmentCampaigns, eq(assessmentCampaigns.id, assessmentCampaignTargets.campaignId))
    .innerJoin(organisations, eq(organisations.id, assessmentCampaignTargets.organisationId))
    .where(inArray(assessmentCampaignTargets.campaignId, campaignIds))
    .orderBy(organisations.nameVi);
  const ids = rows.flatMap((r) => (r.assessmentId ? [r.assessmentId] : []));
  const states = ids.length
    ? await db
        .select({ id: assessments.id, status: assessments.status, total: sql<number | null>`(${assessments.score}->>'total')::float8` })
        .from(assessments)
        .where(and(inArray(assessments.id, ids)))
    : [];
  const byId = new Map(states.map((s) => [s.id, s]));
  return rows.map((r) => ({
    ...r,
    status: r.assessmentId ? (byId.get(r.assessmentId)?.status ?? null) : null,
    total: r.assessmentId ? (byId.get(r.assessmentId)?.total ?? null) : null,
  }));
}

/** Campaigns inviting any of these organisations in which it has not started an assessment yet. */
export async function openInvitations(db: Executor, organisationIds: string[]) {
  if (!organisationIds.length) return [];
  return db
    .select({
      campaignId: assessmentCampaigns.id,
      name: assessmentCampaigns.name,
      methodologyId: assessmentCampaigns.methodologyId,
      vsicDivision: assessmentCampaigns.vsicDivision,
      organisationId: assessmentCampaignTargets.organisationId,
      organisationName: organisations.nameVi,
      deadline: assessmentCampaigns.deadline,
    })
    .from(assessmentCampaignTargets)
    .innerJoin(assessmentCampaigns, eq(assessmentCampaigns.id, assessmentCampaignTargets.campaignId))
    .innerJoin(organisations, eq(organisations.id, assessmentCampaignTargets.organisationId))
    .where(
      and(
        inArray(assessmentCampaignTargets.organisationId, organisationIds),
        sql`not exists (select 1 from ${assessments} a where a.organisation_id = ${assessmentCampaignTargets.organisationId}
          and a.methodology_id = ${assessmentCampaigns.methodologyId} and a.created_at >= ${assessmentCampaigns.createdAt})`,
      ),
    )
    .orderBy(desc(assessmentCampaigns.createdAt))
    .limit(20);
}
