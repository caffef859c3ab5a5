import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { accounts, users } from '../../../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

/** A verified user with a password (the bootstrap admin); `passwordHash` is better-auth's hash. */
export async function insertCredentialUser(db: Executor, user: { id: string; name: string; email: string; role: 'admin' | 'user' }, passwordHash: string) {
  await db.insert(users).values({ ...user, email: user.email.toLowerCase(), emailVerified: true });
  await db.insert(accounts).values({ id: crypto.randomUUID(), accountId: user.id, providerId: 'credential', userId: user.id, password: passwordHash });
}
