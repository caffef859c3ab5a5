import { describe, expect, it } from 'vitest';
import { candidateTerms, demandFeatures, fallbackClauses, rowBudgetFor, selectiveTerms } from './corpus.js';
import { compileGlossary } from './glossary.js';
import { defaultMatcherSettings as settings } from './settings.js';
import type { MatchDemand } from './types.js';

const demand: MatchDemand = {
  id: 'd',
  language: 'vi',
  title: 'Xử lý nước thải chế biến thủy sản',
  description: '',
  keywords: ['nước thải'],
  sectorCodes: [],
  fieldCodes: [],
  minTrl: null,
  budgetVnd: null,
  seekAbroad: false,
};

describe('candidate retrieval terms', () => {
  it('takes the heaviest bigrams and words, glossary translations included', () => {
    const glossary = compileGlossary([{ vi: 'nước thải', en: 'wastewater' }]);
    const terms = candidateTerms(demandFeatures(demand, settings.queryFields, glossary, settings), 2, 3);
    expect(terms).toHaveLength(5);
    expect(terms.slice(0, 2)).toContain('nuoc thai');
    expect(candidateTerms(demandFeatures(demand, settings.queryFields, glossary, settings), 0, 50)).toContain('wastewat');
  });

  const stats = {
    rows: 100_000,
    frequency: new Map([
      ['nuoc', 0.4],
      ['thai', 0.05],
      ['cong', 0.5],
      ['ca', 0.009],
      ['tom', 0.008],
    ]),
    rareBelow: 0.001,
  };
  const loose = { perTerm: 10_000, perQuery: 20_000 };

  it('drops terms that would fetch too many rows, judging a phrase by its rarest word', () => {
    expect(selectiveTerms(['nuoc', 'nuoc thai', 'cong'], stats, loose)).toEqual(['nuoc thai']);
  });

  it('stops adding terms, in their order of weight, once the query would fetch too many rows together', () => {
    expect(selectiveTerms(['nuoc thai', 'ca', 'tom'], stats, { perTerm: 5_000, perQuery: 6_000 })).toEqual(['nuoc thai', 'ca']);
  });

  it('counts a stem of four letters or more as every listed word it begins, a Vietnamese syllable as itself', () => {
    const listed = {
      rows: 100_000,
      frequency: new Map([
        ['processing', 0.03],
        ['process', 0.001],
        ['nguyen', 0.03],
        ['nguy', 0.001],
        ['chan', 0.002],
      ]),
      rareBelow: 0.001,
    };
    // "process:*" also fetches "processing" (3,100 rows); "nguy", "chan" and "ca" only themselves.
    expect(selectiveTerms(['process', 'nguy', 'chan', 'ca'], listed, { perTerm: 1_000, perQuery: 5_000 })).toEqual(['nguy', 'chan', 'ca']);
  });

  it('adds the rarest listed word when every kept term may occur nowhere', () => {
    // "chitosan" is not in the statistics: rare, or absent from every record.
    expect(selectiveTerms(['nuoc', 'thai', 'nuoc thai', 'chitosan'], stats, { perTerm: 1_000, perQuery: 5_000 })).toEqual(['chitosan', 'thai']);
    expect(selectiveTerms(['chitosan', 'alginate'], stats, { perTerm: 1_000, perQuery: 5_000 })).toEqual(['chitosan', 'alginate']);
  });

  it('keeps the rarest terms when all are common, and everything in a small catalogue', () => {
    const common = {
      rows: 100_000,
      frequency: new Map([
        ['nuoc', 0.4],
        ['cong', 0.5],
      ]),
      rareBelow: 0.3,
    };
    expect(selectiveTerms(['cong', 'nuoc'], common, { perTerm: 1_000, perQuery: 5_000 })).toEqual(['nuoc', 'cong']);
    expect(selectiveTerms(['cong', 'nuoc'], { ...common, rows: 170 }, { perTerm: 1_000, perQuery: 5_000 })).toEqual(['cong', 'nuoc']);
  });
});

describe('candidates when the selective terms find too few', () => {
  it('asks first for records with two of the heaviest terms, then for records with one', () => {
    const [pairs, singles] = fallbackClauses(['phi le', 'ca tra', 'nuoc thai', 'bon mui', 'tra', 'nuoc']);
    expect(singles).toEqual([['phi le'], ['ca tra'], ['nuoc thai'], ['tra']]);
    expect(pairs).toHaveLength(5);
    expect(pairs).toContainEqual(['phi le', 'tra']);
    // "tra" is a word of "ca tra": the pair would ask for one term, not two.
    expect(pairs).not.toContainEqual(['ca tra', 'tra']);
  });

  it('has nothing to ask with a query without terms', () => {
    expect(fallbackClauses([])).toEqual([]);
  });

  it('grows the row budget with the catalogue, never below its floor', () => {
    const share = { perTerm: 0.01, perQuery: 0.03 };
    const floor = { perTerm: 1_000, perQuery: 3_000 };
    expect(rowBudgetFor(10_000, share, floor)).toEqual(floor);
    expect(rowBudgetFor(1_000_000, share, floor)).toEqual({ perTerm: 10_000, perQuery: 30_000 });
  });
});
