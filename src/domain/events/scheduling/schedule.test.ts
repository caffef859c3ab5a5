import { describe, expect, it } from 'vitest';
import { greedySchedule } from './greedy-schedule.js';
import { randomInstance, type RandomInstanceSpec } from './random-instance.js';
import { scheduleMeetings } from './schedule.js';
import type { ScheduleInstance, ScheduleParticipant } from './types.js';
import { validateSchedule } from './validate-schedule.js';

const spec: RandomInstanceSpec = {
  seed: 1,
  slots: 8,
  tables: 12,
  demand: 40,
  supply: 30,
  requests: 260,
  unavailable: [0, 3],
  maxMeetings: [2, 7],
  zipf: 1,
  priorityShares: [1, 2, 3],
};
const shapes: Array<[string, Partial<RandomInstanceSpec>]> = [
  ['plain', {}],
  ['tight tables', { tables: 3 }],
  ['many unavailable slots', { unavailable: [3, 7] }],
  ['booths', { booths: 8 }],
  ['one priority', { priorityShares: [0, 1, 0] }],
  ['some people with no meetings allowed', { maxMeetings: [0, 4] }],
  ['everyone asks the same supplier', { zipf: 8, requests: 60 }],
];
const person = (id: string, side: ScheduleParticipant['side'], maxMeetings = 3, unavailable: number[] = []): ScheduleParticipant => ({
  id,
  side,
  unavailable,
  maxMeetings,
});

