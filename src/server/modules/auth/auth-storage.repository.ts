import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../../../db/client.js';
import { accounts, rateLimits, sessions, users, verifications } from '../../../db/schema/index.js';

/** better-auth's tables (users, sessions, accounts, verifications, rate limits) through Drizzle. */
export function authStorage(db: Db) {
  return drizzleAdapter(db, {
    provider: 'pg',
    schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
  });
}
