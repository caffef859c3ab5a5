import { textFeatures, type TextLanguage } from '../text/tokenise.js';
import { buildBm25Index, contributions, scoreAll, type Bm25Index } from './bm25.js';
import { conceptPrefix, type RecordFeatures } from './features.js';
import { demandDocuments, demandFeatures, offerDocuments, offerFeatures, type StoredFeaturesOf } from './corpus.js';
import type { CompiledGlossary } from './glossary.js';
import { explain } from './reasons.js';
import { defaultMatcherSettings, type MatcherSettings } from './settings.js';
import { budgetFit, fieldAgreement, foreignSource, sectorAgreement, trlFit } from './signals.js';
import type { MatchDemand, MatchOffer, MatchReason, RankedMatch, SignalResult } from './types.js';

type Signals = Record<'field' | 'sector' | 'trl' | 'budget' | 'foreign', SignalResult>;

function pairSignals(demand: MatchDemand, offer: MatchOffer): Signals {
  return {
    field: fieldAgreement(demand.fieldCodes, offer.fieldCodes),
    sector: sectorAgreement(demand.sectorCodes, offer.sectorCodes),
    trl: trlFit(offer.trl, demand.minTrl),
    budget: budgetFit(offer.priceVnd, demand.budgetVnd),
    foreign: foreignSource(offer.country, demand.seekAbroad),
  };
}

/**
 * Offers that could solve a demand, best first, each with a score 0–100 and its reasons;
 * `stored` gives the offers' features a store kept (the same ranking, without tokenising them).
 */
export function rankOffersForDemand(
  demand: MatchDemand,
  offers: readonly MatchOffer[],
  glossary: CompiledGlossary | null,
  settings: MatcherSettings = defaultMatcherSettings,
  limit = Infinity,
  stored?: StoredFeaturesOf,
): RankedMatch[] {
  const query = demandFeatures(demand, settings.queryFields, glossary, settings);
  const index = buildBm25Index(offerDocuments(offers, query.bag, glossary, settings, stored), settings.bm25);
  return rank(query, keywordFeatures(demand), offers, index, (offer) => pairSignals(demand, offer), settings, limit);
}

/** Demands an offer could solve, best first; the same signals seen from the other side. */
export function rankDemandsForOffer(
  offer: MatchOffer,
  demands: readonly MatchDemand[],
  glossary: CompiledGlossary | null,
  settings: MatcherSettings = defaultMatcherSettings,
  limit = Infinity,
  stored?: StoredFeaturesOf,
): RankedMatch[] {
  const query = offerFeatures(offer, settings.queryFields, glossary, settings);
  const index = buildBm25Index(demandDocuments(demands, query.bag, glossary, settings, stored), settings.bm25);
  return rank(query, keywordFeatures(offer), demands, index, (demand) => pairSignals(demand, offer), settings, limit);
}

/** `records` in the order they were indexed in `index`. */
function rank<T extends { id: string }>(
  query: RecordFeatures,
  keywords: Keyword[],
  records: readonly T[],
  index: Bm25Index,
  signalsOf: (record: T) => Signals,
  settings: MatcherSettings,
  limit: number,
): RankedMatch[] {
  const lexical = scoreAll(index, query.bag);
  const best = lexical.reduce((max, s) => Math.max(max, s), 0);
  if (best === 0) return [];
  const fused: Array<{ doc: number; fusion: number; signals: Signals }> = [];
  records.forEach((record, doc) => {
    if (lexical[doc] <= 0) return;
    const signals = signalsOf(record);
    const { lexical: lexicalWeight, ...weights } = settings.fusion;
    let fusion = lexicalWeight * (lexical[doc] / best);
    for (const key of Object.keys(weights) as Array<keyof Signals>) fusion += weights[key] * signals[key].value;
    fused.push({ doc, fusion, signals });
  });
  fused.sort((a, b) => b.fusion - a.fusion || records[a.doc].id.localeCompare(records[b.doc].id));
  return fused.slice(0, limit).map(({ doc, fusion, signals }) => ({
    id: records[doc].id,
    score: Math.round(100 * Math.min(1, Math.max(0, fusion))),
    reasons: reasonsFor(query, keywords, index, doc, signals, settings).map(explain),
  }));
}

function reasonsFor(query: RecordFeatures, keywords: Keyword[], index: Bm25Index, doc: number, signals: Signals, settings: MatcherSettings): MatchReason[] {
  const reasons: MatchReason[] = [];
  const phrases = matchedPhrases(query, keywords, index, doc, settings.maxPhrases);
  if (phrases.length > 0) reasons.push({ kind: 'phrases', params: { phrases } });
  for (const signal of [signals.field, signals.sector, signals.trl, signals.budget, signals.foreign]) {
    if (signal.reason) reasons.push(signal.reason);
  }
  return reasons;
}

/** A keyword of the query record as its owner typed it, and the features it is made of. */
type Keyword = { surface: string; features: string[] };

function keywordFeatures(record: { keywords: readonly string[]; language: TextLanguage }): Keyword[] {
  return record.keywords
    .map((surface) => ({ surface: surface.trim(), features: textFeatures(surface, record.language) }))
    .filter((k) => k.surface && k.features.length > 0);
}

/**
 * What a person recognises of why two records match, weightiest first: the glossary terms both
 * share (as the query wrote them) and the query's keywords found whole in the other record.
 * Syllables and syllable pairs weigh in the score but are never shown: alone they read as
 * fragments ("su kỹ", "do").
 */
function matchedPhrases(query: RecordFeatures, keywords: Keyword[], index: Bm25Index, doc: number, max: number): string[] {
  const weight = new Map(contributions(index, query.bag, doc).map((p) => [p.feature, p.score]));
  const candidates: Array<{ surface: string; score: number }> = [];
  for (const [feature, score] of weight) {
    const surface = feature.startsWith(conceptPrefix) ? query.display.get(feature) : undefined;
    if (surface) candidates.push({ surface, score });
  }
  for (const keyword of keywords) {
    if (keyword.features.every((f) => weight.has(f))) {
      candidates.push({ surface: keyword.surface, score: keyword.features.reduce((sum, f) => sum + weight.get(f)!, 0) });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const chosen: string[] = [];
  for (const { surface } of candidates) {
    const key = surface.toLocaleLowerCase('vi');
    if (chosen.some((c) => c.toLocaleLowerCase('vi').includes(key) || key.includes(c.toLocaleLowerCase('vi')))) continue;
    chosen.push(surface);
    if (chosen.length === max) break;
  }
  return chosen;
}
