import { describe, expect, it } from 'vitest';
import { fold, normaliseText, slugify } from './fold.js';

const vowels: Record<string, string> = {
  a: 'aàáảãạ',
  ă: 'ăằắẳẵặ',
  â: 'âầấẩẫậ',
  e: 'eèéẻẽẹ',
  ê: 'êềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọ',
  ô: 'ôồốổỗộ',
  ơ: 'ơờớởỡợ',
  u: 'uùúủũụ',
  ư: 'ưừứửữự',
  y: 'yỳýỷỹỵ',
};
const base: Record<string, string> = { a: 'a', ă: 'a', â: 'a', e: 'e', ê: 'e', i: 'i', o: 'o', ô: 'o', ơ: 'o', u: 'u', ư: 'u', y: 'y' };

describe('fold', () => {
  it('folds every Vietnamese vowel with every tone, lower and upper case, NFC and NFD, to its base letter', () => {
    expect(Object.values(vowels).join('')).toHaveLength(12 * 6);
    for (const [vowel, forms] of Object.entries(vowels)) {
      for (const form of [...forms]) {
        for (const written of [form, form.toUpperCase()]) {
          expect(fold(written.normalize('NFC'))).toBe(base[vowel]);
          expect(fold(written.normalize('NFD'))).toBe(base[vowel]);
        }
      }
    }
  });

  it('folds a tone mark typed after the vowel as a separate combining character', () => {
    // "ệ" as e + combining circumflex + combining dot below, the order some keyboards produce.
    expect(fold('Nghe\u0302\u0323 An')).toBe('nghe an');
    expect(fold('Ho\u0302\u0300 Chi\u0301 Minh')).toBe('ho chi minh');
  });

  it('maps đ and Đ to d, in NFC and NFD text alike', () => {
    expect(fold('Đồng đất')).toBe('dong dat');
    expect(fold('ĐỒNG ĐẤT'.normalize('NFD'))).toBe('dong dat');
  });

  it('gives the same key for NFC and NFD input', () => {
    const nfc = 'Nước mắm Cửa Lò'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(fold(nfd)).toBe(fold(nfc));
    expect(fold(nfc)).toBe('nuoc mam cua lo');
  });

  it('normalises stored text to NFC and makes slugs', () => {
    expect(normaliseText('  Nghệ An '.normalize('NFD'))).toBe('Nghệ An'.normalize('NFC'));
    expect(slugify('Thành phố Hồ Chí Minh')).toBe('thanh-pho-ho-chi-minh');
  });
});
