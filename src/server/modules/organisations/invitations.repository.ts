import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { invitations, memberships, organisations, users } from '../../../db/schema/index.js';

export type InvitationRow = typeof invitations.$inferSelect;
type InvitationValues = Omit<typeof invitations.$inferInsert, 'id' | 'createdAt'>;

/** `tokenHash` is what the table's `token` column holds: the link's secret is never stored. */
export async function insertInvitation(tx: Executor, values: Omit<InvitationValues, 'token'> & { tokenHash: string }): Promise<InvitationRow> {
  const { tokenHash, ...rest } = values;
  const [row] = await tx
    .insert(invitations)
    .values({ ...rest, token: tokenHash })
    .returning();
  return row;
}

export async function findInvitation(db: Executor, organisationId: string, id: string): Promise<InvitationRow | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, id), eq(invitations.organisationId, organisationId)));
  return row ?? null;
}

/** The invitation behind a link, with its organisation's name; `lock` holds it until the transaction ends. */
export async function findInvitationByTokenHash(db: Executor, tokenHash: string, lock = false) {
  const query = db
    .select({ invitation: invitations, organisationName: organisations.nameVi })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.token, tokenHash));
  const [row] = lock ? await query.for('update', { of: invitations }) : await query;
  return row ?? null;
}

export async function hasOpenInvitation(db: Executor, organisationId: string, email: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .limit(1);
  return !!row;
}

export function listInvitationsOf(db: Executor, organisationId: string) {
  return db.select().from(invitations).where(eq(invitations.organisationId, organisationId)).orderBy(desc(invitations.createdAt), desc(invitations.id));
}

export async function markInvitation(tx: Executor, id: string, values: Pick<Partial<InvitationValues>, 'acceptedAt' | 'revokedAt'>): Promise<InvitationRow> {
  const [row] = await tx.update(invitations).set(values).where(eq(invitations.id, id)).returning();
  return row;
}

/** Whether someone with this email (case-insensitive) is already an active member. */
export async function isActiveMemberByEmail(db: Executor, organisationId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, 'active'), eq(sql`lower(${users.email})`, email.toLowerCase())))
    .limit(1);
  return !!row;
}
