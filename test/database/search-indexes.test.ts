import { sql, TransactionRollbackError, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { demands, experts, offers, publicationWeek } from '../../src/db/schema/index.js';
import { prefixWords } from '../../src/server/modules/catalogue/prefix-words.repository.js';
import { openTestDatabase } from '../support/test-database.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase(inject('databaseTemplates'));
  await migrateDatabase(database);
});
afterAll(async () => database?.close());

/**
 * The plan of `query` as text, with the named indexes dropped for the look (the transaction is
 * rolled back). The tables are empty, so only a ban on sequential scans makes the planner show what
 * an index can answer, and two indexes that both hold the filters are then costed alike: each case
 * leaves the planner the index it is about.
 */
async function planOf(query: SQL, without: string[] = []): Promise<string> {
  let plan = '';
  await database.db
    .transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      for (const index of without) await tx.execute(sql`DROP INDEX ${sql.identifier(index)}`);
      const result = await tx.execute(sql`EXPLAIN ${query}`);
      plan = (result as unknown as { rows: Record<string, string>[] }).rows.map((row) => Object.values(row)[0]).join('\n');
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  return plan;
}

/** The three kinds of record the search serves, each with its table. */
const searchedKinds = [
  ['offers', offers],
  ['demands', demands],
  ['experts', experts],
] as const;

describe('the search indexes', () => {
  it.each(searchedKinds)('answer the title words, a window of publication weeks and the filters of %s in one index scan', async (name, table) => {
    const plan = await planOf(
      sql`SELECT id FROM ${table} WHERE ${table.titleVector} @@ to_tsquery('simple', 'nuoc & mam') AND ${publicationWeek(table.publishedAt)} && '{2900,2901}'::int[] AND ${table.filterTokens} && '{field:402}'::text[]`,
      [`${name}_search_idx`],
    );
    expect(plan).toContain(`${name}_title_idx`);
    expect(plan).toMatch(/Index Cond: \(\(title_vector @@ .*\) AND \(.*&& '\{2900,2901\}'::integer\[\]\) AND \(filter_tokens && '\{field:402\}'::text\[\]\)\)/);
    expect(plan).not.toContain('Filter:');
  });

  it.each(searchedKinds)('answer the words and every filter of a search of %s in one index scan', async (name, table) => {
    const plan = await planOf(
      sql`SELECT id FROM ${table} WHERE ${table.searchVector} @@ to_tsquery('simple', 'sam <-> ngoc <-> linh') AND ${table.filterTokens} && '{field:402}'::text[] AND ${table.filterTokens} && '{province:24}'::text[]`,
      [`${name}_title_idx`],
    );
    expect(plan).toContain(`${name}_search_idx`);
    expect(plan).toMatch(
      /Index Cond: \(\(search_vector @@ .*\) AND \(filter_tokens && '\{field:402\}'::text\[\]\) AND \(filter_tokens && '\{province:24\}'::text\[\]\)\)/,
    );
    expect(plan).not.toContain('Filter:');
  });

  it.each(searchedKinds)('answer the words, a window of publication weeks and the filters of a count of %s in one index scan', async (name, table) => {
    const plan = await planOf(
      sql`SELECT id FROM ${table} WHERE ${table.searchVector} @@ to_tsquery('simple', 'nuoc & mam') AND ${table.filterTokens} && '{field:402}'::text[] AND ${publicationWeek(table.publishedAt)} && '{2900,2901}'::int[]`,
      [`${name}_title_idx`],
    );
    expect(plan).toContain(`${name}_search_idx`);
    expect(plan).toMatch(
      /Index Cond: \(\(search_vector @@ .*\) AND \(.*&& '\{2900,2901\}'::integer\[\]\) AND \(filter_tokens && '\{field:402\}'::text\[\]\)\)/,
    );
    expect(plan).not.toContain('Filter:');
  });

  it('read the words a typed prefix stands for as a byte-order range of the prefix index', async () => {
    const plan = await planOf(prefixWords('co'));
    expect(plan).toContain('search_vocabulary_word_prefix_idx');
    expect(plan).toMatch(/Index Cond: \(\(\(word\)::text >= 'co'::text\) AND \(\(word\)::text < 'cp'::text\)\)/);
  });
});
