import { and, asc, getTableColumns, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { demands, offers } from '../../../db/schema/index.js';
import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import { interchangeColumns, type RecordColumns } from './record-columns.js';
import type { ExportScope } from './imports.policy.js';

// Offers and demands share every column used here; typing both as `offers` keeps Drizzle's builders simple.
const tableOf = (type: InterchangeType) => (type === 'offers' ? offers : (demands as unknown as typeof offers));

export type StoredRecord = { id: string; externalId: string | null; provinceCode: string | null } & Record<string, unknown>;
export type RecordWrite<T extends InterchangeType> = RecordColumns<T> & {
  id?: string;
  externalId: string;
  status: string;
  publishedAt: Date | null;
  moderatedBy: string | null;
  createdBy: string | null;
  /** Set on new records only: an update keeps the owner the record has. */
  ownerOrganisationId?: string | null;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Stored records for a batch of external ids. A record made in the web app has no external id;
 * its export uses the record id instead, so an id also finds such a record.
 */
export async function findByExternalIds(db: Executor, type: InterchangeType, externalIds: string[]): Promise<StoredRecord[]> {
  if (externalIds.length === 0) return [];
  const table = tableOf(type);
  const ids = externalIds.filter((id) => uuidPattern.test(id));
  const byId = ids.length ? and(isNull(table.externalId), inArray(table.id, ids)) : undefined;
  return (await db
    .select(storedColumns(type))
    .from(table)
    .where(or(inArray(table.externalId, externalIds), byId))) as unknown as StoredRecord[];
}

const keptColumns = ['id', 'externalId', 'status', 'publishedAt', 'moderatedBy', 'createdBy', 'provinceCode', 'legacyProvinceCode'];
// An export falls back on the lower budget when a demand entered in the web app has no upper one.
const exportedExtras = { offers: [], demands: ['budgetMinVnd'] };

/** Only what an import compares or keeps: the search columns are large and never needed here. */
function storedColumns(type: InterchangeType) {
  const columns = getTableColumns(tableOf(type)) as Record<string, AnyPgColumn>;
  return Object.fromEntries([...keptColumns, ...exportedExtras[type], ...interchangeColumns[type]].map((key) => [key, columns[key]]));
}

/** `SET col = excluded.col` for the interchange columns, plus a version bump. */
function updateSet(type: InterchangeType) {
  const table = tableOf(type);
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const set: Record<string, SQL | Date> = { updatedAt: new Date(), version: sql`${table.version} + 1`, externalId: sql.raw('excluded.external_id') };
  for (const key of interchangeColumns[type]) set[key] = sql.raw(`excluded.${columns[key].name}`);
  return set;
}

/**
 * Writes a batch in one statement: new rows by external id, known rows by id. The ON CONFLICT
 * clause also makes two imports of the same file racing each other update rather than fail.
 */
export async function upsertRecords<T extends InterchangeType>(db: Executor, type: T, rows: RecordWrite<T>[], target: 'externalId' | 'id') {
  if (rows.length === 0) return [];
  const table = tableOf(type);
  return db
    .insert(table)
    .values(rows as (typeof offers.$inferInsert)[])
    .onConflictDoUpdate({ target: target === 'id' ? table.id : table.externalId, set: updateSet(type) })
    .returning({ id: table.id, externalId: table.externalId });
}

/** Records for an export, oldest first; `where` is the caller's permission filter. */
function exportCondition(table: typeof offers, scope: ExportScope): SQL | undefined {
  if (scope.everything) return undefined;
  const visible = inArray(table.status, scope.publicStatuses);
  return scope.provinces.length ? or(visible, inArray(table.provinceCode, scope.provinces)) : visible;
}

export async function listForExport(db: Executor, type: InterchangeType, scope: ExportScope): Promise<StoredRecord[]> {
  const table = tableOf(type);
  const where = (t: typeof offers) => exportCondition(t, scope);
  return (await db
    .select(storedColumns(type))
    .from(table)
    .where(where(table))
    .orderBy(asc(table.createdAt), asc(table.externalId), asc(table.id))) as unknown as StoredRecord[];
}
