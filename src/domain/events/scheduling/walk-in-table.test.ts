import { describe, expect, it } from 'vitest';
import { freeTables, placeWalkIn, usualTable, type SlotMeeting } from './walk-in-table.js';

const held = (table: number, x: string, y: string): SlotMeeting => ({ table, people: [x, y], freed: false });
const freed = (table: number, x: string, y: string): SlotMeeting => ({ table, people: [x, y], freed: true });

describe('freeTables', () => {
  it('lists the tables nobody holds, a freed meeting’s table among them', () => {
    expect(freeTables(4, [held(1, 'a', 'b'), freed(2, 'c', 'd'), held(4, 'e', 'f')])).toEqual([2, 3]);
    expect(freeTables(2, [])).toEqual([1, 2]);
    expect(freeTables(1, [held(1, 'a', 'b')])).toEqual([]);
  });
});

describe('usualTable', () => {
  it('is the table most of a supplier’s meetings use, the lowest on a tie, null without any', () => {
    expect(usualTable([3, 2, 3, 1])).toBe(3);
    expect(usualTable([4, 2])).toBe(2);
    expect(usualTable([])).toBeNull();
  });
});

describe('placeWalkIn', () => {
  const slot = [held(1, 'a', 'b'), freed(2, 'c', 'd'), held(3, 'e', 'f')];

  it('takes the supplier’s booth table when it is free', () => {
    expect(placeWalkIn({ tables: 5, meetings: slot, a: 'x', b: 'y', preferred: [4, 5] })).toEqual({ ok: true, table: 4, preferred: true });
  });

  it('passes over a preferred table that is held, then takes the lowest free one', () => {
    expect(placeWalkIn({ tables: 5, meetings: slot, a: 'x', b: 'y', preferred: [1, 5] })).toEqual({ ok: true, table: 5, preferred: true });
    expect(placeWalkIn({ tables: 5, meetings: slot, a: 'x', b: 'y', preferred: [null, 3] })).toEqual({ ok: true, table: 2, preferred: false });
  });

  it('fills the table a cancelled meeting or an absence freed, and the person who did come may meet again', () => {
    expect(placeWalkIn({ tables: 3, meetings: slot, a: 'c', b: 'y', preferred: [] })).toEqual({ ok: true, table: 2, preferred: false });
  });

  it('refuses when a person already meets someone in the slot, naming them', () => {
    expect(placeWalkIn({ tables: 5, meetings: slot, a: 'x', b: 'e', preferred: [] })).toEqual({ ok: false, reason: 'person-busy', person: 'e' });
  });

  it('refuses when every table is held', () => {
    expect(placeWalkIn({ tables: 2, meetings: [held(1, 'a', 'b'), held(2, 'c', 'd')], a: 'x', b: 'y', preferred: [1] })).toEqual({
      ok: false,
      reason: 'tables-full',
    });
  });
});
