import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { openTestDatabase } from '../support/test-database.js';

let database: Database | undefined;
/** Rows of a raw query on either engine. */
async function query<T>(text: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database!.db.execute(text)) as { rows: T[] }).rows;
}
afterAll(async () => database?.close());

/**
 * The search's SQL functions are created by migrate.ts before the migrations, not by a migration:
 * 0000_init and 0002 already call them in generated columns and indexes, and migrations that have
 * run are never edited. This proves a database built from nothing but migrate.ts has them all.
 */
describe('a fresh database built by migrateDatabase alone', () => {
  it('has the search functions, immutable, and the columns and indexes that call them', async () => {
    database = await openTestDatabase(inject('databaseTemplates'));
    await migrateDatabase(database);
    const rows = await query<{ name: string; volatility: string }>(
      sql`SELECT proname AS name, provolatile AS volatility FROM pg_proc WHERE proname IN ('tb_fold', 'tb_words', 'tb_tokens', 'tb_facet_key') ORDER BY proname`,
    );
    expect(rows).toEqual(['tb_facet_key', 'tb_fold', 'tb_tokens', 'tb_words'].map((name) => ({ name, volatility: 'i' })));

    const [folded] = await query<{ fold: string; words: string; tokens: string[]; key: string }>(
      sql`SELECT tb_fold('Đà Nẵng Chế biến') AS fold, tb_words(ARRAY['a', 'b']) AS words,
                 tb_tokens('field', ARRAY['x', '', 'y']) AS tokens, tb_facet_key(ARRAY['s1', 's2'], ARRAY['i1', 'i2']) AS key`,
    );
    expect(folded).toEqual({ fold: 'da nang che bien', words: 'a b', tokens: ['field:x', 'field:y'], key: 's1|s2|i1,i2' });

    // Every server start runs it again: it must change nothing and fail on nothing.
    await migrateDatabase(database);
    expect(await query(sql`SELECT tb_fold('Đ') AS fold`)).toEqual([{ fold: 'd' }]);
  }, 240_000);
});
