import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { memberships, organisations, users } from '../../../db/schema/index.js';

export type MembershipRow = typeof memberships.$inferSelect;
type MembershipValues = Omit<typeof memberships.$inferInsert, 'id' | 'createdAt'>;

export async function addMembership(tx: Executor, values: MembershipValues): Promise<MembershipRow> {
  const [row] = await tx.insert(memberships).values(values).returning();
  return row;
}

export async function findMembership(db: Executor, organisationId: string, userId: string): Promise<MembershipRow | null> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row ?? null;
}

export async function updateMembership(tx: Executor, id: string, values: Partial<MembershipValues>): Promise<MembershipRow> {
  const [row] = await tx.update(memberships).set(values).where(eq(memberships.id, id)).returning();
  return row;
}

export async function deleteMembership(tx: Executor, id: string): Promise<void> {
  await tx.delete(memberships).where(eq(memberships.id, id));
}

export async function countActiveAdmins(db: Executor, organisationId: string): Promise<number> {
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, 'active'), eq(memberships.role, 'admin')));
  return total;
}

/** Members of one organisation with their names, admins first; `statuses` limits what the caller may see. */
export function listMembersOf(db: Executor, organisationId: string, statuses: string[]) {
  return db
    .select({ membership: memberships, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.status, statuses)))
    .orderBy(asc(memberships.role), asc(users.name), asc(memberships.id));
}

/** Every membership of one person (active, pending, rejected) with its organisation, newest first. */
export function listMembershipsOfUser(db: Executor, userId: string) {
  return db
    .select({
      membership: memberships,
      organisation: {
        id: organisations.id,
        nameVi: organisations.nameVi,
        nameEn: organisations.nameEn,
        kind: organisations.kind,
        verified: organisations.verified,
      },
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(desc(memberships.createdAt), asc(memberships.id));
}
