import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { offers, publicationWeek } from '../../src/db/schema/index.js';
import { openTestDatabase } from '../support/test-database.js';

let database: Database | undefined;
afterAll(async () => database?.close());

describe('the title index', () => {
  it('answers the title words and a window of publication weeks in one index scan', async () => {
    database = await openTestDatabase(inject('databaseTemplates'));
    await migrateDatabase(database);
    const plan = await database.db.transaction(async (tx) => {
      // The table is empty, so only this makes the planner show whether the index can answer both conditions.
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const result = await tx.execute(
        sql`EXPLAIN SELECT id FROM ${offers} WHERE ${offers.titleVector} @@ to_tsquery('simple', 'nuoc & mam') AND ${publicationWeek(offers.publishedAt)} && '{2900,2901}'::int[]`,
      );
      return (result as unknown as { rows: Record<string, string>[] }).rows.map((row) => Object.values(row)[0]).join('\n');
    });
    expect(plan).toContain('offers_title_vector_idx');
    expect(plan).toMatch(/Index Cond: \(\(title_vector @@ .*\) AND \(.*&& '\{2900,2901\}'::integer\[\]\)\)/);
  });
});
