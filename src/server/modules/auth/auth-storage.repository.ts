import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../../../db/client.js';
import { accounts, rateLimits, sessions, twoFactors, users, verifications } from '../../../db/schema/index.js';

/** better-auth's tables (users, sessions, accounts, verifications, rate limits, two-factor secrets) through Drizzle. */
export function authStorage(db: Db) {
  return drizzleAdapter(db, {
    provider: 'pg',
    schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits, twoFactor: twoFactors },
  });
}
