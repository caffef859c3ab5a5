/**
 * What a database failure means, read once at the edge between the repositories and the rest:
 * node-postgres and PGlite both carry PostgreSQL's SQLSTATE in `code`, bare or wrapped by Drizzle
 * (`cause`). The services turn `unique` into their own "already exists" answer; the HTTP error
 * handler maps what reaches it (bad text → 400, an unreachable database → 503).
 */
export type DriverErrorKind = 'unique' | 'foreign-key' | 'invalid-text' | 'unavailable';

const bySqlState: Record<string, DriverErrorKind> = {
  '23505': 'unique',
  '23503': 'foreign-key',
  // character_not_in_repertoire (a NUL byte in text), invalid_text_representation, untranslatable_character
  '22021': 'invalid-text',
  '22P02': 'invalid-text',
  '22P05': 'invalid-text',
  // A value the schema let through that the column still cannot hold: out of range, a date past year 9999.
  '22003': 'invalid-text',
  '22007': 'invalid-text',
  '22008': 'invalid-text',
  // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
  '57P01': 'unavailable',
  '57P02': 'unavailable',
  '57P03': 'unavailable',
  '53300': 'unavailable',
};
const unreachable = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** A closed embedded database, or a pool that was ended or whose connection dropped mid-query, says so only in words. */
const closedMessages = new Set([
  'PGlite is closed',
  'Cannot use a pool after calling end on the pool',
  'Connection terminated unexpectedly',
  'Connection terminated',
]);
const closedEmbedded = (error: unknown) => error instanceof Error && closedMessages.has(error.message);

function codeOf(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The kind of a driver error, looking through Drizzle's wrapper; null for anything else. */
export function driverErrorKind(error: unknown): DriverErrorKind | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (closedEmbedded(e)) return 'unavailable';
    const code = codeOf(e);
    if (!code) continue;
    if (bySqlState[code]) return bySqlState[code];
    if (code.startsWith('08') || unreachable.has(code)) return 'unavailable';
  }
  return null;
}

export const isUniqueViolation = (error: unknown): boolean => driverErrorKind(error) === 'unique';
