import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../db/client.js';
import type { MeResponse } from '../../../shared/auth/auth.schemas.js';
import { recordAudit } from '../audit/audit.service.js';
import { abilitiesOf } from './abilities.js';
import type { Actor } from './actor.js';
import { AppError } from '../../errors.js';
import { canDisableTwoFactor, canUseTwoFactor, mustEnrolTwoFactor } from './two-factor.policy.js';
import { findUserByEmail, findUserById } from './users.repository.js';

export async function recordSignUp(db: Db, user: { id: string; email: string }, request: FastifyRequest) {
  await recordAudit(
    db,
    { actorId: user.id, actorEmail: user.email, requestId: request.id, ip: request.ip },
    { action: 'user.register', entityType: 'user', entityId: user.id, after: { email: user.email } },
  );
}

/** What the web client needs to draw navigation for the signed-in person (or a visitor). */
export async function describeMe(db: Db, actor: Actor | null, requireAdminTwoFactor: boolean): Promise<MeResponse> {
  const noTwoFactor = { available: false, enabled: false, mandatory: false, enrolmentRequired: false };
  if (!actor)
    return { user: null, abilities: abilitiesOf(null), memberships: [], connectionPointProvinces: [], repOfficeCountries: [], twoFactor: noTwoFactor };
  const user = await findUserById(db, actor.userId);
  const enabled = !!user?.twoFactorEnabled;
  return {
    user: user ? { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, emailVerified: user.emailVerified } : null,
    abilities: abilitiesOf(actor),
    memberships: actor.memberships,
    connectionPointProvinces: actor.connectionPointProvinces,
    repOfficeCountries: actor.repOfficeCountries,
    twoFactor: {
      available: canUseTwoFactor(actor),
      enabled,
      mandatory: !canDisableTwoFactor(actor, requireAdminTwoFactor),
      enrolmentRequired: mustEnrolTwoFactor(actor, enabled, requireAdminTwoFactor),
    },
  };
}

/** A disabled account gets a clear answer instead of a session that every later request ignores. */
export async function refuseDisabledAccount(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (user?.disabled) throw new AppError('ACCOUNT_DISABLED');
}
