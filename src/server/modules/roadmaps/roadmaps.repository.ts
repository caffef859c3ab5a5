import { and, asc, eq, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import {
  connections,
  demands,
  experts,
  matches,
  offers,
  organisations,
  programmeTasks,
  roadmapItemEvents,
  roadmapRecordLinks,
  roadmaps,
  roadmapSnapshots,
  technologyMaps,
} from '../../../db/schema/index.js';
import type { Roadmap } from '../../../domain/roadmaps/types.js';
import { containsPattern } from '../../../domain/text/like-pattern.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

/** Who may see what in a list: everything, or published ones plus those of the caller's organisations and provinces. */
export type ListScope = { all: boolean; organisationIds: string[]; provinces: string[] };

const enterprise = alias(organisations, 'roadmap_enterprise');

/**
 * The roadmaps a scope's organisations own or are about, or (enterprise roadmaps) whose enterprise is in
 * one of its provinces — with `isResponsibleFor`'s scope (policy), the roadmaps flagged when past review.
 */
function responsibleFor(scope: { organisationIds: string[]; provinces: string[] }): SQL | undefined {
  const parts: SQL[] = [];
  if (scope.organisationIds.length) {
    parts.push(inArray(roadmaps.ownerOrganisationId, scope.organisationIds), inArray(roadmaps.organisationId, scope.organisationIds));
  }
  if (scope.provinces.length) parts.push(and(eq(roadmaps.scopeKind, 'enterprise'), inArray(enterprise.provinceCode, scope.provinces)) as SQL);
  return parts.length ? or(...parts) : undefined;
}

/** Past review on `today`: the review date is before it (reviewState's 'overdue'). */
const pastReview = (today: string) => and(isNotNull(roadmaps.reviewDate), sql`${roadmaps.reviewDate} < ${today}`) as SQL;

/**
 * Roadmaps the scope lets the caller see, most recently changed first; with `reviewDue`, only those past
 * review on its day that its scope is responsible for (the ones /roadmaps flags).
 */
export async function listRoadmaps(
  db: Executor,
  scope: ListScope,
  filter: {
    organisationId?: string;
    reviewDue?: { today: string; responsible: { organisationIds: string[]; provinces: string[] } };
    cursor?: string;
    limit: number;
  },
) {
  const mine = responsibleFor(scope);
  const visible = scope.all ? undefined : mine ? or(eq(roadmaps.published, true), mine) : eq(roadmaps.published, true);
  const due = filter.reviewDue ? (and(pastReview(filter.reviewDue.today), responsibleFor(filter.reviewDue.responsible) ?? sql`false`) as SQL) : undefined;
  const where = and(visible, filter.organisationId ? eq(roadmaps.organisationId, filter.organisationId) : undefined, due);
  const order = keyset([
    { column: roadmaps.updatedAt, kind: 'timestamp', direction: 'desc' },
    { column: roadmaps.id, kind: 'text', direction: 'asc' },
  ]);
  const after = order.after(filter.cursor);
  const rows = db
    .select({
      id: roadmaps.id,
      titleVi: roadmaps.titleVi,
      titleEn: roadmaps.titleEn,
      scopeKind: roadmaps.scopeKind,
      vsicCode: roadmaps.vsicCode,
      organisationId: roadmaps.organisationId,
      ownerOrganisationId: roadmaps.ownerOrganisationId,
      published: roadmaps.published,
      reviewDate: roadmaps.reviewDate,
      reviewRemindedFor: roadmaps.reviewRemindedFor,
      version: roadmaps.version,
      createdBy: roadmaps.createdBy,
      createdAt: roadmaps.createdAt,
      updatedAt: roadmaps.updatedAt,
      ownerName: organisations.nameVi,
      organisationProvince: enterprise.provinceCode,
      itemCount: sql<number>`jsonb_array_length(${roadmaps.document} -> 'items')`.mapWith(Number),
      cursorKey: order.cursorKey,
    })
    .from(roadmaps)
    .innerJoin(organisations, eq(organisations.id, roadmaps.ownerOrganisationId))
    .leftJoin(enterprise, eq(enterprise.id, roadmaps.organisationId))
    .where(and(where, after))
    .orderBy(...order.orderBy)
    .limit(filter.limit + 1);
  const count = db.select({ total: countAll }).from(roadmaps).leftJoin(enterprise, eq(enterprise.id, roadmaps.organisationId)).where(where);
  const [page, [{ total }]] = await Promise.all([rows, count]);
  return { ...toPage(page, filter.limit), total };
}

export async function findRoadmap(db: Executor, id: string) {
  const [row] = await db.select().from(roadmaps).where(eq(roadmaps.id, id));
  return row;
}

/** The province of an enterprise roadmap's enterprise, for its connection point. */
export async function organisationFacts(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organisations.id, kind: organisations.kind, provinceCode: organisations.provinceCode, name: organisations.nameVi })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

