import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { inIdOrder } from '../catalogue/in-id-order.js';
import { demands } from '../../../db/schema/index.js';
import { recordColumns, type RecordRow } from '../catalogue/catalogue.repository.js';

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
