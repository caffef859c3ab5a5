import { describe, expect, it } from 'vitest';
import { describeInstanceError, parseInstance, parseInstanceText } from './parse-instance.js';

const good = () => ({
  slots: 4,
  tables: 2,
  participants: [
    { id: 'd1', side: 'demand', unavailable: [0], maxMeetings: 3 },
    { id: 'd2', side: 'demand', unavailable: [], maxMeetings: 2 },
    { id: 's1', side: 'supply', unavailable: [3, 3], maxMeetings: 4, table: 1 },
    { id: 's2', side: 'supply', unavailable: [], maxMeetings: 4 },
  ],
  requests: [
    { id: 'r1', a: 'd1', b: 's1', priority: 1 },
    { id: 'r2', a: 'd2', b: 's2', priority: 3 },
  ],
});

/** The errors of an instance as the command line prints them. */
const errorsOf = (input: unknown) => {
  const parsed = parseInstance(input);
  return parsed.ok ? [] : parsed.errors.map(describeInstanceError);
};

describe('parseInstance', () => {
  it('accepts a well-formed instance and sorts and de-duplicates unavailable slots', () => {
    const parsed = parseInstance(good());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.instance.participants[2]).toEqual({ id: 's1', side: 'supply', unavailable: [3], maxMeetings: 4, table: 1 });
  });

  it('treats a missing unavailable list as available in every slot', () => {
    const input = good();
    const { unavailable: _, ...noList } = input.participants[0];
    const parsed = parseInstance({ ...input, participants: [noList, ...input.participants.slice(1)] });
    expect(parsed.ok && parsed.instance.participants[0].unavailable).toEqual([]);
  });

  it('says when the text is not JSON, and writes nothing else', () => {
    const parsed = parseInstanceText('{"slots": 4,');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toHaveLength(1);
    if (!parsed.ok) expect(describeInstanceError(parsed.errors[0])).toMatch(/^not JSON/);
    expect(errorsOf([1, 2])).toEqual(['must be a JSON object with slots, tables, participants and requests']);
  });

  it('names the session field at fault', () => {
    expect(errorsOf({ ...good(), slots: 0 })).toEqual(['slots: must be an integer from 1 to 1000']);
    expect(errorsOf({ ...good(), tables: 'many' })).toEqual(['tables: must be an integer from 1 to 100000']);
    expect(errorsOf({ ...good(), participants: {} })).toContain('participants: must be an array');
  });

  it('names the participant field at fault', () => {
    const input = good();
    input.participants[3] = { ...input.participants[3], side: 'buyer' };
    input.participants[1] = { ...input.participants[1], unavailable: [1, 9], maxMeetings: -1 };
    expect(errorsOf(input)).toEqual([
      'participants[1].maxMeetings: must be an integer ≥ 0',
      'participants[1].unavailable[1]: must be a slot number from 0 to 3',
      'participants[3].side: must be "demand" or "supply"',
    ]);
  });

  it('refuses duplicate ids, booths on the demand side, shared booths and booths beyond the tables', () => {
    const input = good();
    input.participants.push({ id: 'd1', side: 'demand', unavailable: [], maxMeetings: 1, table: 0 });
    input.participants.push({ id: 's3', side: 'supply', unavailable: [], maxMeetings: 1, table: 1 });
    input.participants.push({ id: 's4', side: 'supply', unavailable: [], maxMeetings: 1, table: 2 });
    input.requests.push({ id: 'r1', a: 'd2', b: 's1', priority: 2 });
    expect(errorsOf(input)).toEqual([
      'participants[4].id: duplicate id "d1" (also participants[0])',
      'participants[4].table: only a supply-side participant has a booth',
      'participants[5].table: booth 1 already belongs to participants[2]',
      'participants[6].table: must be a table number from 0 to 1',
      'requests[2].id: duplicate id "r1" (also requests[0])',
    ]);
  });

  it('names the request field at fault', () => {
    const input = good();
    input.requests.push({ id: 'r3', a: 'x', b: 's1', priority: 1 });
    input.requests.push({ id: 'r4', a: 's1', b: 'd1', priority: 2 });
    input.requests.push({ id: 'r5', a: 'd1', b: 'd1', priority: 4 });
    expect(errorsOf(input)).toEqual([
      'requests[2].a: unknown participant "x"',
      'requests[3].a: "s1" is on the supply side; a must be on the demand side',
      'requests[3].b: "d1" is on the demand side; b must be on the supply side',
      'requests[4].b: "d1" is on the demand side; b must be on the supply side',
      'requests[4]: a and b are the same person',
      'requests[4].priority: must be 1, 2 or 3 (1 is the highest)',
    ]);
  });

  it('checks pinned meetings: known requests, slots and tables in range, and the rules of a schedule', () => {
    const pinned = (list: unknown[], options?: unknown) => errorsOf({ ...good(), pinned: list, options });
    expect(pinned([{ request: 'r1', slot: 1, table: 1 }])).toEqual([]);
    expect(pinned([{ request: 'nope', slot: 9, table: 0 }])).toEqual([
      'pinned[0].request: unknown request "nope"',
      'pinned[0].slot: must be a slot number from 0 to 3',
    ]);
    expect(pinned([{ request: 'r1', slot: 0, table: 1 }])[0]).toBe('pinned[0]: "d1" is unavailable in slot 0 (request "r1")');
    expect(pinned([{ request: 'r1', slot: 1, table: 0 }])).toEqual(['pinned[0]: request "r1" is not at booth 1 of "s1"']);
    expect(
      pinned([
        { request: 'r1', slot: 1, table: 1 },
        { request: 'r1', slot: 2, table: 1 },
      ]),
    ).toEqual(['pinned[1].request: request "r1" is pinned twice']);
    expect(pinned([{ request: 'r1', slot: 1, table: 1 }], { allowMovingPinned: 'yes' })).toEqual(['options.allowMovingPinned: must be true or false']);
    // Meetings that may move need not fit where they were.
    expect(pinned([{ request: 'r1', slot: 0, table: 0 }], { allowMovingPinned: true })).toEqual([]);
  });
});
