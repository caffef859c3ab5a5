import { describe, expect, it } from 'vitest';
import { layOutSlots, sideOfRole } from './event-codes.js';

describe('event codes', () => {
  it('puts seekers and visitors on the demand side, suppliers and exhibitors on the supply side', () => {
    expect(['seeker', 'visitor', 'supplier', 'exhibitor'].map((r) => sideOfRole(r as 'seeker'))).toEqual(['demand', 'demand', 'supply', 'supply']);
  });

  it('lays out slots of a length with breaks between them, never overlapping', () => {
    const slots = layOutSlots(new Date('2027-05-21T01:30:00Z'), 3, 25, 5);
    expect(slots).toEqual([
      { startsAt: '2027-05-21T01:30:00.000Z', endsAt: '2027-05-21T01:55:00.000Z' },
      { startsAt: '2027-05-21T02:00:00.000Z', endsAt: '2027-05-21T02:25:00.000Z' },
      { startsAt: '2027-05-21T02:30:00.000Z', endsAt: '2027-05-21T02:55:00.000Z' },
    ]);
  });
});
