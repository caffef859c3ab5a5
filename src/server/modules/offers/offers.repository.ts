import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { inIdOrder } from '../catalogue/in-id-order.js';
import { offers } from '../../../db/schema/index.js';
import { recordColumns, type RecordRow } from '../catalogue/catalogue.repository.js';

export type OfferRow = RecordRow<typeof offers>;
const offerColumns = recordColumns(offers);
export type OfferInsert = typeof offers.$inferInsert;

export async function findOffer(db: Executor, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select(offerColumns).from(offers).where(eq(offers.id, id));
  return row;
}

export async function lockOffer(tx: Executor, id: string): Promise<OfferRow | undefined> {
  const [row] = await tx.select(offerColumns).from(offers).where(eq(offers.id, id)).for('update');
  return row;
}

export async function findOfferByExternalId(db: Executor, externalId: string): Promise<OfferRow | undefined> {
  const [row] = await db.select(offerColumns).from(offers).where(eq(offers.externalId, externalId));
  return row;
}

export async function insertOffer(tx: Executor, values: OfferInsert): Promise<OfferRow> {
  const [row] = await tx.insert(offers).values(values).returning(offerColumns);
  return row!;
}

export async function writeOffer(tx: Executor, id: string, values: Partial<OfferRow>): Promise<OfferRow> {
  const { id: _id, ...changes } = values;
  const [row] = await tx
    .update(offers)
    .set({ ...changes, version: sql`${offers.version} + 1`, updatedAt: new Date() })
    .where(eq(offers.id, id))
    .returning(offerColumns);
  return row!;
}

/** Rows in the order of `ids` (a ranked page). */
export async function findOffersByIds(db: Executor, ids: string[]): Promise<OfferRow[]> {
  if (ids.length === 0) return [];
  return inIdOrder(ids, await db.select(offerColumns).from(offers).where(inArray(offers.id, ids)));
}
