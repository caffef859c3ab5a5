import { describe, expect, it } from 'vitest';
import { changedFields, isMaterialChange } from './material-change.js';

describe('changedFields', () => {
  const current = { title: 'Nước mắm', keywords: ['cá', 'muối'], trl: 5, contactPhone: '0901', priceVnd: null as number | null };

  it('names only fields whose value differs', () => {
    expect(changedFields(current, { title: 'Nước mắm', keywords: ['cá', 'muối'], trl: 6 })).toEqual(['trl']);
    expect(changedFields(current, { keywords: ['muối', 'cá'], priceVnd: 1000 })).toEqual(['keywords', 'priceVnd']);
  });

  it('treats absent fields as unchanged and null as a value', () => {
    expect(changedFields(current, { title: undefined, priceVnd: null })).toEqual([]);
  });
});

describe('isMaterialChange', () => {
  const nonMaterial = ['contactName', 'contactEmail', 'contactPhone', 'validUntil'];
  it('ignores contact fixes', () => expect(isMaterialChange(['contactPhone'], nonMaterial)).toBe(false));
  it('counts content changes', () => expect(isMaterialChange(['contactPhone', 'trl'], nonMaterial)).toBe(true));
});
