import { describe, expect, it } from 'vitest';
import { referenceRows } from './reference-data.js';

describe('reference lists', () => {
  it('name every item in English, the S&T fields, technology services and contract contents included', () => {
    const { items } = referenceRows();
    expect(items.filter((item) => !item.nameEn?.trim()).map((item) => `${item.category} ${item.code}`)).toEqual([]);
    // These lists once showed Vietnamese to English readers: their English names fell back to the Vietnamese.
    const once = items.filter((item) => ['st-field', 'transfer-service', 'contract-content'].includes(item.category));
    expect(once.length).toBe(52 + 6 + 15);
    expect(once.filter((item) => item.nameEn === item.name).map((item) => `${item.category} ${item.code}`)).toEqual([]);
  });
});
