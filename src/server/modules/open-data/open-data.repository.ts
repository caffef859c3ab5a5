import { and, asc, eq, inArray, isNotNull, notInArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { countAll } from '../../keyset-page.repository.js';
import type { Executor } from '../../../db/client.js';
import { connectionRollup, demands, experts, jobs, offers, openDataFiles, openDataRateWindows, organisations, storedFiles } from '../../../db/schema/index.js';
import type { AgreementCell, CollectedCell, ConnectionCell, EventCell, StatisticsCells } from '../../../domain/open-data/statistics.js';
import type { HarvestCursor } from '../../../domain/open-data/cursor.js';

type Rows<T> = { rows: T[] };

/**
 * The cells behind every public figure. Connections come from the dashboards' rollup, agreements
 * and collected records by the same rules as the network report (an agreement by its signing date
 * and its own province; a record collected when submitted, draft never), so the two agree.
 */
export async function statisticsCells(db: Executor): Promise<StatisticsCells> {
  const [connections, agreements, collected, events] = await Promise.all([
    db
      .select({
        year: connectionRollup.year,
        province: connectionRollup.provinceCode,
        legacyProvince: connectionRollup.legacyProvinceCode,
        channel: connectionRollup.channel,
        partnerCountry: connectionRollup.partnerCountry,
        sector: connectionRollup.sectorCode,
        stage: connectionRollup.stage,
        resumeStage: connectionRollup.resumeStage,
        count: connectionRollup.count,
      })
      .from(connectionRollup)
      .where(sql`${connectionRollup.count} <> 0`)
      .orderBy(
        connectionRollup.year,
        connectionRollup.provinceCode,
        connectionRollup.legacyProvinceCode,
        connectionRollup.channel,
        connectionRollup.partnerCountry,
        connectionRollup.sectorCode,
        connectionRollup.stage,
        connectionRollup.resumeStage,
      ) as Promise<ConnectionCell[]>,
    db.execute(sql`
      SELECT extract(year from a.signed_on)::int AS year, coalesce(a.province_code, '') AS province,
             coalesce(a.legacy_province_code, '') AS "legacyProvince", coalesce(c.channel, '') AS channel,
             coalesce(c.partner_country, '') AS "partnerCountry", coalesce(c.sector_code, '') AS sector, a.kind,
             count(*)::int AS count, coalesce(sum(a.value_vnd), 0)::float8 AS "valueVnd"
      FROM agreements a LEFT JOIN connections c ON c.id = a.connection_id
      GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`),
    db.execute(sql`
      SELECT kind, year, province, "legacyProvince", country, sector, count(*)::int AS count FROM (
        SELECT 'demand' AS kind, extract(year from coalesce(submitted_at, created_at) at time zone 'UTC')::int AS year,
               coalesce(province_code, '') AS province, coalesce(legacy_province_code, '') AS "legacyProvince", country, coalesce(sector_code, '') AS sector
        FROM demands WHERE status <> 'draft'
        UNION ALL
        SELECT 'offer', extract(year from coalesce(submitted_at, created_at) at time zone 'UTC')::int,
               coalesce(province_code, ''), coalesce(legacy_province_code, ''), country, coalesce(sector_code, '')
        FROM offers WHERE status <> 'draft') r
      GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`),
    // Every event is public (its page needs no sign-in); it counts in the year it starts.
    db.execute(sql`
      SELECT extract(year from e.starts_on)::int AS year, coalesce(e.province_code, '') AS province,
             coalesce(e.legacy_province_code, '') AS "legacyProvince", e.kind, count(*)::int AS events,
             coalesce(sum(t.registrations), 0)::int AS registrations, coalesce(sum(t.meetings), 0)::int AS meetings
      FROM events e CROSS JOIN LATERAL (${eventTallies(sql`e.id`)}) t
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`),
  ]);
  return {
    connections,
    agreements: (agreements as unknown as Rows<AgreementCell>).rows.map((r) => ({ ...r, valueVnd: Number(r.valueVnd) })),
    collected: (collected as unknown as Rows<CollectedCell>).rows,
    events: (events as unknown as Rows<EventCell>).rows,
  };
}

/**
 * An event's public tallies: registrations the organisers approved, 1:1 meetings scheduled and not
 * cancelled, and the last time either changed (so a harvester learns of new figures).
 */
const eventTallies = (eventId: SQL) => sql`
  SELECT (SELECT count(*) FROM event_registrations r WHERE r.event_id = ${eventId} AND r.status = 'approved')::int AS registrations,
         (SELECT count(*) FROM event_meetings m JOIN event_sessions s ON s.id = m.session_id
           WHERE s.event_id = ${eventId} AND m.status = 'confirmed')::int AS meetings,
         (SELECT max(greatest(r.created_at, coalesce(r.decided_at, r.created_at))) FROM event_registrations r WHERE r.event_id = ${eventId}) AS registered_at,
         (SELECT max(m.updated_at) FROM event_meetings m JOIN event_sessions s ON s.id = m.session_id WHERE s.event_id = ${eventId}) AS met_at`;

/** `updated_at` with its microseconds, as the cursor keeps it. */
const stamp = (column: AnyColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** A timestamp as ISO 8601 in UTC with milliseconds. */
const iso = <T extends string | null = string | null>(column: AnyColumn) => sql<T>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type Page = { statuses: readonly string[]; updatedSince: string | null; cursor: HarvestCursor | null; limit: number };

function pageWhere(table: typeof offers | typeof demands | typeof experts, page: Page) {
  return and(
    inArray(table.status, [...page.statuses]),
    page.updatedSince ? sql`${table.updatedAt} >= ${page.updatedSince}::timestamptz` : undefined,
    page.cursor ? sql`(${table.updatedAt}, ${table.id}) > (${page.cursor.updatedAt}::timestamptz, ${page.cursor.id}::uuid)` : undefined,
  );
}

/**
 * Records that were public once and are no longer (archived, expired, closed, merged into another),
 * by (updated_at, id) like the pages they are interleaved with: a harvester's tombstones. Only the
 * id, when and where it went: nothing else of a record that left the public catalogue.
 */
export async function tombstonePage(db: Executor, kind: 'offer' | 'demand', page: Omit<Page, 'statuses'> & { publicStatuses: readonly string[] }) {
  const table = kind === 'offer' ? offers : demands;
  return db
    .select({
      id: table.id,
      cursorStamp: stamp(table.updatedAt),
      updatedAt: iso<string>(table.updatedAt),
      status: table.status,
      mergedIntoId: table.mergedIntoId,
    })
    .from(table)
    .where(
      and(
        notInArray(table.status, [...page.publicStatuses]),
        isNotNull(table.publishedAt),
        page.updatedSince ? sql`${table.updatedAt} >= ${page.updatedSince}::timestamptz` : undefined,
        page.cursor ? sql`(${table.updatedAt}, ${table.id}) > (${page.cursor.updatedAt}::timestamptz, ${page.cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(table.updatedAt), asc(table.id))
    .limit(page.limit);
}

/**
 * How many entries a harvester's whole walk since `updatedSince` holds: the public records and, for
 * offers and demands, the tombstones of those that were public once (what `tombstonePage` finds).
 */
export async function harvestTotal(db: Executor, kind: 'offer' | 'demand' | 'expert', filter: { statuses: readonly string[]; updatedSince: string | null }) {
  const table = kind === 'offer' ? offers : kind === 'demand' ? demands : experts;
  const isPublic = inArray(table.status, [...filter.statuses]);
  const [{ total }] = await db
    .select({ total: countAll })
    .from(table)
    .where(
      and(
        kind === 'expert' ? isPublic : or(isPublic, isNotNull(table.publishedAt)),
        filter.updatedSince ? sql`${table.updatedAt} >= ${filter.updatedSince}::timestamptz` : undefined,
      ),
    );
  return total;
}

/** Published offers by (updated_at, id), with their owner's name; public columns only. */
export async function offerPage(db: Executor, page: Page) {
  const o = offers;
  return db
    .select({
      id: o.id,
      cursorStamp: stamp(o.updatedAt),
      publishedAt: iso(o.publishedAt),
      updatedAt: iso<string>(o.updatedAt),
      language: o.language,
      title: o.title,
      summary: o.summary,
      description: o.description,
      translatedTitle: o.translatedTitle,
      translatedSummary: o.translatedSummary,
      keywords: o.keywords,
      sectorCode: o.sectorCode,
      vsicSections: o.vsicSections,
      fieldCodes: o.fieldCodes,
      trl: o.trl,
      ipStatus: o.ipStatus,
      ipNumbers: o.ipNumbers,
      transferRights: o.transferRights,
      transferForms: o.transferForms,
      transferModes: o.transferModes,
      priceVnd: o.priceVnd,
      ownerType: o.ownerType,
      ownerName: sql<string | null>`coalesce(${organisations.nameVi}, ${o.ownerName})`,
      country: o.country,
      provinceCode: o.provinceCode,
      legacyProvinceCode: o.legacyProvinceCode,
      validUntil: o.validUntil,
    })
    .from(o)
    .leftJoin(organisations, eq(organisations.id, o.ownerOrganisationId))
    .where(pageWhere(o, page))
    .orderBy(asc(o.updatedAt), asc(o.id))
    .limit(page.limit);
}

/** Open demands' public part by (updated_at, id): never the confidential details, contacts or owner. */
export async function demandPage(db: Executor, page: Page) {
  const d = demands;
  return db
    .select({
      id: d.id,
      cursorStamp: stamp(d.updatedAt),
      publishedAt: iso(d.publishedAt),
      updatedAt: iso<string>(d.updatedAt),
      status: d.status,
      language: d.language,
      title: d.title,
      translatedTitle: d.translatedTitle,
      publicSummary: d.publicSummary,
      keywords: d.keywords,
      sectorCode: d.sectorCode,
      vsicSections: d.vsicSections,
      fieldCodes: d.fieldCodes,
      minTrl: d.minTrl,
      budgetMinVnd: d.budgetMinVnd,
      budgetMaxVnd: d.budgetMaxVnd,
      deadline: d.deadline,
      preferredTransferForms: d.preferredTransferForms,
      seekAbroad: d.seekAbroad,
      targetCountries: d.targetCountries,
      country: d.country,
      provinceCode: d.provinceCode,
      legacyProvinceCode: d.legacyProvinceCode,
    })
    .from(d)
    .where(pageWhere(d, page))
    .orderBy(asc(d.updatedAt), asc(d.id))
    .limit(page.limit);
}

/** Published experts by (updated_at, id), without e-mail or phone. */
export async function expertPage(db: Executor, page: Page) {
  const e = experts;
  return db
    .select({
      id: e.id,
      cursorStamp: stamp(e.updatedAt),
      publishedAt: iso(e.publishedAt),
      updatedAt: iso<string>(e.updatedAt),
      language: e.language,
      name: e.name,
      title: e.title,
      affiliationName: e.affiliationName,
      fieldCodes: e.fieldCodes,
      keywords: e.keywords,
      services: e.services,
      bio: e.bio,
      country: e.country,
      provinceCode: e.provinceCode,
    })
    .from(e)
    .where(pageWhere(e, page))
    .orderBy(asc(e.updatedAt), asc(e.id))
    .limit(page.limit);
}

export type OpenEventRow = {
  id: string;
  cursorStamp: string;
  updatedAt: string;
  kind: string;
  name: string;
  nameEn: string | null;
  summary: string | null;
  summaryEn: string | null;
  startsOn: string;
  endsOn: string;
  venue: string | null;
  provinceCode: string | null;
  legacyProvinceCode: string | null;
  organisers: string[];
  registrations: number;
  meetings: number;
};

/**
 * Events by (last change, id), the last change being the event's own or its latest registration
 * or meeting, so the counts a harvester holds are refreshed. Public fields, organisers' names and
 * counts only: never who registered, their notes or their meetings.
 */
export async function eventPage(db: Executor, page: Omit<Page, 'statuses'>): Promise<OpenEventRow[]> {
  const result = await db.execute(sql`
    WITH changed AS (
      SELECT e.*, t.registrations, t.meetings, greatest(e.updated_at, t.registered_at, t.met_at) AS changed_at
      FROM events e CROSS JOIN LATERAL (${eventTallies(sql`e.id`)}) t)
    SELECT c.id, to_char(c.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorStamp",
           to_char(c.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt",
           c.kind, c.name, c.name_en AS "nameEn", c.summary, c.summary_en AS "summaryEn",
           c.starts_on::text AS "startsOn", c.ends_on::text AS "endsOn", c.venue,
           c.province_code AS "provinceCode", c.legacy_province_code AS "legacyProvinceCode",
           coalesce((SELECT array_agg(coalesce(o.name_vi, p.name_vi, '') ORDER BY eo.id)
                     FROM event_organisers eo
                     LEFT JOIN organisations o ON o.id = eo.organisation_id
                     LEFT JOIN connection_points p ON p.id = eo.connection_point_id
                     WHERE eo.event_id = c.id), '{}') AS organisers,
           c.registrations, c.meetings
    FROM changed c
    WHERE true
      ${page.updatedSince ? sql`AND c.changed_at >= ${page.updatedSince}::timestamptz` : sql``}
      ${page.cursor ? sql`AND (c.changed_at, c.id) > (${page.cursor.updatedAt}::timestamptz, ${page.cursor.id}::uuid)` : sql``}
    ORDER BY c.changed_at, c.id
    LIMIT ${page.limit}`);
  return (result as unknown as Rows<OpenEventRow>).rows;
}

/** How many events a harvester's walk since `updatedSince` holds (by the same last change as `eventPage`). */
export async function eventTotal(db: Executor, updatedSince: string | null): Promise<number> {
  const result = await db.execute(
    updatedSince
      ? sql`SELECT count(*)::int AS total FROM events e CROSS JOIN LATERAL (${eventTallies(sql`e.id`)}) t
            WHERE greatest(e.updated_at, t.registered_at, t.met_at) >= ${updatedSince}::timestamptz`
      : sql`SELECT count(*)::int AS total FROM events`,
  );
  return Number((result as unknown as Rows<{ total: number }>).rows[0]?.total ?? 0);
}

/** Public records for the sitemap and page titles: id, title, summary, last change. */
export async function publicRecordHeads(db: Executor, kind: 'offer' | 'demand' | 'expert', statuses: readonly string[], limit: number) {
  const table = kind === 'offer' ? offers : kind === 'demand' ? demands : experts;
  return db
    .select({ id: table.id, updatedAt: iso<string>(table.updatedAt) })
    .from(table)
    .where(inArray(table.status, [...statuses]))
    .orderBy(sql`${table.updatedAt} desc`)
    .limit(limit);
}

/** One public record's title and summary for its page's <title> and description, or null. */
export async function publicRecordHead(db: Executor, kind: 'offer' | 'demand' | 'expert', id: string, statuses: readonly string[]) {
  if (kind === 'offer') {
    const [row] = await db
      .select({ title: offers.title, description: sql<string | null>`coalesce(${offers.summary}, ${offers.description})`, updatedAt: iso(offers.updatedAt) })
      .from(offers)
      .where(and(eq(offers.id, id), inArray(offers.status, [...statuses])));
    return row ?? null;
  }
  if (kind === 'demand') {
    const [row] = await db
      .select({ title: demands.title, description: demands.publicSummary, updatedAt: iso(demands.updatedAt) })
      .from(demands)
      .where(and(eq(demands.id, id), inArray(demands.status, [...statuses])));
    return row ?? null;
  }
  const [row] = await db
    .select({
      title: experts.name,
      description: sql<string | null>`coalesce(${experts.affiliationName} || '. ', '') || coalesce(${experts.bio}, '')`,
      updatedAt: iso(experts.updatedAt),
    })
    .from(experts)
    .where(and(eq(experts.id, id), inArray(experts.status, [...statuses])));
  return row ?? null;
}

const fileKey = (name: string) => `open-data/${name}`;

/** Replaces a bulk file and its listing row, in one transaction. */
export async function saveBulkFile(db: Executor, name: string, contentType: string, data: Buffer, records: number) {
  await db.transaction(async (tx) => {
    // An upsert: two requests may build the files at once on PostgreSQL (the first visitors of a fresh server).
    await tx
      .insert(storedFiles)
      .values({ key: fileKey(name), data })
      .onConflictDoUpdate({ target: storedFiles.key, set: { data } });
    await tx
      .insert(openDataFiles)
      .values({ name, contentType, records, bytes: data.length, generatedAt: new Date() })
      .onConflictDoUpdate({ target: openDataFiles.name, set: { contentType, records, bytes: data.length, generatedAt: new Date() } });
  });
}

export async function bulkFileListing(db: Executor) {
  return db.select().from(openDataFiles);
}

export async function bulkFile(db: Executor, name: string) {
  const [row] = await db
    .select({ contentType: openDataFiles.contentType, generatedAt: openDataFiles.generatedAt, data: storedFiles.data })
    .from(openDataFiles)
    .innerJoin(storedFiles, eq(storedFiles.key, sql`'open-data/' || ${openDataFiles.name}`))
    .where(eq(openDataFiles.name, name));
  return row ?? null;
}

/** Counts one request of `client` in the current minute and answers the count so far. */
export async function countRequest(db: Executor, client: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(openDataRateWindows)
    .values({ client, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [openDataRateWindows.client, openDataRateWindows.windowStart], set: { count: sql`${openDataRateWindows.count} + 1` } })
    .returning({ count: openDataRateWindows.count });
  return row!.count;
}

/** Drops windows older than `before` (called now and then by the counter itself). */
export async function forgetRateWindows(db: Executor, before: Date) {
  await db.delete(openDataRateWindows).where(sql`${openDataRateWindows.windowStart} < ${before}`);
}

/** Whether a job of `kind` is queued or running already. */
export async function bulkJobWaiting(db: Executor, kind: string): Promise<boolean> {
  const [row] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), inArray(jobs.status, ['queued', 'running'])))
    .limit(1);
  return !!row;
}

/** The record a merged duplicate's address leads to, or null. */
export async function mergedInto(db: Executor, kind: 'offer' | 'demand', id: string): Promise<string | null> {
  const table = kind === 'offer' ? offers : demands;
  const [row] = await db.select({ keptId: table.mergedIntoId }).from(table).where(eq(table.id, id));
  return row?.keptId ?? null;
}
