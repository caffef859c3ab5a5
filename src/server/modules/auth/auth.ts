import { betterAuth } from 'better-auth';
import { twoFactor } from 'better-auth/plugins';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/client.js';
import { authStorage } from './auth-storage.repository.js';
import type { AppConfig } from '../../config.js';
import { existingAccountMail, passwordResetMail, verificationMail } from '../mail/mail.templates.js';
import type { Mailer } from '../mail/mailer.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../shared/limits.js';
import { refuseGuessablePassword } from './password-policy.js';

export const SESSION_COOKIE_PREFIX = 'techbridge';

export function createAuth(db: Db, config: AppConfig, mailer: Mailer, log: FastifyBaseLogger) {
  return betterAuth({
    appName: 'TechBridge',
    // Its messages go to the server's logger, so LOG_LEVEL and the JSON log format apply to them too.
    logger: { log: (level, message, ...args) => log[level]({ details: args }, message) },
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    trustedOrigins: [config.baseUrl],
    database: authStorage(db),
    user: {
      additionalFields: {
        role: { type: 'string', defaultValue: 'user', input: false },
        locale: { type: 'string', defaultValue: 'vi', input: true, required: false },
        disabled: { type: 'boolean', defaultValue: false, input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => mailer.send(user.email, passwordResetMail(user.name, url)),
      // Sign-up answers the same for a taken email (no account enumeration); the owner is told instead.
      onExistingUserSignUp: async ({ user }) => mailer.send(user.email, existingAccountMail(user.name, config.baseUrl)),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, url }) => mailer.send(user.email, verificationMail(user.name, url)),
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 120,
      customRules: {
        // Sign-ins per client address per minute before RATE_LIMITED.
        '/sign-in/email': { window: 60, max: config.signInLimitPerMinute },
        '/request-password-reset': { window: 300, max: 5 },
        '/send-verification-email': { window: 300, max: 5 },
        // The plugin's own 3 per 10 s trips up someone mistyping a code; 5 wrong codes end a sign-in anyway.
        '/two-factor/*': { window: 60, max: 10 },
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      ipAddress: { ipAddressHeaders: ['x-techbridge-client-ip'] },
      database: { generateId: () => crypto.randomUUID() },
    },
    hooks: { before: refuseGuessablePassword },
    // Authenticator apps (TOTP) with backup codes; enabling takes the password and a first correct code.
    plugins: [twoFactor({ issuer: 'TechBridge', twoFactorTable: 'twoFactor' })],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
