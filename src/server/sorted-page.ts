import { cursorOf, cursorValues, type KeyKind } from './keyset-page.repository.js';

/**
 * Keyset pages over a list computed in Node (pairs scored by the domain, rules evaluated per
 * enterprise): the whole list is sorted by `compare` over each row's sort values, which end in a
 * unique one, and a page starts strictly after the cursor's values, so a row that appears or leaves
 * between two requests never makes a page repeat or skip another. The total is the whole list.
 */
export function sortedPage<T>(
  rows: T[],
  order: { kinds: KeyKind[]; key: (row: T) => unknown[]; compare: (a: unknown[], b: unknown[]) => number },
  page: { cursor?: string; limit: number },
) {
  const sorted = rows.map((row) => ({ row, key: order.key(row) })).sort((a, b) => order.compare(a.key, b.key));
  const after = page.cursor ? cursorValues(page.cursor, order.kinds) : null;
  const start = after ? sorted.findIndex((r) => order.compare(r.key, after) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start);
  const shown = rest.slice(0, page.limit);
  const last = shown.at(-1);
  return { items: shown.map((r) => r.row), total: rows.length, nextCursor: rest.length > page.limit && last ? cursorOf(last.key) : null };
}
