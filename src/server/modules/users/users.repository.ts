import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { containsPattern } from '../../../domain/text/like-pattern.js';
import { memberships, organisations, sessions, users } from '../../../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;
export type UserChange = Partial<Pick<UserRow, 'name' | 'phone' | 'title' | 'locale' | 'role' | 'disabled'>>;

export async function findUser(db: Executor, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function updateUser(db: Executor, id: string, change: UserChange): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/** Signs the user out everywhere. */
export async function deleteSessionsOf(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** One page of users ordered by email (unique, so the last email is the cursor); `foldedQuery` matches name or email. */
export async function listUsers(db: Executor, filter: { foldedQuery?: string; afterEmail?: string; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.foldedQuery) {
    const pattern = containsPattern(filter.foldedQuery);
    conditions.push(sql`(tb_fold(${users.name}) like ${pattern} or lower(${users.email}) like ${pattern})`);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const page = filter.afterEmail ? and(where, gt(users.email, filter.afterEmail)) : where;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(page)
      .orderBy(asc(users.email))
      .limit(filter.limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(users)
      .where(where),
  ]);
  return { rows, total };
}

/** Memberships (any status) of the given users, with organisation names, in one query. */
export function membershipsOf(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      userId: memberships.userId,
      id: organisations.id,
      name: organisations.nameVi,
      role: memberships.role,
      status: memberships.status,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(organisations.nameVi));
}
