import { isIP } from 'node:net';
import path from 'node:path';
import { QUALITY_THRESHOLD } from '../domain/catalogue/listing-quality.js';

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
  /**
   * Addresses (IPs or CIDR ranges) of the reverse proxies whose X-Forwarded-* headers are believed;
   * empty (the default) means the client address is the connection's and those headers are ignored.
   */
  trustedProxies: string[];
  /** Optional embedding provider fused into match rankings; null (the default) keeps matching lexical. */
  embeddings: EmbeddingsConfig | null;
  /** Which requests get a log line: every one, only failures and slow ones (default), or none. Errors are always logged. */
  requestLog: RequestLog;
  /**
   * Seconds an anonymous public answer is reused by this process (a list, a record, statistics), so a
   * crowd of visitors does not queue on the database; null picks by engine (2 s on PGlite, off on PostgreSQL).
   */
  publicCacheSeconds: number | null;
  /** Distinct anonymous public answers computed at once before visitors are told to come back (503); null: by engine. */
  publicMaxComputing: number | null;
  /**
   * Platform admins must set up an authenticator (TOTP) before anything else; on by default in
   * production (NODE_ENV=production), off elsewhere so the demo admin signs in with a password alone.
   */
  requireAdminTwoFactor: boolean;
  /** Requests to the open API (`/api/open-data/…`) allowed per client address per minute before 429. */
  openDataLimitPerMinute: number;
  /**
   * The listing score out of 20 an offer or demand needs to be published (and no item at zero);
   * below it "publish" returns the record to its author with the prompts. 10 by default; null
   * (`PUBLISH_MIN_QUALITY=off`) publishes whatever the score.
   */
  publishMinQuality: number | null;
  /** Seconds a client has to send all its request headers, however slowly they trickle in (slowloris); 20 by default. */
  headersTimeoutSeconds: number;
};

export type RequestLog = 'all' | 'errors' | 'off';

/** An OpenAI-compatible embeddings endpoint: `url` is the full `…/v1/embeddings` address. */
export type EmbeddingsConfig = { url: string; model: string; apiKey: string | undefined };

const DEVELOPMENT_AUTH_SECRET = 'techbridge-development-secret-change-me-in-production';

/** `TRUSTED_PROXIES=10.0.0.5, 10.1.0.0/16`: a bad entry stops the start rather than trusting the wrong peer. */
function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!family || !prefixOk || extra !== undefined) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
  }
  return entries;
}

/** `PUBLISH_MIN_QUALITY=0…20` or `off`; anything else stops the start rather than publish on a wrong threshold. */
function parsePublishMinQuality(env: NodeJS.ProcessEnv): number | null {
  if (env.PUBLISH_MIN_QUALITY?.trim() === 'off') return null;
  return numberSetting(env, 'PUBLISH_MIN_QUALITY', QUALITY_THRESHOLD, { min: 0, max: 20, whole: true, or: '"off"' });
}

/** `REQUEST_LOG=all|errors|off`; a misspelt value stops the start rather than log something else than asked. */
function parseRequestLog(value: string | undefined): AppConfig['requestLog'] {
  const choice = value?.trim() || 'errors';
  if (choice === 'all' || choice === 'errors' || choice === 'off') return choice;
  throw new Error(`REQUEST_LOG: "${value}" is not one of all, errors, off`);
}

/**
 * A numeric setting: unset or empty takes the default (null for a setting whose absence means
 * "decide for me"); anything that is not a number in range stops the start with the setting's name,
 * rather than run with `NaN` (a sign-in limit nobody can meet, a stall check that never fires) or
 * with a quietly different value. `or` names the other value a setting accepts, for the message.
 */
function numberSetting<Fallback extends number | null>(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: Fallback,
  range: { min: number; max: number; whole?: boolean; or?: string },
): number | Fallback {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  const wholeOk = !range.whole || Number.isInteger(n);
  if (!Number.isFinite(n) || !wholeOk || n < range.min || n > range.max) {
    const also = range.or ? ` or ${range.or}` : '';
    throw new Error(`${name}: "${value}" is not ${range.whole ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}${also}`);
  }
  return n;
}

/**
 * Settings that would let anyone forge a session or break e-mailed links. In production the server
 * refuses to start with any of them; elsewhere it warns (see src/main.ts).
 */
export function unsafeSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  if (!env.AUTH_SECRET || env.AUTH_SECRET === DEVELOPMENT_AUTH_SECRET) {
    problems.push('AUTH_SECRET is not set: sessions are signed with the public development secret, so anyone could forge one');
  } else if (env.AUTH_SECRET.length < 32) {
    problems.push('AUTH_SECRET is shorter than 32 characters: use a long random value (e.g. `openssl rand -base64 48`)');
  }
  if (!env.BASE_URL) problems.push('BASE_URL is not set: e-mailed links and the sign-in origin check would point at localhost');
  return problems;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = numberSetting(env, 'PORT', 3000, { min: 0, max: 65_535, whole: true });
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    baseUrl: env.BASE_URL ?? `http://localhost:${port}`,
    // A fixed development secret keeps demo sessions valid across restarts; production must set AUTH_SECRET.
    authSecret: env.AUTH_SECRET || DEVELOPMENT_AUTH_SECRET,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'TechBridge <no-reply@techbridge.local>',
    adminEmail: env.ADMIN_EMAIL || 'admin@techbridge.local',
    adminPassword: env.ADMIN_PASSWORD || 'TechBridge@2026',
    loadDemoData: env.DEMO_DATA !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    jobsEnabled: env.JOBS !== 'false',
    stallAfterDays: numberSetting(env, 'STALL_AFTER_DAYS', 30, { min: 1, max: 3_650, whole: true }),
    signInLimitPerMinute: numberSetting(env, 'SIGN_IN_LIMIT_PER_MINUTE', 10, { min: 1, max: 100_000, whole: true }),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    embeddings: env.EMBEDDINGS_URL
      ? { url: env.EMBEDDINGS_URL, model: env.EMBEDDINGS_MODEL || 'text-embedding-3-small', apiKey: env.EMBEDDINGS_API_KEY || undefined }
      : null,
    requestLog: parseRequestLog(env.REQUEST_LOG),
    requireAdminTwoFactor: env.REQUIRE_ADMIN_TWO_FACTOR ? env.REQUIRE_ADMIN_TWO_FACTOR === 'true' : env.NODE_ENV === 'production',
    openDataLimitPerMinute: numberSetting(env, 'OPEN_DATA_LIMIT_PER_MINUTE', 120, { min: 1, max: 1_000_000, whole: true }),
    publicCacheSeconds: numberSetting(env, 'PUBLIC_CACHE_SECONDS', null, { min: 0, max: 86_400 }),
    publishMinQuality: parsePublishMinQuality(env),
    publicMaxComputing: numberSetting(env, 'PUBLIC_MAX_COMPUTING', null, { min: 1, max: 100_000, whole: true }),
    headersTimeoutSeconds: numberSetting(env, 'HEADERS_TIMEOUT_SECONDS', 20, { min: 0.1, max: 3_600 }),
  };
}
