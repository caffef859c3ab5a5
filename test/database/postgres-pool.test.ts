import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openScratchPostgres } from '../support/test-database.js';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('PostgreSQL connection pool', () => {
  it('survives the server ending an idle connection, and the next query reconnects', async () => {
    const database = await openScratchPostgres(url!, 'tb_test');
    try {
      const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
      const [{ pid }] = rows<{ pid: number }>(await database.db.execute(sql`select pg_backend_pid() as pid`));
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [{ answer }] = rows<{ answer: number }>(await database.db.execute(sql`select 42 as answer`));
      expect(answer).toBe(42);
    } finally {
      await database.close();
    }
  });
});
