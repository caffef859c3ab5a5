import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query.js';

describe('parseSearchQuery', () => {
  it('folds accents and matches only the last word, the one being typed, as a prefix', () => {
    expect(parseSearchQuery('Nước Mắm')).toEqual({
      tsquery: 'nuoc & mam:*',
      terms: ['nuoc', 'mam'],
      folded: 'nuoc mam',
      adjacent: 'nuoc <-> mam:*',
      readings: [['nuoc', 'mam']],
    });
    expect(parseSearchQuery('ca cao').tsquery).toBe('ca & cao:*');
  });

  it('reads phrases, exclusions and OR', () => {
    expect(parseSearchQuery('"chế biến cá" -đông OR lạnh').tsquery).toBe('(che <-> bien <-> ca) & !dong & lanh:*');
    expect(parseSearchQuery('tôm OR cá sấy').tsquery).toBe('(tom | ca) & say:*');
  });

  it('asks for the typed words side by side, to rank multi-syllable words first, leaving out exclusions, quotes and alternatives', () => {
    expect(parseSearchQuery('trí tuệ nhân tạo').adjacent).toBe('tri <-> tue <-> nhan <-> tao:*');
    expect(parseSearchQuery('nước -thải mắm').adjacent).toBe('nuoc <-> mam:*');
    expect(parseSearchQuery('"chế biến" cá tôm OR tép').adjacent).toBeNull();
    expect(parseSearchQuery('cà').adjacent).toBeNull();
  });

  it('drops punctuation that would break to_tsquery', () => {
    expect(parseSearchQuery("a'b & c|d ! ( )").tsquery).toBe('a & b & c & d:*');
  });

  it('gives no query for blank or punctuation-only input', () => {
    expect(parseSearchQuery('  ').tsquery).toBeNull();
    expect(parseSearchQuery('!!! ...').tsquery).toBeNull();
  });

  it('keeps exclusions alone, with no terms to highlight', () => {
    expect(parseSearchQuery('-cá')).toEqual({ tsquery: '!ca', terms: [], folded: '', adjacent: null, readings: [] });
  });
});
