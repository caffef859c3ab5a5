import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query.js';

describe('parseSearchQuery', () => {
  it('folds accents and matches only the last word, the one being typed, as a prefix', () => {
    expect(parseSearchQuery('Nước Mắm')).toEqual({ tsquery: 'nuoc & mam:*', terms: ['nuoc', 'mam'], folded: 'nuoc mam' });
    expect(parseSearchQuery('ca cao').tsquery).toBe('ca & cao:*');
  });

  it('reads phrases, exclusions and OR', () => {
    expect(parseSearchQuery('"chế biến cá" -đông OR lạnh').tsquery).toBe('(che <-> bien <-> ca) & !dong & lanh:*');
    expect(parseSearchQuery('tôm OR cá sấy').tsquery).toBe('(tom | ca) & say:*');
  });

  it('drops punctuation that would break to_tsquery', () => {
    expect(parseSearchQuery("a'b & c|d ! ( )").tsquery).toBe('a & b & c & d:*');
  });

  it('gives no query for blank or punctuation-only input', () => {
    expect(parseSearchQuery('  ').tsquery).toBeNull();
    expect(parseSearchQuery('!!! ...').tsquery).toBeNull();
  });

  it('keeps exclusions alone, with no terms to highlight', () => {
    expect(parseSearchQuery('-cá')).toEqual({ tsquery: '!ca', terms: [], folded: '' });
  });
});
