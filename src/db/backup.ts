import fs from 'node:fs';
import readline from 'node:readline';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from './client.js';

/**
 * A backup is one gzip file of JSON lines, the same for both engines: a header naming the schema
 * version, then one line per row (`{"t": table, "r": row}`) with tables in foreign-key order, then
 * a trailer with the row count of each table, so a truncated file is refused. Rows are PostgreSQL's
 * own JSON (`row_to_json`; bytea as `\x` hex) and come back through `json_populate_recordset`, so
 * every type round-trips exactly without this file knowing the columns.
 */
const FORMAT = 'techbridge-backup';
const VERSION = 1;
/** Rows per statement; files are read a few at a time, as each may be up to 20 MB. */
const pageSize = (table: string) => (table === 'stored_files' ? 2 : 500);

type Header = { format: string; version: number; createdAt: string; engine: string; migration: string | null; tables: string[] };
type TableInfo = { name: string; columns: string[]; identity: boolean };

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The latest migration applied, by the time drizzle recorded it. */
async function schemaVersion(db: Executor): Promise<string | null> {
  const rows = rowsOf<{ created_at: string | number }>(
    await db.execute(sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`),
  );
  return rows[0] ? String(rows[0].created_at) : null;
}

/**
 * The application's tables in an order where every table comes after those it references, with their
 * stored (not generated) columns; not the matcher's caches of records' features, which a restored
 * database computes again (they are valid only for the rows they were computed from).
 */
async function tablesInDependencyOrder(db: Executor): Promise<TableInfo[]> {
  const columns = rowsOf<{ table_name: string; column_name: string; is_identity: string }>(
    await db.execute(sql`select table_name, column_name, is_identity from information_schema.columns
      where table_schema = 'public' and is_generated = 'NEVER' and table_name not like '%\\_match\\_features'
        and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')
      order by table_name, ordinal_position`),
  );
  const references = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`select c.relname as child, p.relname as parent from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid`),
  );
  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    const table = tables.get(c.table_name) ?? { name: c.table_name, columns: [], identity: false };
    table.columns.push(c.column_name);
    table.identity ||= c.is_identity === 'YES';
    tables.set(c.table_name, table);
  }
  const ordered: TableInfo[] = [];
  const pending = new Set([...tables.keys()].sort());
  while (pending.size) {
    const ready = [...pending].filter((name) => !references.some((r) => r.child === name && pending.has(r.parent)));
    if (!ready.length) throw new Error(`foreign keys form a cycle among: ${[...pending].join(', ')}`);
    for (const name of ready) {
      ordered.push(tables.get(name)!);
      pending.delete(name);
    }
  }
  return ordered;
}

/** Writes a consistent backup of every table to `file`: all of it is read in one REPEATABLE READ snapshot. */
export async function writeBackup(database: Database, file: string): Promise<Record<string, number>> {
  const gzip = zlib.createGzip();
  const output = gzip.pipe(fs.createWriteStream(file));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  await database.db.transaction(
    async (tx) => {
      const tables = await tablesInDependencyOrder(tx);
      const header: Header = {
        format: FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        engine: database.kind,
        migration: await schemaVersion(tx),
        tables: tables.map((t) => t.name),
      };
      await write(header);
      for (const table of tables) {
        counts[table.name] = 0;
        // Pages by position in the snapshot: nothing moves under a REPEATABLE READ transaction.
        for (let offset = 0; ; offset += pageSize(table.name)) {
          const rows = rowsOf<{ r: unknown }>(
            await tx.execute(sql`select row_to_json(t) as r from ${sql.identifier(table.name)} t order by ctid limit ${pageSize(table.name)} offset ${offset}`),
          );
          for (const { r } of rows) await write({ t: table.name, r });
          counts[table.name] += rows.length;
          if (rows.length < pageSize(table.name)) break;
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  await write({ end: true, counts });
  gzip.end();
  await once(output, 'finish');
  return counts;
}

/** The first table that has rows, or null when the database holds no data. */
async function firstNonEmptyTable(db: Executor, tables: TableInfo[]): Promise<string | null> {
  for (const table of tables) {
    const rows = rowsOf<unknown>(await db.execute(sql`select 1 from ${sql.identifier(table.name)} limit 1`));
    if (rows.length) return table.name;
  }
  return null;
}

/** Thrown for a backup this version cannot restore, or a database it must not restore into; the message says which. */
export class RestoreRefused extends Error {}

async function insertRows(db: Executor, table: TableInfo, rows: unknown[]) {
  const columns = sql.join(
    table.columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  // Rows that triggers derived from earlier tables (the search vocabulary) may already be there, identical.
  await db.execute(
    sql`insert into ${sql.identifier(table.name)} (${columns}) ${table.identity ? sql`overriding system value` : sql``}
      select ${columns} from json_populate_recordset(null::${sql.identifier(table.name)}, ${JSON.stringify(rows)}::json)
      on conflict do nothing`,
  );
}

/** Sets every serial and identity sequence past the highest restored value, so new rows get fresh ids. */
async function resetSequences(db: Executor) {
  const serials = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and (column_default like 'nextval(%' or is_identity = 'YES')`),
  );
  for (const { table_name: table, column_name: column } of serials) {
    await db.execute(
      sql`select setval(pg_get_serial_sequence(${`"${table}"`}, ${column}), coalesce(max(${sql.identifier(column)}), 0) + 1, false) from ${sql.identifier(table)}`,
    );
  }
}

