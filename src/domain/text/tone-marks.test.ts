import { describe, expect, it } from 'vitest';
import { normaliseToneMarks } from './tone-marks.js';

describe('normaliseToneMarks', () => {
  it('moves the tone mark of open oa, oe and uy syllables to the current convention', () => {
    expect(normaliseToneMarks('hoá học, sức khoẻ, thuỷ sản, tuỳ chọn, Hoà Bình')).toBe('hóa học, sức khỏe, thủy sản, tùy chọn, Hòa Bình');
  });
  it('leaves alone what both conventions write alike', () => {
    const same = 'hoàng, hoặc, quý, quỷ, nguyễn, toán, khuyến, hóa, thủy';
    expect(normaliseToneMarks(same)).toBe(same.normalize('NFC'));
  });
  it('gives the same text for NFC and NFD input', () => {
    expect(normaliseToneMarks('hoá'.normalize('NFD'))).toBe(normaliseToneMarks('hoá'.normalize('NFC')));
  });
});
