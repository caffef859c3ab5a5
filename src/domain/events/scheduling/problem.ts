import type { ScheduleInstance } from './types.js';

/**
 * An instance in index form for the algorithms: people and requests are numbered in input
 * order, per-person-per-slot facts live in flat typed arrays at `person * slots + slot`.
 */
export type Problem = {
  slots: number;
  tables: number;
  people: number;
  maxMeetings: Int32Array;
  /** 1 where the person can meet in the slot. */
  available: Uint8Array;
  requests: number;
  a: Int32Array;
  b: Int32Array;
  priority: Uint8Array;
  /** The booth a request's meeting must use, −1 when it takes a shared table. */
  booth: Int32Array;
  /** Tables that are nobody's booth, ascending: the shared pool. */
  sharedTables: number[];
  /** Where a pinned request was confirmed, −1 when it is not pinned. */
  pinnedSlot: Int32Array;
  pinnedTable: Int32Array;
  /** Pinned meetings must stay exactly where they are (false with `allowMovingPinned`). */
  pinnedStay: boolean;
};

/** Numbers an instance that the parser accepted. */
export function toProblem(instance: ScheduleInstance): Problem {
  const S = instance.slots;
  const n = instance.participants.length;
  const index = new Map(instance.participants.map((p, i) => [String(p.id), i]));
  // Nobody meets more than once a slot, so any cap above the number of slots (even one past 2³¹,
  // which an Int32Array would wrap) means the same as slots + 1: never reached.
  const maxMeetings = Int32Array.from(instance.participants, (p) => Math.min(p.maxMeetings, S + 1));
  const available = new Uint8Array(n * S).fill(1);
  instance.participants.forEach((p, i) => p.unavailable.forEach((slot) => (available[i * S + slot] = 0)));
  const R = instance.requests.length;
  const a = Int32Array.from(instance.requests, (r) => index.get(String(r.a)) as number);
  const b = Int32Array.from(instance.requests, (r) => index.get(String(r.b)) as number);
  const booth = Int32Array.from(b, (person) => instance.participants[person].table ?? -1);
  const booths = new Set(instance.participants.flatMap((p) => (p.table === undefined ? [] : [p.table])));
  const pinnedSlot = new Int32Array(R).fill(-1);
  const pinnedTable = new Int32Array(R).fill(-1);
  const requestIndex = new Map(instance.requests.map((r, i) => [String(r.id), i]));
  for (const pin of instance.pinned ?? []) {
    const r = requestIndex.get(String(pin.request)) as number;
    pinnedSlot[r] = pin.slot;
    pinnedTable[r] = pin.table;
  }
  return {
    slots: S,
    tables: instance.tables,
    people: n,
    maxMeetings,
    available,
    requests: R,
    a,
    b,
    priority: Uint8Array.from(instance.requests, (r) => r.priority),
    booth,
    sharedTables: Array.from({ length: instance.tables }, (_, t) => t).filter((t) => !booths.has(t)),
    pinnedSlot,
    pinnedTable,
    pinnedStay: !instance.options?.allowMovingPinned,
  };
}

/** Empty slots between a person's first and last meeting, from the slots they meet in (any order). */
export function idleSlots(slotsOfPerson: readonly number[]): number {
  if (slotsOfPerson.length === 0) return 0;
  return Math.max(...slotsOfPerson) - Math.min(...slotsOfPerson) + 1 - slotsOfPerson.length;
}
