import { describe, expect, it } from 'vitest';
import { vsicOverlaps, vsicPath } from './vsic.js';

describe('VSIC codes', () => {
  it('read as paths from their section', () => {
    expect(vsicPath('10203')).toBe('C10203');
    expect(vsicPath('c')).toBe('C');
    expect(vsicPath('0111')).toBe('A0111');
    expect(vsicPath('04')).toBeNull();
    expect(vsicPath('V')).toBeNull();
    expect(vsicPath('1')).toBeNull();
  });

  it('overlap when one lies under the other', () => {
    expect(vsicOverlaps('C', '10203')).toBe(true);
    expect(vsicOverlaps('1020', '10203')).toBe(true);
    expect(vsicOverlaps('10203', '10201')).toBe(false);
    expect(vsicOverlaps('A', '10203')).toBe(false);
  });
});
