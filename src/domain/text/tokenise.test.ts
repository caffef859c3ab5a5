import { describe, expect, it } from 'vitest';
import { stemEnglish } from './stem.js';
import { guessLanguage, textFeatures, tokenise } from './tokenise.js';

describe('tokenise', () => {
  it('folds syllables and keeps the written form, for NFC and NFD input alike', () => {
    const nfd = 'Nước Mắm'.normalize('NFD');
    expect(
      tokenise(nfd)
        .flat()
        .map((t) => [t.key, t.surface]),
    ).toEqual([
      ['nuoc', 'nước'],
      ['mam', 'mắm'],
    ]);
    expect(textFeatures(nfd)).toEqual(textFeatures('Nước Mắm'.normalize('NFC')));
  });

  it('makes syllable bigrams so that multi-syllable words count as units', () => {
    expect(textFeatures('xử lý nước thải')).toEqual(['xu', 'xu ly', 'ly', 'ly nuoc', 'nuoc', 'nuoc thai', 'thai']);
    expect(textFeatures('công nghệ')).toContain('cong nghe');
  });

  it('does not join syllables across punctuation', () => {
    expect(textFeatures('nước, mắm')).toEqual(['nuoc', 'mam']);
  });

  it('drops Vietnamese function words but keeps look-alike content words', () => {
    const features = textFeatures('Chúng tôi cần máy cơ khí có thể lên men');
    expect(features).not.toContain('chung');
    expect(features).not.toContain('khi co');
    expect(features.filter((f) => f === 'co')).toHaveLength(1);
    expect(features).toEqual(expect.arrayContaining(['may', 'may co', 'co khi', 'len men']));
  });

  it('keeps every syllable of text typed without diacritics ("khi" may be khí, "trong" trồng)', () => {
    expect(textFeatures('may say ca phe trong khi', 'vi')).toEqual(expect.arrayContaining(['trong', 'khi', 'ca phe']));
  });

  it('drops English stop words only in English text', () => {
    expect(textFeatures('drying of the fish', 'en')).toEqual(['dry', 'fish']);
    expect(textFeatures('an toan thuc pham', 'vi')).toContain('an toan');
  });

  it('drops pure numbers but keeps codes such as CO2', () => {
    expect(textFeatures('20 tấn CO2')).toEqual(['tan', 'tan co2', 'co2']);
  });

  it('guesses the language from diacritics', () => {
    expect(guessLanguage('Nước thải')).toBe('vi');
    expect(guessLanguage('Wastewater')).toBe('en');
  });
});

describe('stemEnglish', () => {
  it('strips English endings and leaves folded Vietnamese syllables alone', () => {
    expect(['dryers', 'drying', 'dried', 'processes', 'machines', 'machine', 'filters'].map(stemEnglish)).toEqual([
      'dry',
      'dry',
      'dry',
      'process',
      'machin',
      'machin',
      'filt',
    ]);
    expect(['nuoc', 'thanh', 'nghieng', 'nghe', 'xu', 'khuon'].map(stemEnglish)).toEqual(['nuoc', 'thanh', 'nghieng', 'nghe', 'xu', 'khuon']);
  });
});
