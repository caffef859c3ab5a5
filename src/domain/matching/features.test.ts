import { describe, expect, it } from 'vitest';
import { documentFeatures, recordFeatures, type WeightedText } from './features.js';
import { compileGlossary } from './glossary.js';

const glossary = compileGlossary([{ vi: 'nước mắm', en: 'fish sauce' }]);
const expansion = { concept: 1, translation: 0.5 };
const fields: WeightedText[] = [
  { text: 'Lên men nước mắm nhanh', weight: 3 },
  { text: 'Enzyme rút ngắn thời gian ủ chượp nước mắm', weight: 1 },
];

describe('documentFeatures', () => {
  const all = recordFeatures(fields, 'vi', glossary, expansion).bag;
  const query = new Map([
    ['nuoc mam', 1],
    ['fish sauc', 1],
    ['enzym', 1],
    ['say', 1],
  ]);
  const document = documentFeatures(fields, 'vi', glossary, expansion, query);

  it("keeps the query's features with the weights recordFeatures gives them", () => {
    expect([...document.bag]).toEqual([
      ['nuoc mam', 4],
      ['fish sauc', 2],
      ['enzym', 1],
    ]);
    for (const [feature, weight] of document.bag) expect(all.get(feature)).toBe(weight);
  });

  it('counts every feature in the length', () => {
    expect(document.length).toBe([...all.values()].reduce((sum, weight) => sum + weight, 0));
  });
});
