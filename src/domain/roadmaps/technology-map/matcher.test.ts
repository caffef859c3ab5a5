import { describe, expect, it } from 'vitest';
import { fold } from '../../text/fold.js';
import { fishSauceMap } from '../demo/fish-sauce-map.js';
import { countByNode, mapMatcher, specMatcher, type MatchableRecord } from './matcher.js';

const record = (keywords: string[], vsicCodes: string[] = [], fieldCodes: string[] = []): MatchableRecord => ({
  vsicCodes,
  fieldCodes,
  foldedKeywords: keywords.map(fold),
});

describe('specMatcher', () => {
  it('finds a keyword as whole words, with or without diacritics', () => {
    const test = specMatcher({ vsicCodes: [], fieldCodes: [], keywords: ['ủ chượp'] });
    expect(test(record(['Thời gian ủ chượp dài']))).toBe(true);
    expect(test(record(['u chuop']))).toBe(true);
    expect(test(record(['chượp cá']))).toBe(false);
    expect(test(record(['ủ chượpx']))).toBe(false);
  });

  it('needs every part of an "a + b" keyword, each anywhere in the record', () => {
    const test = specMatcher({ vsicCodes: [], fieldCodes: [], keywords: ['xử lý nước thải + chế biến thủy sản'] });
    expect(test(record(['MBBR', 'xử lý nước thải', 'chế biến thủy sản']))).toBe(true);
    expect(test(record(['xử lý nước thải', 'dệt nhuộm']))).toBe(false);
  });

  it('leaves out a record classified elsewhere, but not an unclassified one', () => {
    const test = specMatcher({ vsicCodes: ['10203'], fieldCodes: ['211'], keywords: ['nước mắm'] });
    expect(test(record(['nước mắm'], ['C'], ['211', '209']))).toBe(true);
    expect(test(record(['nước mắm'], ['A'], ['211']))).toBe(false);
    expect(test(record(['nước mắm'], ['C'], ['304']))).toBe(false);
    expect(test(record(['nước mắm']))).toBe(true);
    expect(test(record(['nước mắm'], [], ['2']))).toBe(true);
  });

  it('matches on codes alone when the node has no keywords, and never on an empty spec', () => {
    const byCode = specMatcher({ vsicCodes: ['10'], fieldCodes: [], keywords: [] });
    expect(byCode(record([], ['C']))).toBe(true);
    expect(byCode(record([], []))).toBe(false);
    expect(specMatcher({ vsicCodes: [], fieldCodes: [], keywords: [] })(record(['nước mắm'], ['C']))).toBe(false);
  });
});

describe('mapMatcher and countByNode', () => {
  const demand = record(['nước mắm', 'ủ chượp', 'enzyme', 'độ đạm', 'histamin'], ['C'], ['211']);
  const bottling = record(['chiết rót', 'đóng chai', 'tự động hóa', 'mật ong'], ['C'], ['211', '203']);

  it('puts a record under the nodes it matches and their ancestors, in map order', () => {
    expect(mapMatcher(fishSauceMap)(demand)).toEqual(['ns-traditional', 'ns-fermentation', 'ns-enzyme', 'ns-quality', 'ns-histamine', 'ns-rapid-testing']);
    expect(mapMatcher(fishSauceMap)(bottling)).toEqual(['ns-traditional', 'ns-bottling']);
  });

  it('counts records per node and kind', () => {
    const counts = countByNode(fishSauceMap, [
      { kind: 'demand', record: demand },
      { kind: 'demand', record: bottling },
      { kind: 'offer', record: record(['sấy phun', 'gia vị dạng bột'], ['C'], ['211']) },
    ]);
    expect(counts.get('ns-traditional')).toEqual({ demand: 2 });
    expect(counts.get('ns-powder')).toEqual({ offer: 1 });
    expect(counts.get('ns-value-added')).toEqual({ offer: 1 });
    expect(counts.get('ns-residue')).toEqual({});
  });
});
