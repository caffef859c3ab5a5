import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { maxLengthOf } from './max-length.js';

describe('maxLengthOf', () => {
  it('reads the maximum through wrappers and into record values', () => {
    expect(maxLengthOf(z.string().max(10))).toBe(10);
    expect(maxLengthOf(z.string().trim().max(20).nullish())).toBe(20);
    expect(maxLengthOf(z.string().max(30).default(''))).toBe(30);
    expect(maxLengthOf(z.record(z.string(), z.string().max(40)).default({}))).toBe(40);
  });

  it('refuses a schema without a maximum', () => {
    expect(() => maxLengthOf(z.string())).toThrow();
    expect(() => maxLengthOf(z.number())).toThrow();
  });
});