export async function insertRoadmap(db: Executor, row: typeof roadmaps.$inferInsert) {
  const [inserted] = await db.insert(roadmaps).values(row).returning();
  return inserted;
}

/** Compare-and-set on `version`; undefined when someone else saved in between. */
export async function saveRoadmap(db: Executor, id: string, version: number, patch: Partial<typeof roadmaps.$inferInsert>) {
  const [updated] = await db
    .update(roadmaps)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(roadmaps.id, id), eq(roadmaps.version, version)))
    .returning();
  return updated;
}

export async function deleteRoadmap(db: Executor, id: string) {
  await db.delete(roadmaps).where(eq(roadmaps.id, id));
}

/** The record index of one roadmap, replaced by what its items now name. */
export async function replaceRecordLinks(db: Executor, roadmap: Roadmap) {
  await db.delete(roadmapRecordLinks).where(eq(roadmapRecordLinks.roadmapId, roadmap.id));
  const rows = roadmap.items.flatMap((item) => item.records.map((r) => ({ roadmapId: roadmap.id, itemId: item.id, recordKind: r.kind, recordId: r.id })));
  if (rows.length) await db.insert(roadmapRecordLinks).values(rows);
}

/** Roadmaps with an item tied to one of these records (kind:id keys), with their rows locked for the update. */
export async function roadmapsTiedTo(db: Executor, records: { kind: string; id: string }[]) {
  if (records.length === 0) return [];
  const match = or(...records.map((r) => and(eq(roadmapRecordLinks.recordKind, r.kind), eq(roadmapRecordLinks.recordId, r.id))));
  const ids = await db.selectDistinct({ id: roadmapRecordLinks.roadmapId }).from(roadmapRecordLinks).where(match);
  if (ids.length === 0) return [];
  return db
    .select()
    .from(roadmaps)
    .where(
      inArray(
        roadmaps.id,
        ids.map((r) => r.id),
      ),
    )
    .for('update');
}

export async function insertItemEvents(db: Executor, rows: (typeof roadmapItemEvents.$inferInsert)[]) {
  if (rows.length) await db.insert(roadmapItemEvents).values(rows);
}

export async function itemEvents(db: Executor, roadmapId: string) {
  return db.select().from(roadmapItemEvents).where(eq(roadmapItemEvents.roadmapId, roadmapId)).orderBy(asc(roadmapItemEvents.occurredAt));
}

export async function insertSnapshot(db: Executor, row: typeof roadmapSnapshots.$inferInsert) {
  const [inserted] = await db.insert(roadmapSnapshots).values(row).returning();
  return inserted;
}

/** A page of one roadmap's snapshots, newest first; `foldedQuery` matches part of the name, accents ignored. */
export async function listSnapshots(db: Executor, roadmapId: string, filter: { foldedQuery?: string; cursor?: string; limit: number }) {
  const where = and(
    eq(roadmapSnapshots.roadmapId, roadmapId),
    filter.foldedQuery ? sql`tb_fold(${roadmapSnapshots.name}) like ${containsPattern(filter.foldedQuery)}` : undefined,
  );
  const order = keyset([
    { column: roadmapSnapshots.takenAt, kind: 'timestamp', direction: 'desc' },
    { column: roadmapSnapshots.id, kind: 'uuid', direction: 'desc' },
  ]);
  const after = order.after(filter.cursor);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: roadmapSnapshots.id, name: roadmapSnapshots.name, takenAt: roadmapSnapshots.takenAt, cursorKey: order.cursorKey })
      .from(roadmapSnapshots)
      .where(and(where, after))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(roadmapSnapshots).where(where),
  ]);
  return { ...toPage(rows, filter.limit), total };
}

export async function findSnapshot(db: Executor, roadmapId: string, id: string) {
  const [row] = await db
    .select()
    .from(roadmapSnapshots)
    .where(and(eq(roadmapSnapshots.roadmapId, roadmapId), eq(roadmapSnapshots.id, id)));
  return row;
}

/** Roadmaps whose review is on or before `day` and not yet reminded for that review date. */
export async function reviewsToRemind(db: Executor, day: string) {
  return db
    .select({
      id: roadmaps.id,
      titleVi: roadmaps.titleVi,
      titleEn: roadmaps.titleEn,
      reviewDate: roadmaps.reviewDate,
      ownerOrganisationId: roadmaps.ownerOrganisationId,
      organisationId: roadmaps.organisationId,
      province: enterprise.provinceCode,
    })
    .from(roadmaps)
    .leftJoin(enterprise, eq(enterprise.id, roadmaps.organisationId))
    .where(
      and(
        isNotNull(roadmaps.reviewDate),
        lte(roadmaps.reviewDate, day),
        or(sql`${roadmaps.reviewRemindedFor} is null`, sql`${roadmaps.reviewRemindedFor} <> ${roadmaps.reviewDate}`),
      ),
    );
}

export async function markReminded(db: Executor, id: string, reviewDate: string) {
  await db.update(roadmaps).set({ reviewRemindedFor: reviewDate }).where(eq(roadmaps.id, id));
}

