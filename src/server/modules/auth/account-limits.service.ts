import crypto from 'node:crypto';
import type { Db } from '../../../db/client.js';
import { decideResetMail, decideSignInAttempt, lockAfterFailure, nextAttemptAfterFailure } from '../../../domain/accounts/account-throttle.js';
import { AppError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { accountLockedMail } from '../mail/mail.templates.js';
import type { Mailer } from '../mail/mailer.js';
import {
  claimThrottle,
  deleteLockByTokenHash,
  deleteStaleThrottles,
  deleteThrottle,
  findThrottleForUpdate,
  lockThrottle,
  saveThrottle,
} from './account-throttle.repository.js';
import { findUserByEmail } from './users.repository.js';

/**
 * Per-account limits on sign-in and password-reset mails (issue 10), kept in the database so that
 * they hold across server processes. The per-address limit is better-auth's (see auth.ts); this adds
 * the one that a botnet or a forged address cannot spread out.
 */
export type AccountLimitDeps = { db: Db; mailer: Mailer; baseUrl: string };

const signInKey = (email: string) => `sign-in:${email.toLowerCase()}`;
const resetMailKey = (email: string) => `reset-mail:${email.toLowerCase()}`;
const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
const lockedError = (until: Date) => new AppError('ACCOUNT_LOCKED', { lockedUntil: until.toISOString() });

/** Counts a sign-in attempt before the password is checked; a locked account or one still waiting out its delay gets 429. */
export async function beginSignInAttempt(db: Db, email: string, now = new Date()) {
  const decision = await db.transaction(async (tx) => {
    const decided = decideSignInAttempt(await claimThrottle(tx, signInKey(email), now), now);
    if (decided.kind === 'allowed') await saveThrottle(tx, signInKey(email), decided.state);
    return decided;
  });
  if (decision.kind === 'locked') throw lockedError(decision.until);
  if (decision.kind === 'wait') throw new AppError('RATE_LIMITED', { retryAfterSeconds: secondsUntil(decision.until, now) });
}

/** The right password: the account's failures are forgotten. */
export async function endSignInAttempt(db: Db, email: string) {
  await deleteThrottle(db, signInKey(email));
}

/**
 * A wrong password. After too many in a row the account is locked and its owner (if the email has an
 * account) gets a link to unlock it; the answer is then the lock, so the person trying knows what
 * happened. Returns the error to answer with.
 */
export async function failSignInAttempt(
  deps: AccountLimitDeps,
  email: string,
  wrongPassword: AppError,
  audit: Omit<AuditContext, 'actorId' | 'actorEmail'>,
  now = new Date(),
) {
  const token = crypto.randomBytes(32).toString('base64url');
  const locked = await deps.db.transaction(async (tx) => {
    const state = await findThrottleForUpdate(tx, signInKey(email));
    if (!state || state.lockedUntil) return null;
    // The delay runs from the wrong-password answer, not from the start of a (slow, hashed) attempt.
    await saveThrottle(tx, signInKey(email), { ...state, nextAttemptAt: nextAttemptAfterFailure(state, now) });
    const until = lockAfterFailure(state, now);
    if (!until || !(await lockThrottle(tx, signInKey(email), until, hashToken(token)))) return null;
    const user = await findUserByEmail(tx, email);
    if (user) {
      await recordAudit(
        tx,
        { ...audit, actorId: null, actorEmail: 'system' },
        { action: 'user.sign-in-locked', entityType: 'user', entityId: user.id, after: { lockedUntil: until.toISOString(), failures: state?.count } },
      );
    }
    return { until, user };
  });
  if (!locked) return wrongPassword;
  // Mail after commit, as elsewhere: the outbox write must not share the lock's transaction.
  if (locked.user) {
    const url = `${deps.baseUrl}/unlock-account?token=${token}`;
    await deps.mailer.send(locked.user.email, accountLockedMail(locked.user.name, url, locked.until));
  }
  return lockedError(locked.until);
}

/** The owner's link from the lock mail: ends the lock. False when the link is unknown, used or the lock is over. */
export async function unlockAccount(db: Db, token: string, audit: Omit<AuditContext, 'actorId' | 'actorEmail'>, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const key = await deleteLockByTokenHash(tx, hashToken(token), now);
    if (!key) return false;
    const user = await findUserByEmail(tx, key.slice(signInKey('').length));
    if (user) {
      await recordAudit(tx, { ...audit, actorId: user.id, actorEmail: user.email }, { action: 'user.sign-in-unlocked', entityType: 'user', entityId: user.id });
    }
    return true;
  });
}

/** Counts a password-reset mail for this email, whether or not it has an account; too many in an hour get 429. */
export async function allowResetMail(db: Db, email: string, now = new Date()) {
  const decision = await db.transaction(async (tx) => {
    const decided = decideResetMail(await claimThrottle(tx, resetMailKey(email), now), now);
    if (decided.kind === 'allowed') await saveThrottle(tx, resetMailKey(email), decided.state);
    return decided;
  });
  if (decision.kind === 'wait') throw new AppError('RATE_LIMITED', { retryAfterSeconds: secondsUntil(decision.until, now) });
}

/** Hourly: forgets the limits of emails not tried for a day, so that guessing at many emails does not grow the table for ever. */
export async function forgetStaleThrottles(db: Db, now = new Date()): Promise<number> {
  return deleteStaleThrottles(db, new Date(now.getTime() - 24 * 60 * 60 * 1000), now);
}