describe('scheduleMeetings', () => {
  it.each(shapes)('returns a valid schedule, at least as full as greedy first-fit and within the bound (%s)', (_, shape) => {
    for (const seed of [1, 2, 3]) {
      const instance = randomInstance({ ...spec, ...shape, seed });
      const result = scheduleMeetings(instance);
      expect(validateSchedule(instance, result.meetings)).toEqual([]);
      expect(result.scheduled).toBe(result.meetings.length);
      expect(result.scheduled).toBeLessThanOrEqual(result.upperBound);
      expect(result.scheduled).toBeGreaterThanOrEqual(greedySchedule(instance, result.upperBound).scheduled);
      expect(result.preview.byPriority.reduce((sum, p) => sum + p.placed, 0)).toBe(result.scheduled);
      expect(result.preview.unplaced).toHaveLength(instance.requests.length - result.scheduled);
    }
  });

  it('gives the same schedule for the same instance, and a different seed may change it', () => {
    const instance = randomInstance(spec);
    expect(scheduleMeetings(instance)).toEqual(scheduleMeetings(structuredClone(instance)));
    const other = scheduleMeetings({ ...instance, options: { seed: 7 } });
    expect(validateSchedule(instance, other.meetings)).toEqual([]);
  });

  it('bounds the count by the flow over people capped by slots × tables', () => {
    const instance: ScheduleInstance = {
      slots: 2,
      tables: 1,
      participants: [person('d1', 'demand'), person('d2', 'demand'), person('s1', 'supply', 3, [1]), person('s2', 'supply')],
      requests: [
        { id: 'r1', a: 'd1', b: 's1', priority: 1 },
        { id: 'r2', a: 'd2', b: 's1', priority: 1 },
        { id: 'r3', a: 'd2', b: 's2', priority: 1 },
      ],
    };
    // s1 can meet in one slot only and the two slots hold one meeting each: 2 of 3.
    const result = scheduleMeetings(instance);
    expect(result.upperBound).toBe(2);
    expect(result.scheduled).toBe(2);
  });

  it('reads a cap larger than the session (even past 2³¹) as no cap at all', () => {
    for (const cap of [3, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER]) {
      const instance: ScheduleInstance = {
        slots: 3,
        tables: 2,
        participants: [person('d1', 'demand', cap), person('d2', 'demand', cap), person('s1', 'supply', cap)],
        requests: [
          { id: 'r1', a: 'd1', b: 's1', priority: 1 },
          { id: 'r2', a: 'd2', b: 's1', priority: 1 },
        ],
      };
      const result = scheduleMeetings(instance);
      expect(result).toMatchObject({ scheduled: 2, upperBound: 2 });
      expect(validateSchedule(instance, result.meetings)).toEqual([]);
      expect(greedySchedule(instance, result.upperBound).scheduled).toBe(2);
    }
  });

  it('places the higher priority when two requests compete for the last place', () => {
    const instance: ScheduleInstance = {
      slots: 1,
      tables: 1,
      participants: [person('d1', 'demand'), person('d2', 'demand'), person('s1', 'supply')],
      requests: [
        { id: 'low', a: 'd1', b: 's1', priority: 3 },
        { id: 'high', a: 'd2', b: 's1', priority: 1 },
      ],
    };
    const result = scheduleMeetings(instance);
    expect(result.meetings).toEqual([{ request: 'high', slot: 0, table: 0 }]);
    expect(result.preview.unplaced).toEqual([{ request: 'low', reason: 'no-common-free-slot' }]);
  });

  it('prefers more meetings to higher priority', () => {
    // One priority-1 request of s1's only slot would shut out two priority-3 ones.
    const instance: ScheduleInstance = {
      slots: 2,
      tables: 2,
      participants: [person('d1', 'demand', 1), person('d2', 'demand', 2), person('s1', 'supply', 1), person('s2', 'supply', 2)],
      requests: [
        { id: 'top', a: 'd2', b: 's1', priority: 1 },
        { id: 'x', a: 'd1', b: 's1', priority: 3 },
        { id: 'y', a: 'd2', b: 's2', priority: 3 },
        { id: 'z', a: 'd2', b: 's2', priority: 3 },
      ],
    };
    expect(scheduleMeetings(instance).scheduled).toBe(3);
  });

  it('says why each request was left out', () => {
    const instance: ScheduleInstance = {
      slots: 2,
      tables: 1,
      participants: [
        person('d1', 'demand', 1),
        person('d2', 'demand', 2, [1]),
        person('d3', 'demand'),
        person('s1', 'supply', 2, [0]),
        person('s2', 'supply', 1),
      ],
      requests: [
        { id: 'never', a: 'd2', b: 's1', priority: 1 },
        { id: 'd1-s2', a: 'd1', b: 's2', priority: 1 },
        { id: 'd1-s1', a: 'd1', b: 's1', priority: 3 },
        { id: 'd3-s2', a: 'd3', b: 's2', priority: 3 },
        { id: 'd3-s1', a: 'd3', b: 's1', priority: 3 },
      ],
    };
    // Two meetings fit (one table, two slots); of the pairs of two, one holds the priority-1 request.
    const result = scheduleMeetings(instance);
    expect(result.scheduled).toBe(2);
    expect(Object.fromEntries(result.preview.unplaced.map((u) => [u.request, u.reason]))).toEqual({
      never: 'no-common-slot',
      'd1-s1': 'demand-at-max',
      'd3-s2': 'supply-at-max',
    });
  });

  it('counts idle slots between each person’s first and last meeting', () => {
    // s1 meets three people who are each free in one slot only: 0, 2 and 3.
    const instance: ScheduleInstance = {
      slots: 4,
      tables: 1,
      participants: [
        person('d1', 'demand', 1, [1, 2, 3]),
        person('d2', 'demand', 1, [0, 1, 3]),
        person('d3', 'demand', 1, [0, 1, 2]),
        person('s1', 'supply', 3),
      ],
      requests: ['d1', 'd2', 'd3'].map((a, i) => ({ id: `r${i}`, a, b: 's1', priority: 1 as const })),
    };
    const result = scheduleMeetings(instance);
    expect(result.preview.people.find((p) => p.participant === 's1')).toEqual({ participant: 's1', meetings: 3, idleSlots: 1 });
    expect(result.meanIdleSlots).toBe(1 / 4);
  });

  it('keeps booths to their owners: a supplier meets at its booth, and nobody else sits there', () => {
    const instance = randomInstance({ ...spec, booths: 5, tables: 8 });
    const result = scheduleMeetings(instance);
    const boothOf = new Map(instance.participants.filter((p) => p.table !== undefined).map((p) => [p.id, p.table]));
    const requestOf = new Map(instance.requests.map((r) => [r.id, r]));
    for (const meeting of result.meetings) {
      const supplier = requestOf.get(meeting.request)!.b;
      if (boothOf.has(supplier)) expect(meeting.table).toBe(boothOf.get(supplier));
      else expect(meeting.table).toBeGreaterThanOrEqual(5);
    }
    expect(validateSchedule(instance, result.meetings)).toEqual([]);
  });

  it('seats a supplier without a booth at the same table whenever it is free', () => {
    const instance: ScheduleInstance = {
      slots: 3,
      tables: 3,
      participants: [person('d1', 'demand'), person('d2', 'demand'), person('d3', 'demand'), person('s1', 'supply')],
      requests: ['d1', 'd2', 'd3'].map((a, i) => ({ id: `r${i}`, a, b: 's1', priority: 1 as const })),
    };
    expect(new Set(scheduleMeetings(instance).meetings.map((m) => m.table)).size).toBe(1);
  });
});
