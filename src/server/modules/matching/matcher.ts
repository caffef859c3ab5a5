import type { Db, Executor } from '../../../db/client.js';
import { rankBySimilarity, reciprocalRankFusion } from '../../../domain/matching/fusion.js';
import {
  candidateTerms,
  demandFeatures,
  fallbackClauses,
  offerFeatures,
  rowBudgetFor,
  selectiveTerms,
  type TermClauses,
  type TermFrequencies,
} from '../../../domain/matching/corpus.js';
import type { RecordFeatures } from '../../../domain/matching/features.js';
import { compileGlossary, type CompiledGlossary } from '../../../domain/matching/glossary.js';
import { rankDemandsForOffer, rankOffersForDemand } from '../../../domain/matching/rank.js';
import { defaultMatcherSettings, type MatcherSettings } from '../../../domain/matching/settings.js';
import type { MatchDemand, MatchOffer, RankedMatch } from '../../../domain/matching/types.js';
import type { EmbeddingsConfig } from '../../config.js';
import { embedTexts } from './embeddings.client.js';
import * as repository from './matching.repository.js';

export type MatchScope = {
  /** Statuses a candidate may have (published offers, open demands for others). */
  statuses: string[];
  limit: number;
  /** Records fetched by full-text search before re-ranking; keeps ranking fast at 100,000 offers. */
  candidates?: number;
  settings?: MatcherSettings;
  /** When set, the lexical ranking is fused with embedding similarity (see fuseWithEmbeddings). */
  embeddings?: EmbeddingsConfig | null;
  /** Told when the embedding provider fails; the ranking then stays lexical. */
  onEmbeddingsError?: (error: unknown) => void;
};

/** Demands whose candidate queries a batch keeps in flight: the database works while Node ranks. */
const batchConcurrency = 4;

const defaultCandidates = 200;
// Fewer terms or candidates lose relevant offers before re-ranking (dev set: 40 bigrams and
// 10 words gave nDCG@10 0.87, 100 candidates 0.79, against 0.89 with these).
const candidateBigrams = 60;
const candidateWords = 20;
// ts_rank over every match is the cost of fetching candidates: a term may fetch this share of
// the catalogue at most (never fewer rows than the floor), all the terms of a query together about this share.
const rowShare = { perTerm: 0.01, perQuery: 0.03 };
const rowFloor = { perTerm: 1_000, perQuery: 3_000 };
const statisticsTtlMs = 5 * 60_000;
const compiled = new WeakMap<Executor, { version: string; glossary: CompiledGlossary }>();
const statistics = new WeakMap<Executor, Map<string, { at: number; stats: TermFrequencies }>>();

/** PostgreSQL's word statistics of a table, re-read every few minutes. */
async function termFrequencies(db: Executor, table: repository.MatchTable): Promise<TermFrequencies> {
  const perDb = statistics.get(db) ?? new Map<string, { at: number; stats: TermFrequencies }>();
  statistics.set(db, perDb);
  const cached = perDb.get(table);
  if (cached && Date.now() - cached.at < statisticsTtlMs) return cached.stats;
  const stats = await repository.termStatistics(db, table);
  perDb.set(table, { at: Date.now(), stats });
  return stats;
}

/** The glossary as agency staff left it, compiled once per version. */
export async function currentGlossary(db: Executor): Promise<CompiledGlossary> {
  const version = await repository.glossaryVersion(db);
  const cached = compiled.get(db);
  if (cached?.version === version) return cached.glossary;
  const glossary = compileGlossary(await repository.listGlossaryTerms(db));
  compiled.set(db, { version, glossary });
  return glossary;
}

/**
 * Offers for a demand, ranked by the product's matcher: database full-text search picks
 * candidates, the domain matcher re-ranks and explains them. The API, the CLI and the
 * evaluation all call this.
 */
export async function matchOffers(db: Db, demand: MatchDemand, scope: MatchScope): Promise<RankedMatch[]> {
  const settings = scope.settings ?? defaultMatcherSettings;
  const glossary = await currentGlossary(db);
  const query = demandFeatures(demand, settings.queryFields, glossary, settings);
  const offers = (await fetchCandidates(db, 'offers', query, scope, repository.candidateOffers)).map(repository.toMatchOffer);
  const ranked = rankOffersForDemand(demand, offers, glossary, settings, scope.embeddings ? Infinity : scope.limit);
  return fuseWithEmbeddings(
    scope,
    demandText(demand),
    ranked,
    offers.map((o) => ({ id: o.id, text: offerText(o) })),
  );
}

/**
 * `match` for every record of a batch (a re-match), a few at a time so that the database's
 * queries overlap with ranking. Results in the order of `records`.
 */
