import path from 'node:path';
import cookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client.js';
import type { AppConfig } from './config.js';
import { loggerOptions, type LogStream } from './logging.js';
import { createAuth, type Auth } from './modules/auth/auth.js';
import { authPlugin } from './modules/auth/auth.plugin.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createMailer, type Mailer } from './modules/mail/mailer.js';
import { csrfPlugin } from './plugins/csrf.js';
import { errorHandlerPlugin } from './plugins/error-handler.js';
import { invalidTextPlugin } from './plugins/invalid-text.js';
import { openApiPlugin } from './plugins/openapi.js';
import { DEFAULT_PUBLIC_REUSE_SECONDS, publicAnswersPlugin } from './plugins/public-answers.js';
import { requestLogPlugin } from './plugins/request-log.js';
import { requestLanguagePlugin } from './plugins/request-language.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { webAppPlugin } from './plugins/web-app.js';
import { registerModules } from './modules/index.js';
import { pageHead } from './modules/open-data/public-pages.service.js';

export type AppContext = { config: AppConfig; database: Database; auth: Auth; mailer: Mailer };

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

/** `logger: false` silences the server (tests); `logStream` keeps the server's logger options but writes elsewhere (the log redaction test). */
export type BuildOptions = { config: AppConfig; database: Database; logger?: false; logStream?: LogStream; webRoot?: string };

/** The whole HTTP application, without listening; tests drive it with `app.inject`. */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config.logLevel, options.logStream),
    // One line per request only when asked (requestLogPlugin): logging every request costs a busy server dearly.
    logController: new LogController({ disableRequestLogging: true }),
    // X-Forwarded-For and friends are believed only from the listed proxies; otherwise a client could pick its own address.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    bodyLimit: 2 * 1024 * 1024,
    // A client that trickles its headers or body is cut off instead of holding a connection open forever
    // (slowloris); a 20 MB upload over a slow (1 Mbit/s) line still fits in the request time-out.
    connectionTimeout: 60_000,
    requestTimeout: 300_000,
    keepAliveTimeout: 5_000,
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { coerceTypes: false } },
    // Headers must all arrive within this time, however slowly they trickle in (Node's default is a minute);
    // Node looks for late headers every `connectionsCheckingInterval` (30 s by default), so look more often.
    http: { headersTimeout: config.headersTimeoutSeconds * 1000, connectionsCheckingInterval: Math.min(config.headersTimeoutSeconds * 1000, 5_000) },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const mailer = createMailer(database.db, { smtpUrl: config.smtpUrl, from: config.mailFrom });
  const auth = createAuth(database.db, config, mailer, app.log);
  app.decorate('ctx', { config, database, auth, mailer });

  await app.register(cookie);
  await app.register(requestLanguagePlugin);
  await app.register(errorHandlerPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(csrfPlugin);
  await app.register(invalidTextPlugin);
  await app.register(requestLogPlugin, { mode: config.requestLog });
  await app.register(authPlugin, { auth, db: database.db, requireAdminTwoFactor: config.requireAdminTwoFactor });
  // The embedded engine runs one query at a time: a shorter queue of answers to compute.
  const embedded = database.kind === 'pglite';
  await app.register(publicAnswersPlugin, {
    reuseSeconds: config.publicCacheSeconds ?? DEFAULT_PUBLIC_REUSE_SECONDS,
    maxComputing: config.publicMaxComputing ?? (embedded ? 48 : 400),
  });
  await app.register(openApiPlugin);

  await app.register(healthRoutes, { database });
  await app.register(authRoutes, { auth, db: database.db });
  await registerModules(app);

  await app.register(webAppPlugin, {
    root: options.webRoot ?? path.resolve('dist/web'),
    headFor: (request) => pageHead(database.db, config.baseUrl, request),
  });
  await app.ready();
  return app;
}
