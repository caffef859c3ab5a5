import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { inIdOrder } from '../catalogue/in-id-order.js';
import { offers } from '../../../db/schema/index.js';
import type { SearchSpec } from '../catalogue/catalogue-search.repository.js';
import { recordColumns, type RecordRow } from '../catalogue/record-columns.js';
import { hasAnyCode, hasTrlBetween } from '../catalogue/filter-tokens.js';

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

export const offerSearchSpec: SearchSpec = {
  table: offers,
  id: offers.id,
  searchVector: offers.searchVector,
  titleVector: offers.titleVector,
  publishedAt: offers.publishedAt,
  trl: offers.trl,
  facets: { key: offers.facetKey, names: ['sector', 'province', 'country', 'ownerType', 'language', 'trl', 'field'] },
};

export type OfferFilters = {
  statuses: string[];
  fieldCodes?: string[];
  sectors?: string[];
  provinceCodes?: string[];
  countries?: string[];
  language?: string;
  trlMin?: number;
  trlMax?: number;
  transferForms?: string[];
  ownerTypes?: string[];
};

/** The WHERE of a public offer list; several values of one filter mean "any of". */
export function offerFilterConditions(f: OfferFilters): SQL[] {
  const tokens = offers.filterTokens;
  const conditions: (SQL | undefined)[] = [
    inArray(offers.status, f.statuses),
    hasAnyCode(tokens, 'field', f.fieldCodes),
    hasAnyCode(tokens, ['sector', 'vsic'], f.sectors),
    hasAnyCode(tokens, 'province', f.provinceCodes),
    hasAnyCode(tokens, 'country', f.countries),
    hasAnyCode(tokens, 'language', f.language ? [f.language] : undefined),
    hasTrlBetween(tokens, f.trlMin, f.trlMax),
    hasAnyCode(tokens, 'form', f.transferForms),
    hasAnyCode(tokens, 'ownerType', f.ownerTypes),
  ];
  return conditions.filter((c): c is SQL => !!c);
}
