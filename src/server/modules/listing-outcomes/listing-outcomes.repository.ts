import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { connectionPoints, demands, listingViewDays, offers } from '../../../db/schema/index.js';
import type { ConnectionStage, ProgressStage } from '../../../domain/connections/stages.js';
import type { AgreementFact, ConnectionFact, MonthCount } from '../../../domain/listing-outcomes/listing-outcomes.js';

export type ListingType = 'offer' | 'demand';
export type ViewCount = { recordType: ListingType; recordId: string; day: string; views: number };

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const tableOf = (type: ListingType) => (type === 'offer' ? offers : demands);

/** Adds buffered view counts to the daily counters, one statement for the lot. */
export async function addViewCounts(db: Executor, counts: ViewCount[]): Promise<void> {
  if (counts.length === 0) return;
  await db
    .insert(listingViewDays)
    .values(counts)
    .onConflictDoUpdate({ target: [listingViewDays.recordId, listingViewDays.day], set: { views: sql`${listingViewDays.views} + excluded.views` } });
}

/**
 * Moves a merged-away listing's daily view counts to the listing kept (a day both have is added
 * up) and answers how many views and days moved. In the merge's transaction.
 */
export async function moveViewDays(tx: Executor, keptId: string, mergedId: string): Promise<{ views: number; days: number }> {
  const [moved] = rowsOf<{ views: number; days: number }>(
    await tx.execute(sql`
      WITH gone AS (DELETE FROM ${listingViewDays} WHERE record_id = ${mergedId}::uuid RETURNING record_type, day, views),
      kept AS (
        INSERT INTO ${listingViewDays} (record_type, record_id, day, views)
        SELECT record_type, ${keptId}::uuid, day, views FROM gone
        ON CONFLICT (record_id, day) DO UPDATE SET views = ${listingViewDays}.views + excluded.views
        RETURNING 1)
      SELECT coalesce(sum(views), 0)::int AS views, count(*)::int AS days FROM gone`),
  );
  return { views: Number(moved?.views ?? 0), days: Number(moved?.days ?? 0) };
}

/** The columns the outcome rules look at. */
export async function findListing(db: Executor, type: ListingType, id: string) {
  const table = tableOf(type);
  const [row] = await db
    .select({
      id: table.id,
      title: table.title,
      status: table.status,
      ownerOrganisationId: table.ownerOrganisationId,
      provinceCode: table.provinceCode,
      createdBy: table.createdBy,
    })
    .from(table)
    .where(eq(table.id, id));
  return row ?? null;
}

export async function findPoint(db: Executor, id: string) {
  const [row] = await db
    .select({ id: connectionPoints.id, nameVi: connectionPoints.nameVi, nameEn: connectionPoints.nameEn, provinces: connectionPoints.provinces })
    .from(connectionPoints)
    .where(eq(connectionPoints.id, id));
  return row ?? null;
}

/**
 * Which listings the figures cover: the offers and demands whose `offer_id` / `demand_id` a row
 * points at. `ids` gives one record; `provinces` every offer and demand of those provinces.
 */
type Scope = { offers: SQL; demands: SQL };

export function oneListing(type: ListingType, id: string): Scope {
  const none = sql`select null::uuid as id where false`;
  const one = sql`select ${id}::uuid as id`;
  return type === 'offer' ? { offers: one, demands: none } : { offers: none, demands: one };
}

export function provinceListings(provinces: string[]): Scope {
  const list = sql.join(
    provinces.map((p) => sql`${p}`),
    sql`, `,
  );
  if (provinces.length === 0) return oneListing('offer', '00000000-0000-0000-0000-000000000000');
  return {
    offers: sql`select id from offers where province_code in (${list}) and status <> 'draft'`,
    demands: sql`select id from demands where province_code in (${list}) and status <> 'draft'`,
  };
}

const month = (column: SQL) => sql<string>`to_char(${column}, 'YYYY-MM')`;
/** A moment as the date it was in Viet Nam. */
const vietnamDate = (column: SQL) => sql`(${column} at time zone 'Asia/Ho_Chi_Minh')::date`;
const inYear = (column: SQL, year: number | null) => (year === null ? sql`true` : sql`extract(year from ${column}) = ${year}`);

/** Every dated fact behind the figures of the listings in `scope` (one year, or all time with null). */
export async function outcomeFacts(db: Executor, scope: Scope, year: number | null) {
  const listed = sql`(select id from (${scope.offers}) o union all select id from (${scope.demands}) d)`;
  const linked = sql`(offer_id in (${scope.offers}) or demand_id in (${scope.demands}))`;
  const [views, saves, bookmarks, found, linkedConnections, linkedAgreements] = await Promise.all([
    db.execute(sql`select ${month(sql`day`)} as month, sum(views)::int as count from listing_view_days
      where record_id in ${listed} and ${inYear(sql`day`, year)} group by 1`),
    db.execute(sql`select ${month(vietnamDate(sql`delivered_at`))} as month, count(*)::int as count from saved_search_deliveries
      where record_id in ${listed} and ${inYear(vietnamDate(sql`delivered_at`), year)} group by 1`),
    db.execute(sql`select ${month(vietnamDate(sql`saved_at`))} as month, count(*)::int as count from saved_listings
      where record_id in ${listed} and ${inYear(vietnamDate(sql`saved_at`), year)} group by 1`),
    db.execute(sql`select ${month(vietnamDate(sql`computed_at`))} as month, count(*)::int as count from matches
      where ${linked} and ${inYear(vietnamDate(sql`computed_at`), year)} group by 1`),
    db.execute(sql`select stage, resume_stage as "resumeStage", ${month(sql`opened_on`)} as month from connections
      where ${linked} and ${inYear(sql`opened_on`, year)}`),
    db.execute(sql`select a.kind, a.value_vnd::float8 as "valueVnd", ${month(sql`c.opened_on`)} as month
      from agreements a join connections c on c.id = a.connection_id
      where (c.offer_id in (${scope.offers}) or c.demand_id in (${scope.demands})) and ${inYear(sql`c.opened_on`, year)}`),
  ]);
  return {
    views: rowsOf<MonthCount>(views),
    saves: rowsOf<MonthCount>(saves),
    bookmarks: rowsOf<MonthCount>(bookmarks),
    matches: rowsOf<MonthCount>(found),
    connections: rowsOf<{ stage: ConnectionStage; resumeStage: ProgressStage | null; month: string }>(linkedConnections) satisfies ConnectionFact[],
    agreements: rowsOf<AgreementFact>(linkedAgreements),
  };
}

/** How many offers and demands of the provinces reached the network (submitted or later). */
export async function listingCounts(db: Executor, provinces: string[]) {
  if (provinces.length === 0) return { offers: 0, demands: 0 };
  const count = async (table: typeof offers | typeof demands) => {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(table)
      .where(and(inArray(table.provinceCode, provinces), sql`${table.status} <> 'draft'`));
    return row.count;
  };
  return { offers: await count(offers), demands: await count(demands) };
}
