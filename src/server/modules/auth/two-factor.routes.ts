import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { isAuthenticatorCode, TwoFactorCodeBody, TwoFactorPasswordBody, TwoFactorSetup } from '../../../shared/auth/two-factor.schemas.js';
import { AppError } from '../../errors.js';
import { auditContextOf } from './actor.js';
import type { Auth } from './auth.js';
import { callAuth } from './auth.bridge.js';
import { signedIn } from './auth.plugin.js';
import { assertCanDisableTwoFactor, assertCanUseTwoFactor, manualKeyOf, recordTwoFactorChange } from './two-factor.service.js';
import { findUserById } from './users.repository.js';

const Ok = z.object({ ok: z.literal(true) });
const tags = ['auth'];

/**
 * Two-step verification (TOTP authenticator apps with backup codes) on top of better-auth's twoFactor
 * plugin: enrolment from the profile (or the screen a platform admin must pass first) and the sign-in's second step.
 */
export const twoFactorRoutes: FastifyPluginAsyncZod<{ auth: Auth; db: Db }> = async (app, { auth, db }) => {
  const required = app.ctx.config.requireAdminTwoFactor;
  const enrolment = { auth: 'required', twoFactorEnrolment: true } as const;

  // Checks the password and stores a new, not yet active secret; the answer is the only time the backup codes are shown.
  app.post(
    '/api/auth/two-factor/enable',
    { config: enrolment, schema: { tags, body: TwoFactorPasswordBody, response: { 200: TwoFactorSetup } } },
    async (request, reply) => {
      assertCanUseTwoFactor(signedIn(request));
      const result = (await callAuth(auth, request, reply, '/two-factor/enable', { body: { password: request.body.password } })) as {
        totpURI: string;
        backupCodes: string[];
      };
      return { totpUri: result.totpURI, secret: manualKeyOf(result.totpURI), backupCodes: result.backupCodes };
    },
  );

  // The first correct code from the app proves it was set up; only then does sign-in ask for codes.
  app.post('/api/auth/two-factor/confirm', { config: enrolment, schema: { tags, body: TwoFactorCodeBody, response: { 200: Ok } } }, async (request, reply) => {
    const actor = signedIn(request);
    assertCanUseTwoFactor(actor);
    if ((await findUserById(db, actor.userId))?.twoFactorEnabled) throw new AppError('CONFLICT', { reason: 'two_factor_enabled' });
    await callAuth(auth, request, reply, '/two-factor/verify-totp', { body: { code: request.body.code } });
    await recordTwoFactorChange(db, actor, auditContextOf(actor, request), true);
    return { ok: true as const };
  });

  app.post(
    '/api/auth/two-factor/disable',
    { config: { auth: 'required' }, schema: { tags, body: TwoFactorPasswordBody, response: { 200: Ok } } },
    async (request, reply) => {
      const actor = signedIn(request);
      assertCanDisableTwoFactor(actor, required);
      if (!(await findUserById(db, actor.userId))?.twoFactorEnabled) throw new AppError('CONFLICT', { reason: 'two_factor_disabled' });
      await callAuth(auth, request, reply, '/two-factor/disable', { body: { password: request.body.password } });
      await recordTwoFactorChange(db, actor, auditContextOf(actor, request), false);
      return { ok: true as const };
    },
  );

  // The sign-in's second step, after a right password answered `twoFactorRequired`: an app code or a backup code (each works once).
  app.post(
    '/api/auth/sign-in/two-factor',
    { config: { auth: 'public' }, schema: { tags, body: TwoFactorCodeBody, response: { 200: Ok } } },
    async (request, reply) => {
      const code = request.body.code;
      const path = isAuthenticatorCode(code) ? '/two-factor/verify-totp' : '/two-factor/verify-backup-code';
      await callAuth(auth, request, reply, path, { body: { code } });
      return { ok: true as const };
    },
  );
};
