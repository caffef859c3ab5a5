import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangePasswordBody,
  EmailBody,
  MeResponse,
  ResetPasswordBody,
  SignInBody,
  SignUpBody,
  UnlockAccountBody,
  UnlockAccountResponse,
} from '../../../shared/auth/auth.schemas.js';
import { SignInResponse } from '../../../shared/auth/two-factor.schemas.js';
import type { Db } from '../../../db/client.js';
import { twoFactorRoutes } from './two-factor.routes.js';
import type { Auth } from './auth.js';
import { callAuth } from './auth.bridge.js';
import { describeMe, recordSignUp, refuseDisabledAccount } from './auth.service.js';
import { signedIn } from './auth.plugin.js';
import { AppError } from '../../errors.js';
import { allowResetMail, beginSignInAttempt, endSignInAttempt, failSignInAttempt, unlockAccount } from './account-limits.service.js';

const Ok = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
const tags = ['auth'];

/** Sign-up, sign-in, verification and password reset, in our error shape, on top of better-auth. */
export const authRoutes: FastifyPluginAsyncZod<{ auth: Auth; db: Db }> = async (app, { auth, db }) => {
  const limits = { db, mailer: app.ctx.mailer, baseUrl: app.ctx.config.baseUrl };
  const auditOf = (request: FastifyRequest) => ({ requestId: request.id, ip: request.ip });

  app.post('/api/auth/sign-up', { config: { auth: 'public' }, schema: { tags, body: SignUpBody, response: { 201: Ok } } }, async (request, reply) => {
    const body = request.body;
    const result = (await callAuth(auth, request, reply, '/sign-up/email', {
      body: { ...body, locale: body.locale ?? request.language, callbackURL: '/verified' },
    })) as { user: { id: string; email: string } };
    await recordSignUp(db, result.user, request);
    return reply.status(201).send({ ok: true });
  });

  app.post(
    '/api/auth/sign-in',
    { config: { auth: 'public' }, schema: { tags, body: SignInBody, response: { 200: SignInResponse } } },
    async (request, reply) => {
      const { email } = request.body;
      await refuseDisabledAccount(db, email);
      await beginSignInAttempt(db, email);
      let result: { twoFactorRedirect?: boolean } | null;
      try {
        result = (await callAuth(auth, request, reply, '/sign-in/email', { body: request.body })) as typeof result;
      } catch (error) {
        // Only a wrong password counts; an unverified email means the password was right.
        if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS') throw await failSignInAttempt(limits, email, error, auditOf(request));
        if (error instanceof AppError && error.code === 'EMAIL_NOT_VERIFIED') await endSignInAttempt(db, email);
        throw error;
      }
      await endSignInAttempt(db, email);
      return { ok: true as const, twoFactorRequired: !!result?.twoFactorRedirect };
    },
  );

  // A POST from the page the mailed link opens (/unlock-account): mail scanners that follow links must not unlock.
  app.post(
    '/api/auth/unlock-account',
    { config: { auth: 'public' }, schema: { tags, body: UnlockAccountBody, response: { 200: UnlockAccountResponse } } },
    async (request) => ({ unlocked: await unlockAccount(db, request.body.token, auditOf(request)) }),
  );

  app.post('/api/auth/sign-out', { config: { auth: 'public' }, schema: { tags, response: { 200: Ok } } }, async (request, reply) => {
    await callAuth(auth, request, reply, '/sign-out', { body: {} });
    return { ok: true as const };
  });

  app.get(
    '/api/auth/verify-email',
    { config: { auth: 'public' }, schema: { tags, querystring: z.object({ token: z.string().max(2000), callbackURL: z.string().max(500).optional() }) } },
    async (request, reply) => {
      await callAuth(auth, request, reply, '/verify-email', { method: 'GET', query: request.query as Record<string, string> });
      // better-auth redirects only when the link names a callbackURL; otherwise it answers JSON we must pass on.
      if (reply.sent) return reply;
      return reply.redirect('/verified');
    },
  );

  app.post(
    '/api/auth/resend-verification',
    { config: { auth: 'public' }, schema: { tags, body: EmailBody, response: { 200: Ok } } },
    async (request, reply) => {
      await callAuth(auth, request, reply, '/send-verification-email', { body: { ...request.body, callbackURL: '/verified' } });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/request-password-reset',
    { config: { auth: 'public' }, schema: { tags, body: EmailBody, response: { 200: Ok } } },
    async (request, reply) => {
      await allowResetMail(db, request.body.email);
      await callAuth(auth, request, reply, '/request-password-reset', { body: { ...request.body, redirectTo: '/reset-password' } });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/reset-password/:token',
    {
      config: { auth: 'public' },
      schema: { tags, params: z.object({ token: z.string().max(500) }), querystring: z.object({ callbackURL: z.string().max(500) }) },
    },
    async (request, reply) => {
      const { token } = request.params as { token: string };
      await callAuth(auth, request, reply, `/reset-password/${encodeURIComponent(token)}`, {
        method: 'GET',
        query: request.query as Record<string, string>,
      });
      return reply;
    },
  );

  app.post(
    '/api/auth/reset-password',
    { config: { auth: 'public' }, schema: { tags, body: ResetPasswordBody, response: { 200: Ok } } },
    async (request, reply) => {
      await callAuth(auth, request, reply, '/reset-password', { body: request.body });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/change-password',
    { config: { auth: 'required' }, schema: { tags, body: ChangePasswordBody, response: { 200: Ok } } },
    async (request, reply) => {
      signedIn(request);
      await callAuth(auth, request, reply, '/change-password', { body: { ...request.body, revokeOtherSessions: true } });
      return { ok: true as const };
    },
  );

  app.get('/api/auth/me', { config: { auth: 'optional', twoFactorEnrolment: true }, schema: { tags, response: { 200: MeResponse } } }, async (request) => {
    return describeMe(db, request.actor, app.ctx.config.requireAdminTwoFactor);
  });

  await app.register(twoFactorRoutes, { auth, db });
};
