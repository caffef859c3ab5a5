/** A harvester's place in a list ordered by (updatedAt, id): opaque, stable while records change. */
export type HarvestCursor = { updatedAt: string; id: string };

const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: HarvestCursor): string {
  return Buffer.from(`${cursor.updatedAt}|${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor, or null when it is not one this API gave out. */
export function decodeCursor(text: string): HarvestCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  const [updatedAt, id, extra] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (extra !== undefined || !updatedAt || !id || !uuid.test(id) || !timestamp.test(updatedAt)) return null;
  // Kept as written: PostgreSQL's microseconds would be lost in a JavaScript Date.
  return { updatedAt, id };
}
