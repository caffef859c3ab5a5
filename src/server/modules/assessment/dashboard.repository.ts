import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

const textArray = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** A number of a figures element as float8, NaN when it is missing or not a number. */
const numberOr = (element: string, field: string, unless = 'false') =>
  sql.raw(
    `case when ${unless} or jsonb_typeof(${element}->'${field}') is distinct from 'number' then 'NaN'::float8 else (${element}->>'${field}')::float8 end`,
  );

/**
 * Rewrites the dashboard entries of the enterprises given (all when null) from their latest approved assessment
 * under each methodology code: the same choice the dashboard made when it read the assessments (latest review,
 * then latest start). Call in the transaction that changes an assessment's status or score, and after bulk loads.
 */
export async function refreshDashboardEntries(db: Executor, organisationIds: string[] | null) {
  if (organisationIds && !organisationIds.length) return;
  const only = (column: SQL) => (organisationIds ? sql`and ${column} in (${idList(organisationIds)})` : sql``);
  const excluded = "coalesce((g->>'excluded')::boolean, false)";
  await db.execute(sql`delete from assessment_dashboard_entries where true ${only(sql`organisation_id`)}`);
  await db.execute(sql`
    insert into assessment_dashboard_entries
      (organisation_id, methodology_code, assessment_id, methodology_id, vsic_division, province_code, assessment_created_at,
       provisional, total, coefficient, level_code, shares)
    select distinct on (a.organisation_id, m.code)
           a.organisation_id, m.code, a.id, a.methodology_id, a.vsic_division, a.province_code, a.created_at,
           coalesce((a.figures->>'provisional')::boolean, false), (a.figures->>'total')::float8, (a.figures->>'coefficient')::float8,
           a.figures->'level'->>'code',
           coalesce((select string_agg(float8send(x.v), ''::bytea order by x.part, x.o) from (
              select 1 as part, o, ${numberOr('g', 'points', excluded)} as v from jsonb_array_elements(a.figures->'groups') with ordinality as p(g, o)
              union all
              select 2, o, ${numberOr('g', 'share', excluded)} from jsonb_array_elements(a.figures->'groups') with ordinality as p(g, o)
              union all
              select 3, o, ${numberOr('c', 'share')} from jsonb_array_elements(a.figures->'criteria') with ordinality as p(c, o)
           ) x), ''::bytea)
      from assessments a join assessment_methodologies m on m.id = a.methodology_id
     where a.status = 'approved' and a.figures is not null ${only(sql`a.organisation_id`)}
     order by a.organisation_id, m.code, a.reviewed_at desc, a.created_at desc`);
}

type Filter = { methodologyCode: string; vsicDivision?: string; provinceCode?: string; campaignId?: string };

/**
 * The entries the dashboard reads, as columns: one array per field, all in the same order, and every
 * entry's packed figures end to end with their lengths. One row of arrays instead of one row per enterprise,
 * because a national dashboard reads ten thousand and the driver's cost is per row and per value.
 */
export type DashboardColumns = {
  organisation_ids: string[];
  methodology_ids: string[];
  vsic_divisions: string[];
  province_codes: Array<string | null>;
  /** When each entry's assessment was started, in milliseconds since the epoch. */
  started_ms: number[];
  provisional: boolean[];
  totals: number[];
  coefficients: number[];
  level_codes: string[];
  packed_lengths: number[];
  packed: Uint8Array;
};

/** The entries of the reader's provinces (null: all) that pass the filters, as columns. */
export async function dashboardColumns(db: Executor, provinces: string[] | null, filter: Filter): Promise<DashboardColumns> {
  const conditions: SQL[] = [sql`e.methodology_code = ${filter.methodologyCode}`];
  if (provinces !== null) conditions.push(provinces.length ? sql`e.province_code = any(${textArray(provinces)})` : sql`false`);
  if (filter.vsicDivision) conditions.push(sql`e.vsic_division = ${filter.vsicDivision}`);
  if (filter.provinceCode) conditions.push(sql`e.province_code = ${filter.provinceCode}`);
  if (filter.campaignId)
    conditions.push(sql`exists (select 1 from assessment_campaign_targets t join assessment_campaigns c on c.id = t.campaign_id
      where t.campaign_id = ${filter.campaignId}::uuid and t.organisation_id = e.organisation_id and e.assessment_created_at >= c.created_at)`);
  const [columns] = rowsOf<DashboardColumns>(
    await db.execute(sql`
      select coalesce(array_agg(e.organisation_id::text), '{}') as organisation_ids,
             coalesce(array_agg(e.methodology_id::text), '{}') as methodology_ids,
             coalesce(array_agg(e.vsic_division), '{}') as vsic_divisions,
             coalesce(array_agg(e.province_code), '{}') as province_codes,
             coalesce(array_agg(floor(extract(epoch from e.assessment_created_at) * 1000)::float8), '{}') as started_ms,
             coalesce(array_agg(e.provisional), '{}') as provisional,
             coalesce(array_agg(e.total), '{}') as totals,
             coalesce(array_agg(e.coefficient), '{}') as coefficients,
             coalesce(array_agg(e.level_code), '{}') as level_codes,
             coalesce(array_agg(octet_length(e.shares)), '{}') as packed_lengths,
             coalesce(string_agg(e.shares, ''::bytea), ''::bytea) as packed
        from assessment_dashboard_entries e
       where ${sql.join(conditions, sql` and `)}`),
  );
  return columns;
}