// ── Records items are tied to ──────────────────────────────────────────────

export type ConnectionFacts = { id: string; stage: string; demandId: string | null; offerId: string | null };

/** Connections by id, and every connection on these demands and offers, for live states. */
export async function connectionsFor(db: Executor, ids: { connectionIds: string[]; demandIds: string[]; offerIds: string[] }): Promise<ConnectionFacts[]> {
  const conds: SQL[] = [];
  if (ids.connectionIds.length) conds.push(inArray(connections.id, ids.connectionIds));
  if (ids.demandIds.length) conds.push(inArray(connections.demandId, ids.demandIds));
  if (ids.offerIds.length) conds.push(inArray(connections.offerId, ids.offerIds));
  if (conds.length === 0) return [];
  return db
    .select({ id: connections.id, stage: connections.stage, demandId: connections.demandId, offerId: connections.offerId })
    .from(connections)
    .where(or(...conds));
}

/** How many matches each demand, offer and expert has (a record with matches and no connection reads "matched"). */
export async function matchCounts(db: Executor, ids: { demandIds: string[]; offerIds: string[]; expertIds: string[] }) {
  const counts = new Map<string, number>();
  const count = async (column: typeof matches.demandId | typeof matches.offerId | typeof matches.expertId, kind: string, list: string[]) => {
    if (list.length === 0) return;
    const rows = await db
      .select({ id: column, n: sql<number>`count(*)`.mapWith(Number) })
      .from(matches)
      .where(inArray(column, list))
      .groupBy(column);
    for (const row of rows) if (row.id) counts.set(`${kind}:${row.id}`, row.n);
  };
  await count(matches.demandId, 'demand', ids.demandIds);
  await count(matches.offerId, 'offer', ids.offerIds);
  await count(matches.expertId, 'expert', ids.expertIds);
  return counts;
}

/** Titles of catalogue records by kind, to show on items' links. */
/** Programme tasks' states and titles, for items tied to them. */
export async function taskStates(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: programmeTasks.id, status: programmeTasks.status, title: programmeTasks.title })
    .from(programmeTasks)
    .where(inArray(programmeTasks.id, ids));
}

export async function recordTitles(db: Executor, kind: 'demand' | 'offer' | 'expert', ids: string[]) {
  if (ids.length === 0) return [];
  if (kind === 'expert') return db.select({ id: experts.id, title: experts.name }).from(experts).where(inArray(experts.id, ids));
  const table = kind === 'demand' ? demands : offers;
  return db.select({ id: table.id, title: table.title }).from(table).where(inArray(table.id, ids));
}

/** Published catalogue records' classification and keywords, for a technology map's counts. */
export async function matchableRecords(db: Executor) {
  const pick = (table: typeof demands | typeof offers) =>
    db
      .select({ id: table.id, title: table.title, keywords: table.keywords, vsicSections: table.vsicSections, fieldCodes: table.fieldCodes })
      .from(table)
      .where(eq(table.status, 'published'));
  const [demandRows, offerRows, expertRows, connectionRows] = await Promise.all([
    pick(demands),
    pick(offers),
    db
      .select({ id: experts.id, title: experts.name, keywords: experts.keywords, fieldCodes: experts.fieldCodes })
      .from(experts)
      .where(eq(experts.status, 'published')),
    db.select({ id: connections.id, demandId: connections.demandId, offerId: connections.offerId }).from(connections),
  ]);
  return { demandRows, offerRows, expertRows, connectionRows };
}

// ── Technology maps ─────────────────────────────────────────────────────────

/** A page of the published technology maps by Vietnamese title. */
export async function listMaps(db: Executor, filter: { cursor?: string; limit: number }) {
  const where = eq(technologyMaps.published, true);
  const order = keyset([
    { column: technologyMaps.titleVi, kind: 'text', direction: 'asc' },
    { column: technologyMaps.id, kind: 'text', direction: 'asc' },
  ]);
  const after = order.after(filter.cursor);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: technologyMaps.id,
        titleVi: technologyMaps.titleVi,
        titleEn: technologyMaps.titleEn,
        vsicCode: technologyMaps.vsicCode,
        cursorKey: order.cursorKey,
      })
      .from(technologyMaps)
      .where(and(where, after))
      .orderBy(...order.orderBy)
      .limit(filter.limit + 1),
    db.select({ total: countAll }).from(technologyMaps).where(where),
  ]);
  return { ...toPage(rows, filter.limit), total };
}

export async function findMap(db: Executor, id: string) {
  const [row] = await db.select().from(technologyMaps).where(eq(technologyMaps.id, id));
  return row;
}

/** Published roadmaps built on a map. */
export async function publishedRoadmapsOnMap(db: Executor, mapId: string) {
  const rows = await db
    .select({ id: roadmaps.id })
    .from(roadmaps)
    .where(and(eq(roadmaps.published, true), sql`${roadmaps.document} ->> 'technologyMapId' = ${mapId}`));
  return rows.map((r) => r.id);
}
