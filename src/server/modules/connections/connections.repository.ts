import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { fold } from '../../../domain/text/fold.js';
import { containsPattern } from '../../../domain/text/like-pattern.js';
import {
  agreements,
  connectionMessages,
  connectionPoints,
  connectionStageEvents,
  connections,
  demands,
  memberships,
  offers,
  organisations,
  referenceItems,
  users,
} from '../../../db/schema/index.js';

export type ConnectionRow = typeof connections.$inferSelect;

export async function findDemandForConnection(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: demands.id,
      title: demands.title,
      status: demands.status,
      ownerOrganisationId: demands.ownerOrganisationId,
      provinceCode: demands.provinceCode,
      legacyProvinceCode: demands.legacyProvinceCode,
      sectorCode: demands.sectorCode,
      fieldCodes: demands.fieldCodes,
      targetCountries: demands.targetCountries,
    })
    .from(demands)
    .where(eq(demands.id, id));
  return row;
}

export async function findOfferForConnection(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: offers.id,
      title: offers.title,
      status: offers.status,
      ownerOrganisationId: offers.ownerOrganisationId,
      ownerName: offers.ownerName,
      country: offers.country,
      sectorCode: offers.sectorCode,
      fieldCodes: offers.fieldCodes,
    })
    .from(offers)
    .where(eq(offers.id, id));
  return row;
}

export async function findOrganisationBrief(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: organisations.id,
      nameVi: organisations.nameVi,
      kind: organisations.kind,
      country: organisations.country,
      provinceCode: organisations.provinceCode,
      legacyProvinceCode: organisations.legacyProvinceCode,
    })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

/** The active connection point serving a province, if any (the first one opened). */
export async function connectionPointForProvince(db: Executor, provinceCode: string | null) {
  if (!provinceCode) return undefined;
  const [row] = await db
    .select({ id: connectionPoints.id })
    .from(connectionPoints)
    .where(and(eq(connectionPoints.active, true), sql`${provinceCode} = ANY(${connectionPoints.provinces})`))
    .orderBy(connectionPoints.createdAt)
    .limit(1);
  return row;
}

export async function insertConnection(db: Executor, row: typeof connections.$inferInsert) {
  const [inserted] = await db.insert(connections).values(row).returning();
  return inserted;
}

export async function findConnection(db: Executor, id: string) {
  const [row] = await db.select().from(connections).where(eq(connections.id, id));
  return row;
}

/** Compare-and-set on version: no row back means someone else changed it first. */
export async function updateConnection(db: Executor, id: string, version: number, changes: Partial<typeof connections.$inferInsert>) {
  const [row] = await db
    .update(connections)
    .set({ ...changes, version: version + 1, updatedAt: new Date(), lastActivityAt: new Date() })
    .where(and(eq(connections.id, id), eq(connections.version, version)))
    .returning();
  return row;
}

/** Sets the broker only while none is set (two staff acting at once: the first stays); not a content change, so no new version. */
export async function setBrokerIfUnset(db: Executor, id: string, brokerId: string) {
  const [row] = await db
    .update(connections)
    .set({ brokerId, updatedAt: new Date() })
    .where(and(eq(connections.id, id), isNull(connections.brokerId)))
    .returning();
  return row;
}

export async function touchConnection(db: Executor, id: string) {
  await db.update(connections).set({ lastActivityAt: new Date() }).where(eq(connections.id, id));
}

export async function insertStageEvent(db: Executor, row: typeof connectionStageEvents.$inferInsert) {
  await db.insert(connectionStageEvents).values(row);
}

export async function insertMessage(db: Executor, row: typeof connectionMessages.$inferInsert) {
  const [inserted] = await db.insert(connectionMessages).values(row).returning();
  return inserted;
}

export async function insertAgreement(db: Executor, row: typeof agreements.$inferInsert) {
  const [inserted] = await db.insert(agreements).values(row).returning();
  return inserted;
}

export async function loadConnectionParts(db: Executor, id: string) {
  const [history, messages, agreementRows] = await Promise.all([
    db
      .select({
        fromStage: connectionStageEvents.fromStage,
        toStage: connectionStageEvents.toStage,
        occurredOn: connectionStageEvents.occurredOn,
        note: connectionStageEvents.note,
        actorName: users.name,
      })
      .from(connectionStageEvents)
      .leftJoin(users, eq(users.id, connectionStageEvents.actorId))
      .where(eq(connectionStageEvents.connectionId, id))
      .orderBy(connectionStageEvents.createdAt),
    db
      .select({ id: connectionMessages.id, authorName: users.name, body: connectionMessages.body, createdAt: connectionMessages.createdAt })
      .from(connectionMessages)
      .leftJoin(users, eq(users.id, connectionMessages.authorId))
      .where(eq(connectionMessages.connectionId, id))
      .orderBy(connectionMessages.createdAt),
    db.select().from(agreements).where(eq(agreements.connectionId, id)).orderBy(agreements.signedOn),
  ]);
  return { history, messages, agreements: agreementRows };
}

