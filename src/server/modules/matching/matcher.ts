import type { Db, Executor } from '../../../db/client.js';
import { rankBySimilarity, reciprocalRankFusion } from '../../../domain/matching/fusion.js';
import { demandFeatures, offerFeatures } from '../../../domain/matching/corpus.js';
import { compileGlossary, type CompiledGlossary } from '../../../domain/matching/glossary.js';
import { rankDemandsForOffer, rankOffersForDemand } from '../../../domain/matching/rank.js';
import { defaultMatcherSettings, type MatcherSettings } from '../../../domain/matching/settings.js';
import type { MatchDemand, MatchOffer, RankedMatch } from '../../../domain/matching/types.js';
import type { EmbeddingsConfig } from '../../config.js';
import { embedTexts } from './embeddings.client.js';
import { candidatesFor, demandCandidates, expertCandidates, offerCandidates, type VersionedGlossary } from './candidates.js';
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
  /**
   * The glossary a batch of matches runs with, read once for the batch (see versionedGlossary);
   * otherwise each match reads its current version.
   */
  glossary?: VersionedGlossary;
};

/** Demands whose candidate queries a batch keeps in flight: the database works while Node ranks. */
const batchConcurrency = 4;

const compiled = new WeakMap<Executor, VersionedGlossary>();

/** The glossary as agency staff left it, compiled once per version. */
export async function currentGlossary(db: Executor): Promise<CompiledGlossary> {
  return (await versionedGlossary(db)).glossary;
}

/** The glossary's current version, compiled (once per version). */
export async function versionedGlossary(db: Executor): Promise<VersionedGlossary> {
  const version = await repository.glossaryVersion(db);
  const cached = compiled.get(db);
  if (cached?.version === version) return cached;
  const current = { version, glossary: compileGlossary(await repository.listGlossaryTerms(db)) };
  compiled.set(db, current);
  return current;
}

/**
 * Offers for a demand, ranked by the product's matcher: database full-text search picks
 * candidates, the domain matcher re-ranks and explains them. The API, the CLI and the
 * evaluation all call this.
 */
export async function matchOffers(db: Db, demand: MatchDemand, scope: MatchScope): Promise<RankedMatch[]> {
  const settings = scope.settings ?? defaultMatcherSettings;
  const glossary = scope.glossary ?? (await versionedGlossary(db));
  const query = demandFeatures(demand, settings.queryFields, glossary.glossary, settings);
  const { records: offers, stored } = await candidatesFor(db, offerCandidates, query, scope, settings, glossary);
  const ranked = rankOffersForDemand(demand, offers, glossary.glossary, settings, scope.embeddings ? Infinity : scope.limit, stored);
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
  const glossary = scope.glossary ?? (await versionedGlossary(db));
  const query = demandFeatures(demand, settings.queryFields, glossary.glossary, settings);
  const { records: experts, stored } = await candidatesFor(db, expertCandidates, query, scope, settings, glossary);
  const ranked = rankOffersForDemand(demand, experts, glossary.glossary, settings, scope.embeddings ? Infinity : scope.limit, stored);
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
  const glossary = scope.glossary ?? (await versionedGlossary(db));
  const query = offerFeatures(offer, settings.queryFields, glossary.glossary, settings);
  const { records: demands, stored } = await candidatesFor(db, demandCandidates, query, scope, settings, glossary);
  const ranked = rankDemandsForOffer(offer, demands, glossary.glossary, settings, scope.embeddings ? Infinity : scope.limit, stored);
  return fuseWithEmbeddings(
    scope,
    offerText(offer),
    ranked,
    demands.map((d) => ({ id: d.id, text: demandText(d) })),
  );
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
