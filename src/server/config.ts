import path from 'node:path';

/** Runtime configuration, read once from the environment (see README "Configuration"). */
export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  authSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  loadDemoData: boolean;
  logLevel: string;
  jobsEnabled: boolean;
  /** Days without activity after which an open connection is marked stalled. */
  stallAfterDays: number;
  /** Sign-in attempts allowed per client address per minute (an office behind one NAT may need more). */
  signInLimitPerMinute: number;
  /** Optional embedding provider fused into match rankings; null (the default) keeps matching lexical. */
  embeddings: EmbeddingsConfig | null;
  /** Which requests get a log line: every one, only failures and slow ones (default), or none. Errors are always logged. */
  requestLog: RequestLog;
  /**
   * Seconds an anonymous public answer is reused by this process (a list, a record, statistics), so a
   * crowd of visitors does not queue on the database; null picks by engine (2 s on PGlite, off on PostgreSQL).
   */
  publicCacheSeconds: number | null;
};

export type RequestLog = 'all' | 'errors' | 'off';

/** An OpenAI-compatible embeddings endpoint: `url` is the full `…/v1/embeddings` address. */
export type EmbeddingsConfig = { url: string; model: string; apiKey: string | undefined };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    baseUrl: env.BASE_URL ?? `http://localhost:${port}`,
    // A fixed development secret keeps demo sessions valid across restarts; production must set AUTH_SECRET.
    authSecret: env.AUTH_SECRET ?? 'techbridge-development-secret-change-me-in-production',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'TechBridge <no-reply@techbridge.local>',
    adminEmail: env.ADMIN_EMAIL || 'admin@techbridge.local',
    adminPassword: env.ADMIN_PASSWORD || 'TechBridge@2026',
    loadDemoData: env.DEMO_DATA !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    jobsEnabled: env.JOBS !== 'false',
    stallAfterDays: Number(env.STALL_AFTER_DAYS ?? 30),
    signInLimitPerMinute: Number(env.SIGN_IN_LIMIT_PER_MINUTE ?? 10),
    embeddings: env.EMBEDDINGS_URL
      ? { url: env.EMBEDDINGS_URL, model: env.EMBEDDINGS_MODEL || 'text-embedding-3-small', apiKey: env.EMBEDDINGS_API_KEY || undefined }
      : null,
    requestLog: env.REQUEST_LOG === 'all' || env.REQUEST_LOG === 'off' ? env.REQUEST_LOG : 'errors',
    publicCacheSeconds: env.PUBLIC_CACHE_SECONDS === undefined || env.PUBLIC_CACHE_SECONDS === '' ? null : Math.max(0, Number(env.PUBLIC_CACHE_SECONDS) || 0),
  };
}
