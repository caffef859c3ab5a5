/** Keyset position in the directory (ordered by name, then id), opaque to clients. */
export type DirectoryCursor = { nameVi: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(row: DirectoryCursor): string {
  return Buffer.from(JSON.stringify([row.nameVi, row.id])).toString('base64url');
}

/** The position, or null for anything that is not a cursor this server made. */
export function decodeCursor(cursor: string): DirectoryCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'string' || !UUID.test(value[1])) return null;
    return { nameVi: value[0], id: value[1] };
  } catch {
    return null;
  }
}
