import { describe, expect, it } from 'vitest';
import { candidateTerms, demandFeatures, selectiveTerms } from './corpus.js';
import { compileGlossary } from './glossary.js';
import { defaultMatcherSettings as settings } from './settings.js';
import type { MatchDemand } from './types.js';

const demand: MatchDemand = {
  id: 'd', language: 'vi', title: 'Xử lý nước thải chế biến thủy sản', description: '', keywords: ['nước thải'],
  sectorCodes: [], fieldCodes: [], minTrl: null, budgetVnd: null, seekAbroad: false,
};

describe('candidate retrieval terms', () => {
  it('takes the heaviest bigrams and words, glossary translations included', () => {
    const glossary = compileGlossary([{ vi: 'nước thải', en: 'wastewater' }]);
    const terms = candidateTerms(demandFeatures(demand, settings.queryFields, glossary, settings), 2, 3);
    expect(terms).toHaveLength(5);
    expect(terms.slice(0, 2)).toContain('nuoc thai');
    expect(candidateTerms(demandFeatures(demand, settings.queryFields, glossary, settings), 0, 50)).toContain('wastewat');
  });

  it('drops terms that would fetch too many rows, judging a phrase by its rarest word', () => {
    const stats = { rows: 100_000, frequency: new Map([['nuoc', 0.4], ['thai', 0.05], ['cong', 0.5]]), rareBelow: 0.001 };
    expect(selectiveTerms(['nuoc', 'nuoc thai', 'cong', 'chitosan'], stats, 1_000)).toEqual(['chitosan']);
    expect(selectiveTerms(['nuoc', 'nuoc thai', 'cong'], stats, 10_000)).toEqual(['nuoc thai']);
  });

  it('keeps the rarest terms when all are common, and everything in a small catalogue', () => {
    const stats = { rows: 100_000, frequency: new Map([['nuoc', 0.4], ['cong', 0.5]]), rareBelow: 0.3 };
    expect(selectiveTerms(['cong', 'nuoc'], stats, 1_000)).toEqual(['nuoc', 'cong']);
    expect(selectiveTerms(['cong', 'nuoc'], { ...stats, rows: 170 }, 1_000)).toEqual(['cong', 'nuoc']);
  });
});