export async function userName(db: Executor, id: string | null) {
  if (!id) return null;
  const [row] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, id));
  return row ?? null;
}

/** Active members of the given organisations, to notify them. */
export async function memberIdsOf(db: Executor, organisationIds: Array<string | null>) {
  const ids = organisationIds.filter((id): id is string => !!id);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.organisationId, ids), eq(memberships.status, 'active')));
  return rows.map((r) => r.userId);
}

/** Staff of the organisation hosting a connection point. */
export async function staffOfConnectionPoint(db: Executor, connectionPointId: string | null) {
  if (!connectionPointId) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(connectionPoints, eq(connectionPoints.hostOrganisationId, memberships.organisationId))
    .where(and(eq(connectionPoints.id, connectionPointId), eq(memberships.status, 'active')));
  return rows.map((r) => r.userId);
}

export type VisibilityScope = { all: boolean; organisationIds: string[]; connectionPointIds: string[]; userId: string };

function visibleTo(scope: VisibilityScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [eq(connections.brokerId, scope.userId)];
  if (scope.organisationIds.length) {
    parts.push(inArray(connections.seekerOrganisationId, scope.organisationIds), inArray(connections.supplierOrganisationId, scope.organisationIds));
  }
  if (scope.connectionPointIds.length) parts.push(inArray(connections.connectionPointId, scope.connectionPointIds));
  return or(...parts);
}

/** Stages after which a connection is history: current work (stalled ones too) comes first. */
const closedStages = ['transferred', 'declined'];

/**
 * A connection's real last activity: its latest message, the day of its latest stage event, or
 * the day it opened — never the day its row was written (historic records were loaded in bulk).
 */
const lastActivity = sql<Date>`greatest(
  ${connections.openedOn}::timestamptz,
  (select max(e.occurred_on)::timestamptz from connection_stage_events e where e.connection_id = ${connections.id}),
  (select max(m.created_at) from connection_messages m where m.connection_id = ${connections.id})
)`;
const isClosed = sql<number>`(case when ${connections.stage} in (${sql.join(
  closedStages.map((stage) => sql`${stage}`),
  sql`, `,
)}) then 1 else 0 end)`;

/** Where a page ends: history or not, the last activity and the id of its last row. */
export type ListPosition = { closed: number; activity: Date; id: string };

export function encodeListCursor(position: ListPosition): string {
  return `${position.closed}_${position.activity.toISOString()}_${position.id}`;
}

export function decodeListCursor(cursor: string): ListPosition | null {
  const match = /^([01])_([^_]+)_([0-9a-f-]{36})$/.exec(cursor);
  if (!match || Number.isNaN(Date.parse(match[2]))) return null;
  return { closed: Number(match[1]), activity: new Date(match[2]), id: match[3] };
}

/** Rows after `position` in the list's order: current work first, then the latest activity, then id. */
function after(position: ListPosition): SQL {
  const at = position.activity.toISOString();
  return sql`(${isClosed} > ${position.closed} or (${isClosed} = ${position.closed} and (${lastActivity} < ${at}::timestamptz or (${lastActivity} = ${at}::timestamptz and ${connections.id} < ${position.id}))))`;
}

/**
 * Each word of `q` (folded: no diacritics, đ as d) somewhere in the connection's demand or offer title
 * or either party's name: the text a connection's readable title is made of.
 */
function wordsMatch(q: string): SQL[] {
  const text = sql`tb_fold(concat_ws(' ',
    (select title from demands d where d.id = ${connections.demandId}),
    (select title from offers f where f.id = ${connections.offerId}),
    (select name_vi from organisations o where o.id = ${connections.seekerOrganisationId}), ${connections.seekerName},
    (select name_vi from organisations o where o.id = ${connections.supplierOrganisationId}), ${connections.supplierName}))`;
  return fold(q)
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => sql`${text} like ${containsPattern(word)}`);
}

