import { openPglite, type Database } from '../../src/db/client.js';
import type { Actor } from '../../src/server/modules/auth/actor.js';
import { openTestDatabase } from '../../test/support/test-database.js';

/** Agency staff: the reader of every province's figures. */
export const benchAgency: Actor = {
  userId: 'bench',
  email: 'bench@techbridge.local',
  name: 'Bench',
  isPlatformAdmin: false,
  memberships: [],
  isAgency: true,
  connectionPointProvinces: [],
  connectionPointIds: [],
  repOfficeCountries: [],
};

/** A scratch database on the PostgreSQL server at `serverUrl`, else PGlite in memory. */
export async function openBenchDatabase(serverUrl: string | undefined): Promise<Database> {
  if (!serverUrl) return openPglite(null);
  process.env.TEST_DATABASE_URL = serverUrl;
  return openTestDatabase();
}
