import { buildBm25Index, type Bm25Index } from './bm25.js';
import { conceptPrefix, recordFeatures, type RecordFeatures, type WeightedText } from './features.js';
import type { CompiledGlossary } from './glossary.js';
import type { MatcherSettings } from './settings.js';
import type { MatchDemand, MatchOffer } from './types.js';

type FieldWeights = MatcherSettings['documentFields'];

/** Records indexed for ranking; build once and rank many queries against it. */
export type Corpus<T> = { records: T[]; index: Bm25Index };

export function offerFeatures(offer: MatchOffer, weights: FieldWeights, glossary: CompiledGlossary | null, settings: MatcherSettings): RecordFeatures {
  const fields: WeightedText[] = [
    { text: offer.title, weight: weights.title },
    { text: offer.keywords.join('. '), weight: weights.keywords },
    { text: offer.summary, weight: weights.summary },
    { text: offer.description, weight: weights.description },
  ];
  return recordFeatures(fields, offer.language, glossary, settings.expansion);
}

export function demandFeatures(demand: MatchDemand, weights: FieldWeights, glossary: CompiledGlossary | null, settings: MatcherSettings): RecordFeatures {
  const fields: WeightedText[] = [
    { text: demand.title, weight: weights.title },
    { text: demand.keywords.join('. '), weight: weights.keywords },
    { text: demand.description, weight: weights.description },
  ];
  return recordFeatures(fields, demand.language, glossary, settings.expansion);
}

export function offerCorpus(offers: readonly MatchOffer[], glossary: CompiledGlossary | null, settings: MatcherSettings): Corpus<MatchOffer> {
  const docs = offers.map((o) => ({ id: o.id, bag: offerFeatures(o, settings.documentFields, glossary, settings).bag }));
  return { records: [...offers], index: buildBm25Index(docs, settings.bm25) };
}

export function demandCorpus(demands: readonly MatchDemand[], glossary: CompiledGlossary | null, settings: MatcherSettings): Corpus<MatchDemand> {
  const docs = demands.map((d) => ({ id: d.id, bag: demandFeatures(d, settings.documentFields, glossary, settings).bag }));
  return { records: [...demands], index: buildBm25Index(docs, settings.bm25) };
}

/**
 * What a database should fetch candidates with before the matcher re-ranks them: the query's
 * heaviest syllable bigrams (selective: "nuoc mam", not "nuoc") and a few of its heaviest
 * single words, glossary translations included so that records in the other language come too.
 */
export function candidateTerms(query: RecordFeatures, bigrams: number, words: number): string[] {
  const ranked = [...query.bag]
    .filter(([feature]) => !feature.startsWith(conceptPrefix))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([feature]) => feature);
  return [...ranked.filter((f) => f.includes(' ')).slice(0, bigrams), ...ranked.filter((f) => !f.includes(' ')).slice(0, words)];
}

/** Document frequencies as far as the database knows them (see termStatistics). */
export type TermFrequencies = { rows: number; frequency: ReadonlyMap<string, number>; rareBelow: number };

/**
 * Drops candidate terms that would each fetch more than `maxRows` records ("cong nghe" in a
 * catalogue of 100,000 offers), keeping the rarest of them when nothing else is left. A
 * phrase is at most as common as its rarest word. Small catalogues keep every term.
 */
export function selectiveTerms(terms: readonly string[], stats: TermFrequencies, maxRows: number): string[] {
  const estimate = (term: string) =>
    stats.rows * Math.min(...term.split(' ').map((word) => stats.frequency.get(word) ?? stats.rareBelow));
  const kept = terms.filter((term) => estimate(term) <= maxRows);
  if (kept.length > 0) return kept;
  return [...terms].sort((a, b) => estimate(a) - estimate(b)).slice(0, 3);
}
