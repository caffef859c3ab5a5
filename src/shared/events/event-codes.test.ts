import { describe, expect, it } from 'vitest';
import { badgeCodeOf, layOutSlots, normaliseBadgeCode, sideOfRole } from './event-codes.js';

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

describe('badge codes', () => {
  it('are the first ten hex digits of the registration id and survive being typed with spaces or dashes', () => {
    const code = badgeCodeOf('3f2a9c1e-77b0-4d2e-9a1b-0c4d5e6f7a8b');
    expect(code).toBe('3F2A9C1E77');
    expect(normaliseBadgeCode(' 3f2a-9c1e 77 ')).toBe(code);
    expect(normaliseBadgeCode('3F2A9C1E7')).toBeNull();
    expect(normaliseBadgeCode('ZZZZZZZZZZ')).toBeNull();
  });
});
