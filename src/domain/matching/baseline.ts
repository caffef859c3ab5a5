import { fold } from '../text/fold.js';
import { buildBm25Index, scoreAll, type Bm25Index, type FeatureBag } from './bm25.js';
import type { MatchDemand, MatchOffer } from './types.js';

/**
 * The plain BM25 baseline the matcher is measured against: accent-folded syllables and
 * syllable bigrams over all of a record's text, no fields, stop words, glossary or signals.
 */
export function plainFeatures(text: string): FeatureBag {
  const bag: FeatureBag = new Map();
  const syllables = fold(text).match(/[a-z0-9]+/g) ?? [];
  syllables.forEach((syllable, i) => {
    bag.set(syllable, (bag.get(syllable) ?? 0) + 1);
    const next = syllables[i + 1];
    if (next) bag.set(`${syllable} ${next}`, (bag.get(`${syllable} ${next}`) ?? 0) + 1);
  });
  return bag;
}

/**
 * Offers may come one at a time (a generator): the index keeps their postings, not their texts.
 * Given the features of the queries it will answer (`queryFeatures`), it keeps only those
 * postings and each document's length, which ranks those queries exactly as the whole index
 * would: a benchmark over 300,000 offers then fits in memory.
 */
export function baselineIndex(offers: Iterable<MatchOffer>, queryFeatures?: ReadonlySet<string>): Bm25Index {
  function* documents() {
    for (const o of offers) {
      const bag = plainFeatures([o.title, o.summary, o.description, ...o.keywords].join(' '));
      if (!queryFeatures) {
        yield { id: o.id, bag };
        continue;
      }
      let length = 0;
      const kept: FeatureBag = new Map();
      for (const [feature, tf] of bag) {
        length += tf;
        if (queryFeatures.has(feature)) kept.set(feature, tf);
      }
      yield { id: o.id, bag: kept, length };
    }
  }
  return buildBm25Index(documents());
}

/** Every feature the baseline reads of these demands (see baselineIndex). */
export function baselineQueryFeatures(demands: readonly MatchDemand[]): Set<string> {
  return new Set(demands.flatMap((d) => [...plainFeatures(baselineQueryText(d)).keys()]));
}

const baselineQueryText = (demand: MatchDemand) => [demand.title, demand.description, ...demand.keywords].join(' ');

/** Offer ids by plain BM25 score for a demand, best first, ties by id. */
export function baselineRanking(index: Bm25Index, demand: MatchDemand, limit = Infinity): string[] {
  const scores = scoreAll(index, plainFeatures(baselineQueryText(demand)));
  return index.ids
    .map((id, doc) => ({ id, score: scores[doc] }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((r) => r.id);
}
