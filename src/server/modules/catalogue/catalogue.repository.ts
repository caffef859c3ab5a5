import { eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { demands, experts, offers, organisations } from '../../../db/schema/index.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { inIdOrder } from './in-id-order.js';

type CatalogueTable = typeof offers | typeof demands | typeof experts;
/** Generated for search alone: large, and only the database reads them. */
type SearchColumn = 'searchVector' | 'titleVector' | 'facetKey' | 'filterTokens';

/** A catalogue record as the application reads and writes it: every column but the search ones. */
export type RecordRow<T extends CatalogueTable> = Omit<T['$inferSelect'], SearchColumn>;

/** The columns a catalogue record is read with (select and returning): all but the search ones. */
export function recordColumns<T extends CatalogueTable>(table: T): Omit<T['_']['columns'], SearchColumn> {
  const { searchVector: _search, titleVector: _title, facetKey: _facets, filterTokens: _filters, ...columns } = getTableColumns(table);
  return columns as Omit<T['_']['columns'], SearchColumn>;
}

/** The table of each kind of record. */
export const catalogueTables = { offer: offers, demand: demands, expert: experts } as const satisfies Record<CatalogueType, CatalogueTable>;

type OfferRow = RecordRow<typeof offers>;
type DemandRow = RecordRow<typeof demands>;
type ExpertRow = RecordRow<typeof experts>;
type Rows = { offer: OfferRow; demand: DemandRow; expert: ExpertRow };
export type RowOf<T extends CatalogueType> = Rows[T];
export type InsertOf<T extends CatalogueType> = (typeof catalogueTables)[T]['$inferInsert'];

const readColumns = { offer: recordColumns(offers), demand: recordColumns(demands), expert: recordColumns(experts) };

/**
 * The table and read columns of a kind, typed as those of offers: Drizzle cannot build a query
 * over a union of tables, and what this file reads and writes (id, version, updatedAt) the three share.
 */
function sourceOf(type: CatalogueType) {
  return { table: catalogueTables[type] as typeof offers, columns: readColumns[type] as typeof readColumns.offer };
}

/** One record, or undefined. */
export async function findRecord<T extends CatalogueType>(db: Executor, type: T, id: string): Promise<RowOf<T> | undefined> {
  const { table, columns } = sourceOf(type);
  const [row] = await db.select(columns).from(table).where(eq(table.id, id));
  return row as RowOf<T> | undefined;
}

/** One record, locked for the rest of the transaction. */
export async function lockRecord<T extends CatalogueType>(tx: Executor, type: T, id: string): Promise<RowOf<T> | undefined> {
  const { table, columns } = sourceOf(type);
  const [row] = await tx.select(columns).from(table).where(eq(table.id, id)).for('update');
  return row as RowOf<T> | undefined;
}

/**
 * Rows in the order of `ids` (a ranked page). With `keys`, only those columns (a list reads what
 * its items show, not descriptions and contacts it would throw away); still typed as whole rows:
 * the caller reads only the columns it named.
 */
export async function findRecordsByIds<T extends CatalogueType>(db: Executor, type: T, ids: string[], keys?: ReadonlySet<string>): Promise<RowOf<T>[]> {
  if (ids.length === 0) return [];
  const { table, columns } = sourceOf(type);
  const picked = keys ? (Object.fromEntries(Object.entries(columns).filter(([key]) => keys.has(key))) as typeof columns) : columns;
  return inIdOrder(ids, await db.select(picked).from(table).where(inArray(table.id, ids))) as RowOf<T>[];
}

/** A new record. */
export async function insertRecord<T extends CatalogueType>(tx: Executor, type: T, values: InsertOf<T>): Promise<RowOf<T>> {
  const { table, columns } = sourceOf(type);
  const [row] = await tx
    .insert(table)
    .values(values as typeof offers.$inferInsert)
    .returning(columns);
  return row as RowOf<T>;
}

/** Writes the values, bumps `version` and `updatedAt`, and answers the new row. */
export async function writeRecord<T extends CatalogueType>(tx: Executor, type: T, id: string, values: Partial<RowOf<T>>): Promise<RowOf<T>> {
  const { table, columns } = sourceOf(type);
  const { id: _id, ...changes } = values as Partial<OfferRow>;
  const [row] = await tx
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(eq(table.id, id))
    .returning(columns);
  return row as RowOf<T>;
}

/** Where an organisation is, to decide who may enter records for it. */
export async function findOrganisationScope(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organisations.id, kind: organisations.kind, provinceCode: organisations.provinceCode, legacyProvinceCode: organisations.legacyProvinceCode })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}
