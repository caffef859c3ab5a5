import { expect } from 'vitest';
import type { TestClient } from './test-client.js';

export type Page<T = { id: string }> = { items: T[]; total: number; nextCursor: string | null };

/**
 * Every page of a cursor list (`limit` rows a page): the rows in order, the totals each page reported
 * and how many pages; each full page but the last must say where the next starts. `entriesOf` picks a
 * page's entries where a page holds more than its `items` (the open data's tombstones in `removed`).
 */
export async function walkPages<T = { id: string }>(client: TestClient, path: string, limit = 100, entriesOf = (page: Page<T>): T[] => page.items) {
  const rows: T[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response = await client.get(`${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as Page<T>;
    const entries = entriesOf(page);
    expect(entries.length).toBeLessThanOrEqual(limit);
    if (page.nextCursor) expect(entries).toHaveLength(limit);
    rows.push(...entries);
    totals.add(page.total);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 50);
  return { rows, totals: [...totals], pages };
}

/** Cursors this server never made: each must be a 400 naming `cursor`, never a 500 nor a page. */
export const foreignCursors = (() => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const uuid = '00000000-0000-4000-8000-000000000000';
  return [
    'nonsense',
    '%00',
    encode([1, 2]),
    encode(['2026-02-30', uuid]),
    encode(['2026-01-01', 'not-a-uuid']),
    encode(['2026-01-01']),
    encode({ o: 1 }),
    encode(['2026-01-01T25:00:00Z', uuid]),
    encode(['2026-02-30T10:00:00.123456+00:00', uuid]),
  ];
})();