/**
 * Restores a backup into `database`, which must be migrated to the same schema version and hold
 * no data at all; everything is written in one transaction, so a failed restore leaves it empty.
 */
export async function restoreBackup(database: Database, file: string): Promise<Record<string, number>> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (header?.format !== FORMAT || header.version !== VERSION) throw new RestoreRefused(`${file} is not a TechBridge backup (format ${VERSION})`);

  return database.db.transaction(async (tx) => {
    const tables = await tablesInDependencyOrder(tx);
    const migration = await schemaVersion(tx);
    if (header.migration !== migration) {
      throw new RestoreRefused(
        `the backup was made at schema version ${header.migration} and this database is at ${migration}; restore it with the TechBridge version that made it, then upgrade`,
      );
    }
    const occupied = await firstNonEmptyTable(tx, tables);
    if (occupied) throw new RestoreRefused(`the database is not empty (table ${occupied} has rows); restore only into a new, empty database`);

    const byName = new Map(tables.map((t) => [t.name, t]));
    const counts: Record<string, number> = {};
    // Consecutive rows of one table go in together, a page at a time.
    let batchTable: TableInfo | null = null;
    let batch: unknown[] = [];
    let trailer: { end: true; counts: Record<string, number> } | null = null;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = JSON.parse(next.value) as { t: string; r: unknown } | { end: true; counts: Record<string, number> };
      if ('end' in line) {
        trailer = line;
        break;
      }
      const table = byName.get(line.t);
      if (!table) throw new RestoreRefused(`the backup has a table this version does not know: ${line.t}`);
      if (batchTable && (batchTable !== table || batch.length >= pageSize(table.name))) {
        await insertRows(tx, batchTable, batch);
        batch = [];
      }
      batchTable = table;
      batch.push(line.r);
      counts[table.name] = (counts[table.name] ?? 0) + 1;
    }
    if (batchTable && batch.length) await insertRows(tx, batchTable, batch);
    if (!trailer) throw new RestoreRefused(`${file} is incomplete (it ends before its last line); nothing was restored`);
    for (const [table, count] of Object.entries(trailer.counts)) {
      if ((counts[table] ?? 0) !== count) throw new RestoreRefused(`${file} is damaged: ${table} should have ${count} rows; nothing was restored`);
    }
    await resetSequences(tx);
    return counts;
  });
}
