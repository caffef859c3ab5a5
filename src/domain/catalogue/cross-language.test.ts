import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../matching/glossary.js';
import { widenSearch } from './cross-language.js';
import { parseSearchQuery } from './search-query.js';

const glossary = compileGlossary([
  { vi: 'nước mắm', en: 'fish sauce' },
  { vi: 'tôm', en: 'shrimp' },
  { vi: 'sấy', en: 'drying' },
]);
const widen = (q: string) => widenSearch(q, parseSearchQuery(q), glossary);

describe('widening a search through the glossary', () => {
  it('searches an English query also in Vietnamese, and says which words it changed', () => {
    const widened = widen('Fish sauce fermentation');
    expect(widened?.widening).toEqual({ terms: [{ from: 'fish sauce', to: 'nước mắm' }], alternative: '"nước mắm" fermentation' });
    expect(widened?.parsed.tsquery).toBe('(fish & sauce & fermentation:*) | ((nuoc <-> mam) & fermentation:*)');
    expect(widened?.parsed.terms).toEqual(['fish', 'sauce', 'fermentation', 'nuoc', 'mam']);
    // Each reading alone, for a typo search to correct without asking one reading's words of the other's records.
    expect(widened?.parsed.readings).toEqual([
      ['fish', 'sauce', 'fermentation'],
      ['nuoc', 'mam', 'fermentation'],
    ]);
  });

  it('searches a Vietnamese query also in English, with or without diacritics', () => {
    expect(widen('nước mắm')?.widening.terms).toEqual([{ from: 'nước mắm', to: 'fish sauce' }]);
    expect(widen('nuoc mam')?.widening.terms).toEqual([{ from: 'nuoc mam', to: 'fish sauce' }]);
    expect(widen('tôm sấy')?.widening.alternative).toBe('"shrimp" "drying"');
  });

  it('matches a Vietnamese translation that ends the query as a whole term, an English one also as a prefix (plurals)', () => {
    expect(widen('frozen shrimp')?.parsed.tsquery).toBe('(frozen & shrimp:*) | (frozen & tom)');
    expect(widen('tôm')?.parsed.tsquery).toBe('(tom:*) | (shrimp:*)');
    expect(widen('shrimp fish sauce')?.parsed.tsquery).toBe('(shrimp & fish & sauce:*) | (tom & (nuoc <-> mam))');
  });

  it('keeps OR between alternatives as typed', () => {
    expect(widen('shrimp OR drying')?.widening.alternative).toBe('"tôm" OR "sấy"');
  });

  it('leaves a term of several words next to OR alone, since a phrase would regroup the query', () => {
    expect(widen('fish sauce OR shrimp')?.widening.terms).toEqual([{ from: 'shrimp', to: 'tôm' }]);
    expect(widen('fish sauce OR drying')?.widening.alternative).toBe('fish sauce OR "sấy"');
  });

  it('leaves alone a query without glossary terms, and words that are excluded', () => {
    expect(widen('phần mềm quản lý kho')).toBeNull();
    expect(widen('máy ép -tôm')).toBeNull();
    expect(widen('')).toBeNull();
  });
});
