import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { inIdOrder } from '../catalogue/in-id-order.js';
import { experts } from '../../../db/schema/index.js';
import type { SearchSpec } from '../catalogue/catalogue-search.repository.js';
import { recordColumns, type RecordRow } from '../catalogue/record-columns.js';
import { hasAnyCode } from '../catalogue/filter-tokens.js';

export type ExpertRow = RecordRow<typeof experts>;
const expertColumns = recordColumns(experts);
export type ExpertInsert = typeof experts.$inferInsert;

export async function findExpert(db: Executor, id: string): Promise<ExpertRow | undefined> {
  const [row] = await db.select(expertColumns).from(experts).where(eq(experts.id, id));
  return row;
}

export async function lockExpert(tx: Executor, id: string): Promise<ExpertRow | undefined> {
  const [row] = await tx.select(expertColumns).from(experts).where(eq(experts.id, id)).for('update');
  return row;
}

export async function insertExpert(tx: Executor, values: ExpertInsert): Promise<ExpertRow> {
  const [row] = await tx.insert(experts).values(values).returning(expertColumns);
  return row!;
}

export async function writeExpert(tx: Executor, id: string, values: Partial<ExpertRow>): Promise<ExpertRow> {
  const { id: _id, ...changes } = values;
  const [row] = await tx
    .update(experts)
    .set({ ...changes, version: sql`${experts.version} + 1`, updatedAt: new Date() })
    .where(eq(experts.id, id))
    .returning(expertColumns);
  return row!;
}

export async function findExpertsByIds(db: Executor, ids: string[]): Promise<ExpertRow[]> {
  if (ids.length === 0) return [];
  return inIdOrder(ids, await db.select(expertColumns).from(experts).where(inArray(experts.id, ids)));
}

export const expertSearchSpec: SearchSpec = {
  table: experts,
  id: experts.id,
  searchVector: experts.searchVector,
  titleVector: experts.titleVector,
  publishedAt: experts.publishedAt,
  facets: { key: experts.facetKey, names: ['province', 'country', 'language', 'field'] },
};

export type ExpertFilters = { statuses: string[]; fieldCodes?: string[]; provinceCodes?: string[]; countries?: string[]; language?: string };

export function expertFilterConditions(f: ExpertFilters): SQL[] {
  const tokens = experts.filterTokens;
  const conditions: (SQL | undefined)[] = [
    inArray(experts.status, f.statuses),
    hasAnyCode(tokens, 'field', f.fieldCodes),
    hasAnyCode(tokens, 'province', f.provinceCodes),
    hasAnyCode(tokens, 'country', f.countries),
    hasAnyCode(tokens, 'language', f.language ? [f.language] : undefined),
  ];
  return conditions.filter((c): c is SQL => !!c);
}
