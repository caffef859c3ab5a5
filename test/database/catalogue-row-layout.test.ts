import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { offers } from '../../src/db/schema/index.js';
import { openTestDatabase } from '../support/test-database.js';

let database: Database | undefined;
async function query<T>(text: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database!.db.execute(text)) as { rows: T[] }).rows;
}
afterAll(async () => database?.close());

/** Bytes the TOAST table of `table` holds: where PostgreSQL keeps the values it moved out of rows. */
const toastBytes = async (table: string) =>
  (await query<{ bytes: number }>(sql`SELECT pg_relation_size(reltoastrelid)::int AS bytes FROM pg_class WHERE relname = ${table}`))[0].bytes;

// Migration 0030: a search or a match reads these for every matching record, so they stay in the row.
const keptInRow = ['status', 'search_vector', 'title_vector', 'facet_key', 'filter_tokens', 'language', 'country', 'field_codes'];

describe('catalogue rows', () => {
  it('keep what a search reads in the row and move a long description out of it', async () => {
    database = await openTestDatabase(inject('databaseTemplates'));
    await migrateDatabase(database);
    for (const table of ['offers', 'demands', 'experts']) {
      const main = await query<{ name: string }>(
        sql`SELECT attname AS name FROM pg_attribute WHERE attrelid = ${table}::regclass AND attstorage = 'm' ORDER BY attname`,
      );
      expect(main.map((c) => c.name)).toEqual(expect.arrayContaining(keptInRow));
    }
    expect(await toastBytes('offers')).toBe(0);
    // About 2.5 KB of different sentences (pglz would shrink a repeated one into the row): under 0026's 4 KB it stayed in the row.
    const description = Array.from({ length: 60 }, (_, i) => `Bước ${i}: ủ chượp ${i * 7919} ngày ở ${i % 40} độ.`).join(' ');
    await database.db.insert(offers).values({ title: 'Lên men nước mắm nhanh', description, status: 'published' });
    expect(await toastBytes('offers')).toBeGreaterThan(0);
  });
});
