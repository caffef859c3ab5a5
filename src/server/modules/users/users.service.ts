import type { Db } from '../../../db/client.js';
import { fold } from '../../../domain/text/fold.js';
import type { MemberRole } from '../../../domain/organisations/organisation-kinds.js';
import type { UserListQuery, UserPatch, UserSummary } from '../../../shared/users/users.schemas.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { assertNotSelfLockout, authorizeUserAdmin, platformRoleOf } from './users.policy.js';
import * as repo from './users.repository.js';

type Membership = Awaited<ReturnType<typeof repo.membershipsOf>>[number];

function toSummary(user: repo.UserRow, organisations: Membership[]): UserSummary {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    role: platformRoleOf(user),
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
    organisations: organisations.map(({ id, name, role, status }) => ({ id, name, role: role as MemberRole, status })),
  };
}

async function summarise(db: Db, rows: repo.UserRow[]): Promise<UserSummary[]> {
  const memberships = await repo.membershipsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toSummary(
      row,
      memberships.filter((m) => m.userId === row.id),
    ),
  );
}

/** Every account, searchable by name or email, for platform admins. */
export async function listUsers(db: Db, actor: Actor, query: UserListQuery) {
  authorizeUserAdmin(actor);
  const folded = query.q ? fold(query.q) : '';
  const { rows, total } = await repo.listUsers(db, { foldedQuery: folded || undefined, afterEmail: query.cursor, limit: query.limit });
  const page = rows.slice(0, query.limit);
  const nextCursor = rows.length > query.limit ? page[page.length - 1].email : null;
  return { items: await summarise(db, page), total, nextCursor };
}

/** Changes a platform role or disables an account; disabling also ends every session of that user. */
export async function updateUser(db: Db, actor: Actor, ctx: AuditContext, userId: string, patch: UserPatch): Promise<UserSummary> {
  authorizeUserAdmin(actor);
  assertNotSelfLockout(actor, userId, patch);
  const updated = await db.transaction(async (tx) => {
    const before = await repo.findUser(tx, userId);
    if (!before) throw notFound('user');
    const after = await repo.updateUser(tx, userId, { role: patch.role, disabled: patch.disabled });
    if (after.disabled && !before.disabled) await repo.deleteSessionsOf(tx, userId);
    await recordAudit(tx, ctx, {
      action: 'user.update',
      entityType: 'user',
      entityId: userId,
      before: { role: before.role, disabled: before.disabled },
      after: { role: after.role, disabled: after.disabled },
    });
    return after;
  });
  return (await summarise(db, [updated]))[0];
}
