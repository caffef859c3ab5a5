import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable.js';

describe('isVietnameseSyllable', () => {
  it('accepts folded syllables with and without a final consonant', () => {
    for (const word of ['nuoc', 'mam', 'quan', 'xuat', 'khau', 'thieu', 'nguyen', 'nguoi', 'ruou', 'khuya', 'hoac', 'giup', 'truong', 'nghieng', 'y']) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
  });

  it('refuses English words and stems that no Vietnamese syllable spells', () => {
    // "sauc": a nucleus ending in a glide takes no final consonant; "pump": no final "mp".
    for (const word of ['sauc', 'machin', 'pump', 'dryer', 'process', 'sensor', 'laser', 'fish', 'nano', 'bean']) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
  });
});
