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

/** One enterprise's entry as the dashboard reads it. */
export type DashboardEntry = {
  organisation_id: string;
  methodology_id: string;
  vsic_division: string;
  province_code: string | null;
  assessment_created_at: Date | string;
  provisional: boolean;
  total: number;
  coefficient: number;
  level_code: string;
  shares: Buffer | Uint8Array;
};

/** The entries of the reader's provinces (null: all) that pass the filters: one narrow row per enterprise. */
export async function dashboardEntries(db: Executor, provinces: string[] | null, filter: Filter): Promise<DashboardEntry[]> {
  if (provinces !== null && !provinces.length) return [];
  const conditions: SQL[] = [sql`e.methodology_code = ${filter.methodologyCode}`];
  if (provinces !== null) conditions.push(sql`e.province_code = any(${textArray(provinces)})`);
  if (filter.vsicDivision) conditions.push(sql`e.vsic_division = ${filter.vsicDivision}`);
  if (filter.provinceCode) conditions.push(sql`e.province_code = ${filter.provinceCode}`);
  if (filter.campaignId)
    conditions.push(sql`exists (select 1 from assessment_campaign_targets t join assessment_campaigns c on c.id = t.campaign_id
      where t.campaign_id = ${filter.campaignId}::uuid and t.organisation_id = e.organisation_id and e.assessment_created_at >= c.created_at)`);
  return rowsOf<DashboardEntry>(
    await db.execute(sql`
      select e.organisation_id, e.methodology_id, e.vsic_division, e.province_code, e.assessment_created_at,
             e.provisional, e.total, e.coefficient, e.level_code, e.shares
        from assessment_dashboard_entries e
       where ${sql.join(conditions, sql` and `)}`),
  );
}
