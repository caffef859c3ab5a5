import { catalogueTypes } from '../../../shared/catalogue/catalogue.schemas.js';
import { FieldError } from '../../errors.js';
import type { WorkListPosition } from './moderation.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position after which the next page of a work list starts, opaque to clients. */
export function encodeWorkListCursor(position: WorkListPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.type, position.id])).toString('base64url');
}

/** The position of a cursor this server made (undefined for none); 400 on `cursor` for anything else. */
export function decodeWorkListCursor(cursor: string | undefined): WorkListPosition | undefined {
  if (!cursor) return undefined;
  try {
    const [at, type, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (Number.isSafeInteger(at) && catalogueTypes.includes(type as never) && typeof id === 'string' && UUID.test(id)) {
      return { at: at as number, type: type as WorkListPosition['type'], id };
    }
  } catch {
    // fall through to the field error
  }
  throw new FieldError([{ path: 'cursor', key: 'invalid_cursor' }]);
}
