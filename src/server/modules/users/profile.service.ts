import type { Db, Executor } from '../../../db/client.js';
import { normaliseText } from '../../../domain/text/fold.js';
import type { Profile, ProfilePatch } from '../../../shared/users/users.schemas.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { platformRoleOf } from './users.policy.js';
import * as repo from './users.repository.js';

function toProfile(user: repo.UserRow): Profile {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    phone: user.phone,
    title: user.title,
    locale: user.locale === 'en' ? 'en' : 'vi',
    role: platformRoleOf(user),
    createdAt: user.createdAt.toISOString(),
  };
}

async function loadSelf(db: Executor, actor: Actor): Promise<repo.UserRow> {
  const user = await repo.findUser(db, actor.userId);
  // The session outlived its user (deleted between actor resolution and now).
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

export async function getProfile(db: Db, actor: Actor): Promise<Profile> {
  return toProfile(await loadSelf(db, actor));
}

/** Changes the caller's own name, phone, title or language; an empty phone or title clears it. */
export async function updateProfile(db: Db, actor: Actor, ctx: AuditContext, patch: ProfilePatch): Promise<Profile> {
  const optional = (value: string | undefined) => (value === undefined ? undefined : normaliseText(value) || null);
  return db.transaction(async (tx) => {
    const before = await loadSelf(tx, actor);
    const after = await repo.updateUser(tx, actor.userId, {
      name: patch.name === undefined ? undefined : normaliseText(patch.name),
      phone: optional(patch.phone),
      title: optional(patch.title),
      locale: patch.locale,
    });
    const fields = (u: repo.UserRow) => ({ name: u.name, phone: u.phone, title: u.title, locale: u.locale });
    await recordAudit(tx, ctx, {
      action: 'user.profile-update',
      entityType: 'user',
      entityId: actor.userId,
      before: fields(before),
      after: fields(after),
    });
    return toProfile(after);
  });
}
