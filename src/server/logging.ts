import type { FastifyServerOptions } from 'fastify';

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;
export type LogStream = { write: (line: string) => void };

const CENSOR = '[redacted]';

/**
 * Fields that hold a secret wherever pino meets them by name: request headers, bodies a module
 * chose to log, better-auth's own messages. The deep scrub below covers what a path cannot reach
 * (errors nested in arrays, SQL parameters inside a message).
 */
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.sessionToken',
  '*.cookie',
  'password',
  'newPassword',
  'currentPassword',
  'token',
];

/** Keys whose values are never written, at any depth. */
const SECRET_KEY = /password|token|secret|cookie|authorization|^params$/i;
/** Secrets inside text: `token=…` in a URL, the token segment of a reset link, Drizzle's `params: …` line of a failed query. */
const SECRET_TEXT: [RegExp, string][] = [
  [/((?:token|session_token|callbackURL)=)[^&\s"']+/gi, `$1${CENSOR}`],
  [/(\/reset-password\/)[^/?\s"']+/g, `$1${CENSOR}`],
  [/(params: ).*/g, `$1${CENSOR}`],
];

function scrubText(text: string): string {
  return SECRET_TEXT.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (!value || typeof value !== 'object' || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  // Plain data and errors only: requests, dates and buffers are left to pino's serializers.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (!(value instanceof Error) && prototype !== Object.prototype && prototype !== null) return value;
  const source = value as Record<string, unknown>;
  // A scrubbed error keeps its class, so that pino's error serializer still names its type.
  const result = (value instanceof Error ? Object.create(Object.getPrototypeOf(value) as object) : {}) as Record<string, unknown>;
  if (value instanceof Error) {
    result.message = scrubText(value.message);
    result.stack = value.stack ? scrubText(value.stack) : undefined;
    if (value.cause !== undefined) result.cause = scrub(value.cause, depth + 1);
  }
  for (const [key, item] of Object.entries(source)) {
    result[key] = SECRET_KEY.test(key) ? CENSOR : scrub(item, depth + 1);
  }
  return result;
}

/**
 * The server's pino options: the level, the redaction list, and a scrub of every logged object,
 * so that no session token, cookie, password or reset token reaches a log line, even one written
 * for an unexpected error (a failed session lookup carries the token among the query's parameters).
 */
export function loggerOptions(level: string, stream?: LogStream): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    formatters: { log: (object) => scrub(object, 0) as Record<string, unknown> },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: scrubText(req.url), remoteAddress: req.ip }),
    },
    hooks: {
      // The message string too: better-auth and libraries put URLs and queries there.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>);
      },
    },
    ...(stream ? { stream } : {}),
  };
}
