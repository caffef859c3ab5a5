import { FieldError } from '../../errors.js';

/**
 * Search results are ordered by rank, so pages are positions in the ranked list; the cursor
 * is opaque to clients so the scheme can change. Page sizes are capped, so offsets stay small.
 */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** The offset of a cursor this server made; 400 on `cursor` for anything else. */
export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset = (value as { o?: unknown }).o;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= 100_000) return offset;
  } catch {
    // fall through to the field error
  }
  throw new FieldError([{ path: 'cursor', key: 'invalid_cursor' }]);
}
