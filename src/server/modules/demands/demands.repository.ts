import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { inIdOrder } from '../catalogue/in-id-order.js';
import { demands } from '../../../db/schema/index.js';
import type { SearchSpec } from '../catalogue/catalogue-search.repository.js';
import { recordColumns, type RecordRow } from '../catalogue/record-columns.js';
import { hasAnyCode, hasTrlBetween } from '../catalogue/filter-tokens.js';

export type DemandRow = RecordRow<typeof demands>;
const demandColumns = recordColumns(demands);
export type DemandInsert = typeof demands.$inferInsert;

export async function findDemand(db: Executor, id: string): Promise<DemandRow | undefined> {
  const [row] = await db.select(demandColumns).from(demands).where(eq(demands.id, id));
  return row;
}

export async function lockDemand(tx: Executor, id: string): Promise<DemandRow | undefined> {
  const [row] = await tx.select(demandColumns).from(demands).where(eq(demands.id, id)).for('update');
  return row;
}

export async function findDemandByExternalId(db: Executor, externalId: string): Promise<DemandRow | undefined> {
  const [row] = await db.select(demandColumns).from(demands).where(eq(demands.externalId, externalId));
  return row;
}

export async function insertDemand(tx: Executor, values: DemandInsert): Promise<DemandRow> {
  const [row] = await tx.insert(demands).values(values).returning(demandColumns);
  return row!;
}

export async function writeDemand(tx: Executor, id: string, values: Partial<DemandRow>): Promise<DemandRow> {
  const { id: _id, ...changes } = values;
  const [row] = await tx
    .update(demands)
    .set({ ...changes, version: sql`${demands.version} + 1`, updatedAt: new Date() })
    .where(eq(demands.id, id))
    .returning(demandColumns);
  return row!;
}

export async function findDemandsByIds(db: Executor, ids: string[]): Promise<DemandRow[]> {
  if (ids.length === 0) return [];
  return inIdOrder(ids, await db.select(demandColumns).from(demands).where(inArray(demands.id, ids)));
}

/** The search document of a demand holds only its public parts (see the schema). */
export const demandSearchSpec: SearchSpec = {
  table: demands,
  id: demands.id,
  searchVector: demands.searchVector,
  titleVector: demands.titleVector,
  publishedAt: demands.publishedAt,
  trl: demands.minTrl,
  facets: { key: demands.facetKey, names: ['sector', 'province', 'country', 'language', 'trl', 'field'] },
};

export type DemandFilters = {
  statuses: string[];
  fieldCodes?: string[];
  sectors?: string[];
  provinceCodes?: string[];
  countries?: string[];
  language?: string;
  trlMin?: number;
  transferForms?: string[];
  seekAbroad?: boolean;
};

export function demandFilterConditions(f: DemandFilters): SQL[] {
  const tokens = demands.filterTokens;
  const conditions: (SQL | undefined)[] = [
    inArray(demands.status, f.statuses),
    hasAnyCode(tokens, 'field', f.fieldCodes),
    hasAnyCode(tokens, ['sector', 'vsic'], f.sectors),
    hasAnyCode(tokens, 'province', f.provinceCodes),
    hasAnyCode(tokens, 'country', f.countries),
    hasAnyCode(tokens, 'language', f.language ? [f.language] : undefined),
    hasTrlBetween(tokens, f.trlMin, undefined),
    hasAnyCode(tokens, 'form', f.transferForms),
    f.seekAbroad === undefined ? undefined : eq(demands.seekAbroad, f.seekAbroad),
  ];
  return conditions.filter((c): c is SQL => !!c);
}
