import { createHash } from 'node:crypto';
import type { Executor } from '../../../db/client.js';
import {
  candidateTerms,
  demandDocumentFields,
  fallbackClauses,
  offerDocumentFields,
  rowBudgetFor,
  selectiveTerms,
  type StoredFeaturesOf,
  type TermClauses,
} from '../../../domain/matching/corpus.js';
import { storedFeatures, storedFeaturesLayout, type RecordFeatures, type StoredFeatures, type WeightedText } from '../../../domain/matching/features.js';
import type { CompiledGlossary } from '../../../domain/matching/glossary.js';
import type { MatcherSettings } from '../../../domain/matching/settings.js';
import type { MatchDemand, MatchOffer } from '../../../domain/matching/types.js';
import type { TextLanguage } from '../../../domain/text/tokenise.js';
import type { MatchScope } from './matcher.js';
import { heldFeatures, holdFeatures } from './held-features.js';
import * as repository from './matching.repository.js';
import { wordStatistics } from '../catalogue/word-statistics.repository.js';

/** The glossary a match runs with, and the version it was compiled from. */
export type VersionedGlossary = { version: string; glossary: CompiledGlossary };

const defaultCandidates = 200;
// Fewer terms or candidates lose relevant offers before re-ranking (dev set: 40 bigrams and
// 10 words gave nDCG@10 0.87, 100 candidates 0.79, against 0.89 with these).
const candidateBigrams = 60;
const candidateWords = 20;
// ts_rank over every match is the cost of fetching candidates: a term may fetch this share of
// the catalogue at most (never fewer rows than the floor), all the terms of a query together about this share.
const rowShare = { perTerm: 0.01, perQuery: 0.03 };
const rowFloor = { perTerm: 1_000, perQuery: 3_000 };
/**
 * Candidates of one kind: how they are fetched, their texts when these are to be read, how the
 * matcher sees them, and the fields they are ranked by.
 */
type CandidateKind<Ranking extends { id: string }, Texts, R> = {
  table: repository.MatchTable;
  fetch: repository.CandidateFetch<Ranking>;
  texts: repository.TextFetch<Texts>;
  unreadTexts: Texts;
  toRecord: (row: Ranking & Texts) => R;
  fields: (record: R, settings: MatcherSettings) => WeightedText[];
};

export const offerCandidates: CandidateKind<repository.OfferRanking, repository.OfferTexts, MatchOffer> = {
  table: 'offers',
  fetch: repository.candidateOffers,
  texts: repository.offerTexts,
  unreadTexts: repository.unreadOfferTexts,
  toRecord: repository.toMatchOffer,
  fields: offerDocumentFields,
};
export const expertCandidates: CandidateKind<repository.ExpertRanking, repository.ExpertTexts, MatchOffer> = {
  table: 'experts',
  fetch: repository.candidateExperts,
  texts: repository.expertTexts,
  unreadTexts: repository.unreadExpertTexts,
  toRecord: repository.toMatchExpert,
  fields: offerDocumentFields,
};
export const demandCandidates: CandidateKind<repository.DemandRanking, repository.DemandTexts, MatchDemand> = {
  table: 'demands',
  fetch: repository.candidateDemands,
  texts: repository.demandTexts,
  unreadTexts: repository.unreadDemandTexts,
  toRecord: repository.toMatchDemand,
  fields: demandDocumentFields,
};

/** What a record's stored features follow from besides its text: their layout, the glossary's version and the weights. */
const featureBasis = (glossaryVersion: string, settings: MatcherSettings) =>
  createHash('sha1')
    .update(JSON.stringify([storedFeaturesLayout, glossaryVersion, settings.documentFields, settings.expansion]))
    .digest('base64url');

/**
 * A query's candidates as the matcher sees them, and the features of each: those this process
 * holds (held-features.ts) or the table keeps of its current row, the others computed now and kept
 * for the next match. Tokenising a few hundred candidates was most of a match's time in Node, and
 * reading their texts most of the rest: a candidate with features is read without them, unless
 * embeddings are to compare texts.
 */
export async function candidatesFor<Ranking extends { id: string }, Texts, R extends { id: string; language: TextLanguage }>(
  db: Executor,
  kind: CandidateKind<Ranking, Texts, R>,
  query: RecordFeatures,
  scope: MatchScope,
  settings: MatcherSettings,
  glossary: VersionedGlossary,
): Promise<{ records: R[]; stored: StoredFeaturesOf }> {
  const basis = featureBasis(glossary.version, settings);
  const rows = await fetchCandidates(db, kind.table, query, scope, (tx, clauses, statuses, limit) => kind.fetch(tx, clauses, statuses, limit, basis));
  const features = await knownFeatures(db, kind.table, rows, basis);
  const toRead = new Set(rows.filter((row) => !features.has(row.id) || scope.embeddings).map((row) => row.id));
  const texts = new Map((await kind.texts(db, [...toRead])).map(({ id, ...rest }) => [id, rest as Texts]));
  const computed: repository.FeaturesToKeep[] = [];
  const records = rows.flatMap((row) => {
    // Deleted between the two reads: no longer a candidate, and no features to keep of it.
    if (toRead.has(row.id) && !texts.has(row.id)) return [];
    // In place: copying each row to add its texts took about a tenth of a re-match's time in Node.
    const record = kind.toRecord(Object.assign(row, texts.get(row.id) ?? kind.unreadTexts));
    if (!features.has(record.id)) {
      const computedFeatures = storedFeatures(kind.fields(record, settings), record.language, glossary.glossary, settings.expansion);
      computed.push({ recordId: record.id, source: row.source, basis, features: computedFeatures });
      features.set(record.id, computedFeatures);
    }
    return [record];
  });
  await repository.keepFeatures(db, kind.table, computed);
  holdFeatures(db, kind.table, computed);
  return { records, stored: (id) => features.get(id) };
}

/** The features of the candidates' current rows that this process holds or the table keeps; the others are to be computed. */
async function knownFeatures(db: Executor, table: repository.MatchTable, rows: Array<{ id: string } & repository.KeptFeatures>, basis: string) {
  const features = new Map<string, StoredFeatures>();
  for (const row of rows) {
    const held = heldFeatures(db, table, row.id, row.source, basis);
    if (held) features.set(row.id, held);
  }
  const sourceOf = new Map(rows.map((row) => [row.id, row.source]));
  const unheld = rows.filter((row) => row.kept && !features.has(row.id)).map((row) => row.id);
  // Rewritten between the two reads: the row's version decides, so those are computed again.
  const kept = (await repository.keptFeaturesOf(db, table, unheld, basis)).filter((entry) => entry.source === sourceOf.get(entry.recordId));
  holdFeatures(db, table, kept);
  for (const entry of kept) features.set(entry.recordId, entry.features);
  return features;
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
  const stats = await wordStatistics(db, table);
  const selective = selectiveTerms(terms, stats, rowBudgetFor(stats.rows, rowShare, rowFloor));
  const limit = scope.candidates ?? defaultCandidates;
  const found = new Map<string, Row>();
  for (const clauses of [selective.map((term) => [term]), ...fallbackClauses(terms)]) {
    for (const row of await fetch(db, clauses, scope.statuses, limit - found.size)) if (!found.has(row.id)) found.set(row.id, row);
    if (found.size >= Math.min(scope.limit, limit)) break;
  }
  return [...found.values()];
}
