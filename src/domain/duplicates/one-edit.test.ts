import { describe, expect, it } from 'vitest';
import { isOneEditApart } from './one-edit.js';

describe('isOneEditApart', () => {
  it('accepts one replaced, added, dropped or swapped letter', () => {
    expect(isOneEditApart('energy', 'enregy')).toBe(true);
    expect(isOneEditApart('matcha', 'matcah')).toBe(true);
    expect(isOneEditApart('textile', 'textle')).toBe(true);
    expect(isOneEditApart('nuoc', 'nuoi')).toBe(true);
    expect(isOneEditApart('hieu', 'thieu')).toBe(true);
  });
  it('rejects the same word and words further apart', () => {
    expect(isOneEditApart('energy', 'energy')).toBe(false);
    expect(isOneEditApart('energy', 'enrgey')).toBe(false);
    expect(isOneEditApart('mam', 'tuong')).toBe(false);
  });
});
