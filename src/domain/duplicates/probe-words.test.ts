import { describe, expect, it } from 'vitest';
import { fetchSets, probeWords, setsQuery, type WordCounts } from './probe-words.js';

const counts: WordCounts = {
  rows: 100_000,
  held: new Map([
    ['may', 20_000],
    ['say', 9_000],
    ['nuoc', 1_500],
    ['mam', 1_400],
    ['enzyme', 600],
    ['protease', 300],
    ['thuy', 3_000],
    ['phan', 2_500],
    ['ca', 1_900],
    ['com', 900],
    ['rulo', 80],
  ]),
};

describe('probeWords', () => {
  it('takes the rarest words of the title first, then of the rest, never common ones or numbers, an unlisted word as the rarest', () => {
    const words = probeWords(['may', 'say', 'enzyme', 'kx250'], ['protease', 'nuoc', 'mam', '500', 'com'], counts);
    expect(words.map((w) => w.word)).toEqual(['kx250', 'protease', 'enzyme', 'com', 'mam', 'nuoc']);
    // Unlisted: half the fewest the statistics list.
    expect(words[0]!.held).toBe(40);
    // Rarer weighs more.
    expect(words[0]!.weight).toBeGreaterThan(words.at(-1)!.weight);
  });

  it('takes a word next to one already taken only when words run out, and says they stand together', () => {
    const many = probeWords(['enzyme', 'protease'], ['nuoc', 'mam', 'ca', 'com'], counts);
    expect(many.find((w) => w.word === 'protease')!.mates).toEqual(['enzyme']);
    expect(many.find((w) => w.word === 'com')!.mates).toEqual(['ca']);
  });
});

describe('fetchSets', () => {
  it('fetches by a word few records hold alone, and by common words only together', () => {
    const words = probeWords(['kx250', 'enzyme'], ['protease', 'nuoc', 'com'], counts);
    const sets = fetchSets(words, counts.rows);
    expect(sets).toContainEqual(['kx250']);
    expect(sets.flat()).not.toContain('kx250'.repeat(2));
    // 600 and 300 of 100,000: about 2 records by chance.
    expect(sets).toContainEqual(['protease', 'enzyme']);
    expect(sets).not.toContainEqual(['nuoc']);
    // Never a set holding a smaller one.
    for (const set of sets) expect(sets.filter((other) => other !== set && other.every((w) => set.includes(w)))).toEqual([]);
    expect(setsQuery(sets)).toContain('kx250 | ');
  });

  it('does not count two words that stand together as rarer than one of them', () => {
    // 300 and 600 of 100,000 apart: about 2 records by chance; as "enzyme protease", as many as hold "protease".
    const apart = probeWords(['enzyme', 'may', 'protease'], [], counts);
    expect(fetchSets(apart, counts.rows)).toEqual([['protease', 'enzyme']]);
    const together = probeWords(['enzyme', 'protease', 'may', 'com'], [], counts);
    expect(together.find((w) => w.word === 'protease')!.mates).toEqual(['enzyme']);
    expect(fetchSets(together, counts.rows)).toEqual([['protease', 'com']]);
  });

  it('in a small catalogue fetches by any word, and by all words together when none is rare enough', () => {
    const small = probeWords(['nuoc', 'mam'], [], {
      rows: 3,
      held: new Map([
        ['nuoc', 3],
        ['mam', 2],
      ]),
    });
    expect(fetchSets(small, 3)).toEqual([['mam'], ['nuoc']]);
    const common = probeWords(['ca', 'may', 'thuy', 'nuoc'], [], counts);
    expect(fetchSets(common, counts.rows)).toEqual([['nuoc', 'ca']]);
  });
});