export async function matchEach<R, M>(records: readonly R[], match: (record: R) => Promise<M>): Promise<M[]> {
  const results: M[] = new Array(records.length);
  let next = 0;
  const worker = async () => {
    while (next < records.length) {
      const i = next++;
      results[i] = await match(records[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(batchConcurrency, records.length) }, worker));
  return results;
}

/** Experts who could help with a demand: the offers' method over what the experts work on. */
export async function matchExperts(db: Db, demand: MatchDemand, scope: MatchScope): Promise<RankedMatch[]> {
  const settings = scope.settings ?? defaultMatcherSettings;
  const glossary = await currentGlossary(db);
  const query = demandFeatures(demand, settings.queryFields, glossary, settings);
  const experts = (await fetchCandidates(db, 'experts', query, scope, repository.candidateExperts)).map(repository.toMatchExpert);
  const ranked = rankOffersForDemand(demand, experts, glossary, settings, scope.embeddings ? Infinity : scope.limit);
  return fuseWithEmbeddings(
    scope,
    demandText(demand),
    ranked,
    experts.map((e) => ({ id: e.id, text: offerText(e) })),
  );
}

/** Demands an offer (or an expert, seen as an offer) could solve; the same method from the other side. */
export async function matchDemands(db: Db, offer: MatchOffer, scope: MatchScope): Promise<RankedMatch[]> {
  const settings = scope.settings ?? defaultMatcherSettings;
  const glossary = await currentGlossary(db);
  const query = offerFeatures(offer, settings.queryFields, glossary, settings);
  const demands = (await fetchCandidates(db, 'demands', query, scope, repository.candidateDemands)).map(repository.toMatchDemand);
  const ranked = rankDemandsForOffer(offer, demands, glossary, settings, scope.embeddings ? Infinity : scope.limit);
  return fuseWithEmbeddings(
    scope,
    offerText(offer),
    ranked,
    demands.map((d) => ({ id: d.id, text: demandText(d) })),
  );
}

/**
 * Candidates by the query's selective terms and, when those find fewer records than the scope
 * shows, by its heaviest terms however common (see fallbackClauses): a demand that shares words
 * with the catalogue always gets candidates. Each step is one bounded query, results in a stable order.
 */
async function fetchCandidates<Row extends { id: string }>(
  db: Executor,
  table: repository.MatchTable,
  query: RecordFeatures,
  scope: MatchScope,
  fetch: (db: Executor, clauses: TermClauses, statuses: string[], limit: number) => Promise<Row[]>,
): Promise<Row[]> {
  const terms = candidateTerms(query, candidateBigrams, candidateWords);
  const stats = await termFrequencies(db, table);
  const selective = selectiveTerms(terms, stats, rowBudgetFor(stats.rows, rowShare, rowFloor));
  const limit = scope.candidates ?? defaultCandidates;
  const found = new Map<string, Row>();
  for (const clauses of [selective.map((term) => [term]), ...fallbackClauses(terms)]) {
    for (const row of await fetch(db, clauses, scope.statuses, limit - found.size)) if (!found.has(row.id)) found.set(row.id, row);
    if (found.size >= Math.min(scope.limit, limit)) break;
  }
  return [...found.values()];
}

const demandText = (d: MatchDemand) => [d.title, d.keywords.join(', '), d.description].filter(Boolean).join('\n');
const offerText = (o: MatchOffer) => [o.title, o.keywords.join(', '), o.summary, o.description].filter(Boolean).join('\n');

/**
 * With an embedding provider configured, re-orders the matcher's candidates by reciprocal rank
 * fusion of its ranking and the embeddings' cosine ranking; scores and reasons stay the
 * matcher's. Candidates come from full-text search either way, so this sharpens the order of
 * what was found rather than finding records that share no word with the query.
 */
async function fuseWithEmbeddings(
  scope: MatchScope,
  queryText: string,
  ranked: RankedMatch[],
  candidates: Array<{ id: string; text: string }>,
): Promise<RankedMatch[]> {
  if (!scope.embeddings || ranked.length === 0) return ranked.slice(0, scope.limit);
  const shown = new Set(ranked.map((m) => m.id));
  const texts = candidates.filter((c) => shown.has(c.id));
  try {
    const [query, ...vectors] = await embedTexts(scope.embeddings, [queryText, ...texts.map((c) => c.text)]);
    const semantic = rankBySimilarity(
      query,
      texts.map((c, i) => ({ id: c.id, vector: vectors[i] })),
    );
    const byId = new Map(ranked.map((m) => [m.id, m]));
    return reciprocalRankFusion([ranked.map((m) => m.id), semantic])
      .slice(0, scope.limit)
      .map((id) => byId.get(id)!);
  } catch (error) {
    scope.onEmbeddingsError?.(error);
    return ranked.slice(0, scope.limit);
  }
}
