import { describe, expect, it } from 'vitest';
import { randomInstance } from './random-instance.js';
import { seededRandom } from './random.js';
import { scheduleMeetings } from './schedule.js';
import type { ScheduleInstance, ScheduleParticipant, ScheduleRequest } from './types.js';
import { validateSchedule } from './validate-schedule.js';

const person = (id: string, side: ScheduleParticipant['side'], unavailable: number[] = []): ScheduleParticipant => ({ id, side, unavailable, maxMeetings: 2 });

describe('re-running the scheduler after cancellations and late requests', () => {
  it('keeps every confirmed meeting where it was and fills the freed slot', () => {
    const first: ScheduleInstance = {
      slots: 2,
      tables: 1,
      participants: [person('d1', 'demand'), person('d2', 'demand'), person('d3', 'demand', [1]), person('s1', 'supply'), person('s2', 'supply')],
      requests: [
        { id: 'r1', a: 'd1', b: 's1', priority: 2 },
        { id: 'r2', a: 'd2', b: 's2', priority: 2 },
      ],
    };
    const before = scheduleMeetings(first);
    expect(before.scheduled).toBe(2);
    const cancelled = before.meetings.find((m) => m.slot === 0)!;
    const kept = before.meetings.filter((m) => m !== cancelled);
    // The late request can only meet in slot 0, the one the cancellation frees.
    const late: ScheduleRequest = { id: 'late', a: 'd3', b: 's1', priority: 3 };
    const second = { ...first, requests: [...first.requests.filter((r) => r.id !== cancelled.request), late], pinned: kept };
    const after = scheduleMeetings(second);
    expect(after.meetings).toEqual([{ request: 'late', slot: 0, table: 0 }, ...kept]);
    expect(after.preview.movedPinned).toEqual([]);
  });

  it('moves 0 of hundreds of confirmed meetings and places late requests in the room freed', () => {
    const instance = randomInstance({
      seed: 5,
      slots: 10,
      tables: 20,
      demand: 60,
      supply: 40,
      requests: 500,
      unavailable: [0, 3],
      maxMeetings: [3, 8],
      zipf: 1,
      priorityShares: [1, 1, 1],
    });
    const before = scheduleMeetings(instance);
    const random = seededRandom(9);
    const cancelled = new Set(before.meetings.filter(() => random.next() < 0.15).map((m) => m.request));
    const pinned = before.meetings.filter((m) => !cancelled.has(m.request));
    const late = Array.from({ length: 80 }, (_, i) => ({ id: `late${i}`, a: `d${random.int(60)}`, b: `s${random.int(40)}`, priority: 1 as const }));
    const second: ScheduleInstance = { ...instance, requests: [...instance.requests.filter((r) => !cancelled.has(r.id)), ...late], pinned };
    const after = scheduleMeetings(second);

    expect(validateSchedule(second, after.meetings)).toEqual([]); // includes "no pinned meeting moved"
    expect(after.preview.movedPinned).toEqual([]);
    const placedNow = new Map(after.meetings.map((m) => [m.request, m]));
    expect(pinned.every((m) => JSON.stringify(placedNow.get(m.request)) === JSON.stringify(m))).toBe(true);
    const added = after.meetings.filter((m) => !pinned.some((p) => p.request === m.request));
    expect(added.length).toBeGreaterThan(cancelled.size / 2);
    expect(added.some((m) => String(m.request).startsWith('late'))).toBe(true);
  });

  it('moves a confirmed meeting only when the organiser allows it, to fit one more', () => {
    const instance: ScheduleInstance = {
      slots: 2,
      tables: 1,
      participants: [person('d1', 'demand'), person('d2', 'demand', [1]), person('s1', 'supply'), person('s2', 'supply')],
      requests: [
        { id: 'confirmed', a: 'd1', b: 's1', priority: 2 },
        { id: 'late', a: 'd2', b: 's2', priority: 2 },
      ],
      pinned: [{ request: 'confirmed', slot: 0, table: 0 }],
    };
    const staying = scheduleMeetings(instance);
    expect(staying.meetings).toEqual([{ request: 'confirmed', slot: 0, table: 0 }]);
    expect(staying.preview.unplaced).toEqual([{ request: 'late', reason: 'tables-full' }]);

    const moving = scheduleMeetings({ ...instance, options: { allowMovingPinned: true } });
    expect(moving.meetings).toEqual([
      { request: 'late', slot: 0, table: 0 },
      { request: 'confirmed', slot: 1, table: 0 },
    ]);
    expect(moving.preview.movedPinned).toEqual(['confirmed']);
  });
});
