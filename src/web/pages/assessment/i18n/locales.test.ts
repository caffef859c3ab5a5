import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('assessment strings', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    const values = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(values));
    expect([...values(en), ...values(vi)].filter((v) => !v.trim())).toEqual([]);
  });
});
