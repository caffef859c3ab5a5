import { describe, expect, it } from 'vitest';
import type { FeatureSource } from './bm25.js';
import { documentFeatures, documentFromStored, queryHashes, recordFeatures, storedFeatures, type WeightedText } from './features.js';
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

/** The features a document's bag visits, with their weights. */
function visited(bag: FeatureSource): Map<string, number> {
  const features = new Map<string, number>();
  bag.forEach((weight, feature) => features.set(feature, weight));
  return features;
}

describe('storedFeatures', () => {
  const query = new Map([
    ['nuoc mam', 1],
    ['fish sauc', 1],
    ['enzym', 1],
    ['say', 1],
  ]);

  it('gives a document the same features with the same weights, and the same length, as tokenising it', () => {
    const stored = storedFeatures(fields, 'vi', glossary, expansion);
    const fromStore = documentFromStored(stored, queryHashes(query));
    const tokenised = documentFeatures(fields, 'vi', glossary, expansion, query);
    expect(visited(fromStore.bag)).toEqual(tokenised.bag);
    expect(visited(fromStore.bag).size).toBe(3);
    expect(fromStore.length).toBe(tokenised.length);
  });

  it('keeps every feature of a record, whatever its weight', () => {
    const every = recordFeatures(fields, 'vi', glossary, expansion).bag;
    const fromStore = documentFromStored(storedFeatures(fields, 'vi', glossary, expansion), queryHashes(every));
    expect(visited(fromStore.bag)).toEqual(every);
  });

  it('reads features kept at an offset of a larger buffer, as a database driver hands them', () => {
    const stored = storedFeatures(fields, 'vi', glossary, expansion);
    const padded = new Uint8Array(stored.byteLength + 3);
    padded.set(stored, 3);
    const fromStore = documentFromStored(padded.subarray(3), queryHashes(query));
    expect(visited(fromStore.bag).get('nuoc mam')).toBe(4);
  });
});
