/**
 * Where a walk-in meeting sits in one slot of a published session. A meeting of the slot holds its
 * table (and its two people) unless it was cancelled or a table host marked a side absent: then the
 * table is free again, and so is whoever did come. Tables are numbered 1…tables.
 */
export type SlotMeeting = { table: number; people: readonly [string, string]; freed: boolean };

export type WalkInPlacement =
  { ok: true; table: number; preferred: boolean } | { ok: false; reason: 'person-busy'; person: string } | { ok: false; reason: 'tables-full' };

/** Tables of the slot nobody holds, lowest first. */
export function freeTables(tables: number, meetings: readonly SlotMeeting[]): number[] {
  const held = new Set(meetings.filter((m) => !m.freed).map((m) => m.table));
  return Array.from({ length: tables }, (_, i) => i + 1).filter((t) => !held.has(t));
}

/**
 * The table a supplier usually sits at in a session: the one most of their meetings use (the lowest
 * on a tie), so that partners come to them as the scheduler arranges; null without meetings.
 */
export function usualTable(tablesOfTheirMeetings: readonly number[]): number | null {
  const count = new Map<number, number>();
  for (const t of tablesOfTheirMeetings) count.set(t, (count.get(t) ?? 0) + 1);
  let best: number | null = null;
  for (const [t, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && t < best)) best = t;
  return best;
}

/**
 * Places a walk-in meeting between `a` and `b` in the slot: refused when either already meets
 * someone then, or when no table is free; otherwise the first free table of `preferred` (the
 * supplier's booth table, then their usual one), else the lowest free table.
 */
export function placeWalkIn(input: {
  tables: number;
  meetings: readonly SlotMeeting[];
  a: string;
  b: string;
  preferred: ReadonlyArray<number | null>;
}): WalkInPlacement {
  for (const person of [input.a, input.b])
    if (input.meetings.some((m) => !m.freed && m.people.includes(person))) return { ok: false, reason: 'person-busy', person };
  const free = freeTables(input.tables, input.meetings);
  if (free.length === 0) return { ok: false, reason: 'tables-full' };
  const preferred = input.preferred.find((t): t is number => t !== null && free.includes(t));
  return preferred !== undefined ? { ok: true, table: preferred, preferred: true } : { ok: true, table: free[0], preferred: false };
}
