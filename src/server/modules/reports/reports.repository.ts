import { and, between, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { agreements, connections, connectionSeekerYears, demandForeignOffers, demands, events, offers } from '../../../db/schema/index.js';
import type { ConnectionSums } from '../../../domain/reports/network-summary.js';

/** A report's period and scope; `partnerCountry` narrows connections to those with one foreign partner country (a country's figures). */
export type ReportFilter = { from: number; to: number; provinces: string[] | null; level: 'current' | 'legacy'; partnerCountry?: string };

const firstDay = (year: number) => `${year}-01-01`;
const lastDay = (year: number) => `${year}-12-31`;

function inScope(filter: ReportFilter, current: AnyColumn, legacy: AnyColumn): SQL | undefined {
  if (!filter.provinces) return undefined;
  return inArray(filter.level === 'legacy' ? legacy : current, filter.provinces);
}

type SetRow = {
  set: number;
  year: number | null;
  channel: string | null;
  country: string | null;
  sector: string | null;
  stage: string | null;
  resumeStage: string | null;
  province: string | null;
  count: number;
};

/** Every breakdown of the dashboard in one scan of the rollup (GROUPING SETS), a few hundred rows back. */
export async function connectionSums(db: Executor, filter: ReportFilter): Promise<ConnectionSums> {
  const province = filter.level === 'legacy' ? sql.raw('legacy_province_code') : sql.raw('province_code');
  const scope = filter.provinces
    ? sql`AND ${province} IN (${sql.join(
        filter.provinces.map((p) => sql`${p}`),
        sql`, `,
      )})`
    : sql``;
  const partner = filter.partnerCountry ? sql`AND partner_country = ${filter.partnerCountry}` : sql``;
  const result = await db.execute(sql`
    SELECT grouping(year, channel, partner_country, sector_code, stage, resume_stage, ${province})::int AS "set",
           year, channel, partner_country AS country, sector_code AS sector, stage, resume_stage AS "resumeStage",
           ${province} AS province, sum(count)::int AS count
    FROM connection_rollup
    WHERE year BETWEEN ${filter.from} AND ${filter.to} ${scope} ${partner}
    GROUP BY GROUPING SETS ((year), (channel), (partner_country, sector_code), (stage, resume_stage), (${province}))`);
  const rows = (result as unknown as { rows: SetRow[] }).rows;
  // grouping() sets a bit for each column left out, the first column being the highest bit.
  const only = (...kept: number[]) => rows.filter((r) => r.set === 0b1111111 - kept.reduce((sum, bit) => sum + (1 << bit), 0));
  return {
    byYear: only(6).map((r) => ({ year: Number(r.year), count: r.count })),
    byChannel: only(5).map((r) => ({ channel: r.channel ?? '', count: r.count })),
    byCountrySector: only(4, 3).map((r) => ({ country: r.country ?? '', sector: r.sector ?? '', count: r.count })),
    byStage: only(2, 1).map((r) => ({ stage: r.stage ?? '', resumeStage: r.resumeStage ?? '', count: r.count })),
    byProvince: only(0).map((r) => ({ province: r.province ?? '', count: r.count })),
  };
}

export async function agreementRows(db: Executor, filter: ReportFilter) {
  const a = agreements;
  const year = sql<number>`extract(year from ${a.signedOn})::int`;
  const centreOwn = sql<boolean>`(${a.connectionId} is null and ${a.centreOrganisationId} is not null)`;
  return db
    .select({ year, kind: a.kind, centreOwn, count: sql<number>`count(*)::int`, valueVnd: sql<number>`coalesce(sum(${a.valueVnd}), 0)::float8` })
    .from(a)
    .where(and(between(a.signedOn, firstDay(filter.from), lastDay(filter.to)), inScope(filter, a.provinceCode, a.legacyProvinceCode)))
    .groupBy(year, a.kind, centreOwn);
}

/**
 * Agreements recorded on the connections that the funnel counts: opened in the period, in scope by the
 * connection's province, whenever they were signed; by kind.
 */
export async function brokeredAgreements(db: Executor, filter: ReportFilter) {
  const a = agreements;
  const c = connections;
  return db
    .select({ kind: a.kind, count: sql<number>`count(*)::int`, valueVnd: sql<number>`coalesce(sum(${a.valueVnd}), 0)::float8` })
    .from(a)
    .innerJoin(c, eq(a.connectionId, c.id))
    .where(
      and(
        between(c.openedOn, firstDay(filter.from), lastDay(filter.to)),
        inScope(filter, c.provinceCode, c.legacyProvinceCode),
        filter.partnerCountry ? eq(c.partnerCountry, filter.partnerCountry) : undefined,
      ),
    )
    .groupBy(a.kind);
}

export async function eventOutcomes(db: Executor, filter: ReportFilter) {
  const e = events;
  return db
    .select({
      id: e.id,
      name: e.name,
      kind: e.kind,
      startsOn: e.startsOn,
      provinceCode: e.provinceCode,
      mous: sql<number>`count(${agreements.id}) filter (where ${agreements.kind} = 'mou')::int`,
      agreements: sql<number>`count(${agreements.id})::int`,
      valueVnd: sql<number>`coalesce(sum(${agreements.valueVnd}), 0)::float8`,
    })
    .from(e)
    .innerJoin(agreements, sql`${agreements.eventId} = ${e.id}`)
    .where(and(between(e.startsOn, firstDay(filter.from), lastDay(filter.to)), inScope(filter, e.provinceCode, e.legacyProvinceCode)))
    .groupBy(e.id)
    .orderBy(e.startsOn);
}

const periodStart = (filter: ReportFilter) => new Date(`${firstDay(filter.from)}T00:00:00Z`);
const periodEnd = (filter: ReportFilter) => new Date(`${lastDay(filter.to)}T23:59:59.999Z`);

/**
 * Demands and offers that reached the network (submitted or later) in the period. With a partner
 * country: the demands seeking technology in it, and the offers from it.
 */
export async function recordsCollected(db: Executor, filter: ReportFilter) {
  const from = periodStart(filter);
  const to = periodEnd(filter);
  const country = filter.partnerCountry;
  const ofCountry = (table: typeof demands | typeof offers) => {
    if (!country) return undefined;
    return table === demands ? and(eq(demands.seekAbroad, true), sql`${demands.targetCountries} @> ARRAY[${country}]::text[]`) : eq(offers.country, country);
  };
  const collected = (table: typeof demands | typeof offers) =>
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(table)
      .where(
        and(
          sql`${table.status} <> 'draft'`,
          sql`coalesce(${table.submittedAt}, ${table.createdAt}) between ${from} and ${to}`,
          inScope(filter, table.provinceCode, table.legacyProvinceCode),
          ofCountry(table),
        ),
      );
  const [[d], [o]] = await Promise.all([collected(demands), collected(offers)]);
  return { demands: d.count, offers: o.count };
}

export async function enterprisesSupported(db: Executor, filter: ReportFilter) {
  const s = connectionSeekerYears;
  const [row] = await db
    .select({ count: sql<number>`count(distinct ${s.organisationId})::int` })
    .from(s)
    .where(and(between(s.year, filter.from, filter.to), inScope(filter, s.provinceCode, s.legacyProvinceCode)));
  return row.count;
}

/** Demands seeking technology in `country` that wait in its representative office's queue now (open or connecting). */
export async function demandsWaitingFor(db: Executor, country: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(demands)
    .where(and(eq(demands.seekAbroad, true), inArray(demands.status, ['open', 'connecting']), sql`${demands.targetCountries} @> ARRAY[${country}]::text[]`));
  return row.count;
}

/** Foreign offers from `country` recorded against a demand in the period (one a demand and offer pair). */
export async function foreignOffersRecorded(db: Executor, filter: ReportFilter & { partnerCountry: string }) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(demandForeignOffers)
    .innerJoin(offers, eq(offers.id, demandForeignOffers.offerId))
    .where(and(eq(offers.country, filter.partnerCountry), between(demandForeignOffers.createdAt, periodStart(filter), periodEnd(filter))));
  return row.count;
}
