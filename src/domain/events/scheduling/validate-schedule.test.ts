import { describe, expect, it } from 'vitest';
import type { ScheduleInstance } from './types.js';
import { validateSchedule } from './validate-schedule.js';

const instance: ScheduleInstance = {
  slots: 3,
  tables: 2,
  participants: [
    { id: 'd1', side: 'demand', unavailable: [2], maxMeetings: 1 },
    { id: 'd2', side: 'demand', unavailable: [], maxMeetings: 3 },
    { id: 's1', side: 'supply', unavailable: [], maxMeetings: 3, table: 1 },
    { id: 's2', side: 'supply', unavailable: [], maxMeetings: 3 },
  ],
  requests: [
    { id: 'r1', a: 'd1', b: 's1', priority: 1 },
    { id: 'r2', a: 'd2', b: 's1', priority: 2 },
    { id: 'r3', a: 'd1', b: 's2', priority: 3 },
    { id: 'r4', a: 'd2', b: 's2', priority: 3 },
  ],
};
const rules = (meetings: Parameters<typeof validateSchedule>[1], of = instance) => validateSchedule(of, meetings).map((v) => `${v.rule} ${String(v.request)}`);

describe('validateSchedule', () => {
  it('finds nothing wrong with a valid schedule', () => {
    expect(
      rules([
        { request: 'r1', slot: 0, table: 1 },
        { request: 'r2', slot: 1, table: 1 },
        { request: 'r4', slot: 0, table: 0 },
      ]),
    ).toEqual([]);
  });

  it('names each broken rule and the meeting at fault', () => {
    expect(rules([{ request: 'zz', slot: 0, table: 0 }])).toEqual(['unknown-request zz']);
    expect(rules([{ request: 'r4', slot: 3, table: 2 }])).toEqual(['slot-out-of-range r4', 'table-out-of-range r4']);
    expect(
      rules([
        { request: 'r4', slot: 0, table: 0 },
        { request: 'r4', slot: 1, table: 0 },
      ]),
    ).toEqual(['request-twice r4']);
    expect(rules([{ request: 'r3', slot: 2, table: 0 }])).toEqual(['person-unavailable r3']);
    expect(
      rules([
        { request: 'r2', slot: 0, table: 1 },
        { request: 'r4', slot: 0, table: 0 },
      ]),
    ).toEqual(['person-double-booked r4']);
    expect(
      rules([
        { request: 'r1', slot: 0, table: 1 },
        { request: 'r3', slot: 1, table: 0 },
      ]),
    ).toEqual(['over-max-meetings r3']);
  });

  it('keeps booths to their owners and one meeting per table and slot', () => {
    expect(rules([{ request: 'r2', slot: 0, table: 0 }])).toEqual(['booth-not-used r2']);
    expect(rules([{ request: 'r4', slot: 0, table: 1 }])).toEqual(['booth-taken r4']);
    const noBooths = { ...instance, participants: instance.participants.map(({ table: _, ...p }) => p) };
    expect(
      rules(
        [
          { request: 'r1', slot: 0, table: 0 },
          { request: 'r4', slot: 0, table: 0 },
        ],
        noBooths,
      ),
    ).toEqual(['table-double-booked r4']);
  });

  it('reports a pinned meeting that moved or vanished, unless moving is allowed', () => {
    const pinned = { ...instance, pinned: [{ request: 'r2', slot: 1, table: 1 }] };
    expect(rules([{ request: 'r2', slot: 2, table: 1 }], pinned)).toEqual(['pinned-moved r2']);
    expect(rules([], pinned)).toEqual(['pinned-moved r2']);
    expect(rules([{ request: 'r2', slot: 2, table: 1 }], { ...pinned, options: { allowMovingPinned: true } })).toEqual([]);
  });
});