export async function listConnections(
  db: Executor,
  scope: VisibilityScope,
  filter: { stage?: string; demandId?: string; offerId?: string; year?: number; q?: string; cursor?: ListPosition | null; limit: number },
) {
  const conditions = [visibleTo(scope)];
  if (filter.q) conditions.push(...wordsMatch(filter.q));
  if (filter.stage) conditions.push(eq(connections.stage, filter.stage));
  if (filter.demandId) conditions.push(eq(connections.demandId, filter.demandId));
  if (filter.offerId) conditions.push(eq(connections.offerId, filter.offerId));
  const visible = and(...conditions);
  const where = filter.year ? and(visible, sql`extract(year from ${connections.openedOn}) = ${filter.year}`) : visible;
  const page = filter.cursor ? and(where, after(filter.cursor)) : where;
  const seeker = sql<
    string | null
  >`coalesce((select name_vi from organisations o where o.id = ${connections.seekerOrganisationId}), ${connections.seekerName})`;
  const supplier = sql<
    string | null
  >`coalesce((select name_vi from organisations o where o.id = ${connections.supplierOrganisationId}), ${connections.supplierName})`;
  const demandTitle = sql<string | null>`(select title from demands d where d.id = ${connections.demandId})`;
  const offerTitle = sql<string | null>`(select title from offers f where f.id = ${connections.offerId})`;
  const [items, [{ total }], years] = await Promise.all([
    db
      .select({
        id: connections.id,
        demandTitle,
        offerTitle,
        seekerName: seeker,
        supplierName: supplier,
        channel: connections.channel,
        stage: connections.stage,
        openedOn: connections.openedOn,
        lastActivityAt: sql<string>`${lastActivity}`.mapWith((value: string | Date) => new Date(value)),
        closed: isClosed.mapWith(Number),
      })
      .from(connections)
      .where(page)
      .orderBy(isClosed, desc(lastActivity), desc(connections.id))
      .limit(filter.limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(connections)
      .where(where),
    // The years the caller has history in, for the year filter (whatever year is chosen).
    db
      .selectDistinct({ year: sql<number>`extract(year from ${connections.openedOn})::int` })
      .from(connections)
      .where(visible),
  ]);
  return { items, total, years: years.map((row) => Number(row.year)).sort((a, b) => b - a) };
}

/** The connections to a demand, as facts for the confidentiality rule (which decides which of them open it). */
export async function connectionsOfDemand(db: Executor, demandId: string) {
  return db
    .select({
      seekerOrganisationId: connections.seekerOrganisationId,
      supplierOrganisationId: connections.supplierOrganisationId,
      requestedBy: connections.requestedBy,
      stage: connections.stage,
      resumeStage: connections.resumeStage,
    })
    .from(connections)
    .where(eq(connections.demandId, demandId));
}

/**
 * Which party declined the connection last, from its history: the side whose organisation the
 * person who declined it belongs to, or null (a broker declined it, or that person left).
 */
export async function declinerSide(db: Executor, row: ConnectionRow): Promise<'seeker' | 'supplier' | null> {
  const [event] = await db
    .select({ actorId: connectionStageEvents.actorId })
    .from(connectionStageEvents)
    .where(and(eq(connectionStageEvents.connectionId, row.id), eq(connectionStageEvents.toStage, 'declined')))
    .orderBy(desc(connectionStageEvents.createdAt))
    .limit(1);
  if (!event?.actorId) return null;
  const organisations = [row.seekerOrganisationId, row.supplierOrganisationId].filter((id): id is string => !!id);
  if (organisations.length === 0) return null;
  const rows = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(and(eq(memberships.userId, event.actorId), eq(memberships.status, 'active'), inArray(memberships.organisationId, organisations)));
  const ids = new Set(rows.map((r) => r.organisationId));
  if (row.seekerOrganisationId && ids.has(row.seekerOrganisationId)) return 'seeker';
  return row.supplierOrganisationId && ids.has(row.supplierOrganisationId) ? 'supplier' : null;
}

/** Open connections whose last activity is older than the cut-off. */
export async function staleConnections(db: Executor, before: Date) {
  return db
    .select()
    .from(connections)
    .where(and(inArray(connections.stage, ['proposed', 'accepted', 'meeting', 'mou', 'contract']), lt(connections.lastActivityAt, before)));
}

/** The contents a technology-transfer contract must hold (Law 07/2017, art. 23), as reference data. */
export async function activeContractContents(db: Executor) {
  return db
    .select({ code: referenceItems.code, name: referenceItems.name })
    .from(referenceItems)
    .where(and(eq(referenceItems.category, 'contract-content'), eq(referenceItems.active, true)))
    .orderBy(referenceItems.sortOrder);
}
