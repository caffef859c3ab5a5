import { and, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { demandMatchFeatures, demands, expertMatchFeatures, experts, glossaryTerms, offerMatchFeatures, offers } from '../../../db/schema/index.js';
import { matchesAsPrefix, type TermClauses } from '../../../domain/matching/corpus.js';
import type { StoredFeatures } from '../../../domain/matching/features.js';
import type { GlossaryTerm, MatchDemand, MatchOffer } from '../../../domain/matching/types.js';
import { recordColumns, type RecordRow } from '../catalogue/catalogue.repository.js';

const offerColumns = recordColumns(offers);
const demandColumns = recordColumns(demands);
const expertColumns = recordColumns(experts);

export type OfferRow = RecordRow<typeof offers>;
export type DemandRow = RecordRow<typeof demands>;
export type ExpertRow = RecordRow<typeof experts>;

const pick = <T extends object, K extends keyof T>(all: T, keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, all[key]])) as Pick<T, K>;

// A match reads a few hundred candidates: only the columns the matcher sees (the to-Match
// functions below) are fetched, not contact details or the catalogue's search columns. What it
// compares besides words (ranking columns) is read with every candidate; the texts only when
// they are to be tokenised (see candidates and candidateTexts).
const offerRankingColumns = pick(offerColumns, ['id', 'language', 'sectorCode', 'vsicSections', 'fieldCodes', 'trl', 'priceVnd', 'country']);
const offerTextColumns = pick(offerColumns, ['title', 'translatedTitle', 'summary', 'translatedSummary', 'description', 'keywords']);
const demandRankingColumns = pick(demandColumns, ['id', 'language', 'sectorCode', 'vsicSections', 'fieldCodes', 'minTrl', 'budgetMaxVnd', 'seekAbroad']);
const demandTextColumns = pick(demandColumns, ['title', 'translatedTitle', 'publicSummary', 'keywords']);
const expertRankingColumns = pick(expertColumns, ['id', 'language', 'fieldCodes', 'country']);
const expertTextColumns = pick(expertColumns, ['services', 'bio', 'keywords']);

type Picked<Row, Columns> = Pick<Row, Extract<keyof Columns, keyof Row>>;
export type OfferTexts = Picked<OfferRow, typeof offerTextColumns>;
export type DemandTexts = Picked<DemandRow, typeof demandTextColumns>;
export type ExpertTexts = Picked<ExpertRow, typeof expertTextColumns>;
export type OfferRanking = Picked<OfferRow, typeof offerRankingColumns>;
export type DemandRanking = Picked<DemandRow, typeof demandRankingColumns>;
export type ExpertRanking = Picked<ExpertRow, typeof expertRankingColumns>;
export type OfferMatchRow = OfferRanking & OfferTexts;
export type DemandMatchRow = DemandRanking & DemandTexts;
export type ExpertMatchRow = ExpertRanking & ExpertTexts;

/**
 * The texts of a candidate ranked by its kept features: the matcher compares those features, so
 * it never reads these (see candidatesFor).
 */
export const unreadOfferTexts: OfferTexts = { title: '', translatedTitle: null, summary: '', translatedSummary: null, description: null, keywords: [] };
export const unreadDemandTexts: DemandTexts = { title: '', translatedTitle: null, publicSummary: null, keywords: [] };
export const unreadExpertTexts: ExpertTexts = { services: [], bio: null, keywords: [] };

const language = (value: string) => (value === 'en' ? 'en' : 'vi');
const joined = (...parts: Array<string | null>) => parts.filter(Boolean).join('. ');
const sectorsOf = (row: { sectorCode: string | null; vsicSections: string[] }) => [
  ...new Set([...(row.sectorCode ? [row.sectorCode] : []), ...row.vsicSections]),
];

/** An offer as the matcher sees it; a translation, when present, is searched with the original. */
export function toMatchOffer(row: OfferMatchRow): MatchOffer {
  return {
    id: row.id,
    language: language(row.language),
    title: joined(row.title, row.translatedTitle),
    summary: joined(row.summary, row.translatedSummary),
    description: row.description ?? '',
    keywords: row.keywords,
    sectorCodes: sectorsOf(row),
    fieldCodes: row.fieldCodes,
    trl: row.trl,
    priceVnd: row.priceVnd,
    country: row.country,
  };
}

/** A demand as the matcher sees it: public parts only, so a match never reveals confidential details. */
export function toMatchDemand(row: DemandMatchRow): MatchDemand {
  return {
    id: row.id,
    language: language(row.language),
    title: joined(row.title, row.translatedTitle),
    description: row.publicSummary ?? '',
    keywords: row.keywords,
    sectorCodes: sectorsOf(row),
    fieldCodes: row.fieldCodes,
    minTrl: row.minTrl,
    budgetVnd: row.budgetMaxVnd,
    seekAbroad: row.seekAbroad,
  };
}

/**
 * An expert as the matcher sees it: what they work on (keywords, services, biography) and
 * their fields; no TRL or price. The name is left out: it says nothing about a technology.
 */
export function toMatchExpert(row: ExpertMatchRow): MatchOffer {
  return {
    id: row.id,
    language: language(row.language),
    title: '',
    summary: row.services.join('. '),
    description: row.bio ?? '',
    keywords: row.keywords,
    sectorCodes: [],
    fieldCodes: row.fieldCodes,
    trl: null,
    priceVnd: null,
    country: row.country,
  };
}

export async function listGlossaryTerms(db: Executor): Promise<GlossaryTerm[]> {
  return db.select({ vi: glossaryTerms.vi, en: glossaryTerms.en }).from(glossaryTerms);
}

/** Version key of the glossary: any edit changes it, so a compiled glossary can be cached. */
export async function glossaryVersion(db: Executor): Promise<string> {
  const [row] = await db.select({ n: sql<number>`count(*)::int`, at: sql<string>`coalesce(max(${glossaryTerms.updatedAt})::text, '')` }).from(glossaryTerms);
  return `${row.n}@${row.at}`;
}

export async function findOffer(db: Executor, id: string): Promise<OfferRow | null> {
  const [row] = await db.select(offerColumns).from(offers).where(eq(offers.id, id));
  return row ?? null;
}

export async function findOffers(db: Executor, ids: string[]): Promise<OfferRow[]> {
  return ids.length ? db.select(offerColumns).from(offers).where(inArray(offers.id, ids)) : [];
}

export async function findDemands(db: Executor, ids: string[]): Promise<DemandRow[]> {
  return ids.length ? db.select(demandColumns).from(demands).where(inArray(demands.id, ids)) : [];
}

/** A demand by its id or, failing that, by the external id it was imported with. */
export async function findDemandByReference(db: Executor, reference: string): Promise<DemandRow | null> {
  const byExternal = await db.select(demandColumns).from(demands).where(eq(demands.externalId, reference));
  if (byExternal[0]) return byExternal[0];
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reference);
  return isUuid ? findDemand(db, reference) : null;
}

export async function findExpert(db: Executor, id: string): Promise<ExpertRow | null> {
  const [row] = await db.select(expertColumns).from(experts).where(eq(experts.id, id));
  return row ?? null;
}

export async function findExperts(db: Executor, ids: string[]): Promise<ExpertRow[]> {
  return ids.length ? db.select(expertColumns).from(experts).where(inArray(experts.id, ids)) : [];
}

export async function findDemand(db: Executor, id: string): Promise<DemandRow | null> {
  const [row] = await db.select(demandColumns).from(demands).where(eq(demands.id, id));
  return row ?? null;
}

/** At most this many matching rows are ranked, whatever the statistics promised of the terms. */
const MAX_RANKED_ROWS = 2_000;

/**
 * A candidate's row version (`xmin`: any update of the record changes it) and whether the
 * features kept of it (see matchFeaturesOf) were computed from that version for `basis`; the
 * features themselves are read apart (keptFeaturesOf), only for those this process does not hold.
 */
export type KeptFeatures = { source: string; kept: boolean };

const fromBase64 = (value: string) => Buffer.from(value, 'base64');
const toBase64 = (features: StoredFeatures) => Buffer.from(features.buffer, features.byteOffset, features.byteLength).toString('base64');

/**
 * A kind's table, the features kept of its records and the columns the matcher reads, typed as
 * those of offers: Drizzle cannot build a query over a union of tables, and what the candidate
 * query uses (id, status, search vector, xmin) the three share.
 */
const candidateSources = {
  offers: { records: offers, kept: offerMatchFeatures, ranking: offerRankingColumns, texts: offerTextColumns },
  demands: {
    records: demands as unknown as typeof offers,
    kept: demandMatchFeatures,
    ranking: demandRankingColumns as unknown as typeof offerRankingColumns,
    texts: demandTextColumns as unknown as typeof offerTextColumns,
  },
  experts: {
    records: experts as unknown as typeof offers,
    kept: expertMatchFeatures,
    ranking: expertRankingColumns as unknown as typeof offerRankingColumns,
    texts: expertTextColumns as unknown as typeof offerTextColumns,
  },
};

/**
 * The ids of the `limit` rows whose search document matches best (`ts_rank`), among at most
 * MAX_RANKED_ROWS matches. Ranked as ids alone: a common word matches thousands of rows, and
 * sorting whole rows copies each of them.
 */
function bestMatches(table: typeof offers | typeof demands | typeof experts, query: SQL, statuses: string[], limit: number) {
  const matching = sql`select ${table.id} as id, ${table.searchVector} as document from ${table}
    where ${and(inArray(table.status, statuses), sql`${table.searchVector} @@ ${query}`)} limit ${MAX_RANKED_ROWS}`;
  return sql`(select id from (${matching}) matching order by ts_rank(document, ${query}) desc, id limit ${limit})`;
}

function keptColumns(records: typeof offers, kept: typeof offerMatchFeatures, basis: string) {
  const source = sql`${records}.xmin::text`;
  return {
    source: source.mapWith(String),
    kept: sql<boolean>`coalesce(${kept.source} = ${source} and ${kept.basis} = ${basis}, false)`.mapWith(Boolean),
  };
}

/**
 * Candidates for a query: full-text search over the folded search document, best `ts_rank`
 * first, each with its ranking columns and the features kept of it for `basis`. Any clause may
 * match, all the folded terms of a clause must (the matcher re-ranks).
 */
async function candidates<Row>(
  db: Executor,
  table: MatchTable,
  clauses: TermClauses,
  statuses: string[],
  limit: number,
  basis: string,
): Promise<Array<Row & KeptFeatures>> {
  const query = toTsQuery(clauses);
  if (!query) return [];
  const { records, kept, ranking } = candidateSources[table];
  return db
    .select({ ...ranking, ...keptColumns(records, kept, basis) })
    .from(records)
    .leftJoin(kept, eq(kept.recordId, records.id))
    .where(inArray(records.id, bestMatches(records, query, statuses, limit))) as unknown as Promise<Array<Row & KeptFeatures>>;
}

/**
 * Values bound as one array parameter: a match reads or keeps the features of up to a few hundred
 * candidates, and a parameter per value cost more to build in Node and to bind than the statement.
 */
const boundArray = (values: string[], type: 'uuid' | 'text') => sql`${sql.param(values)}::${sql.raw(type)}[]`;

/** `id = any(ids)`, the ids bound as one array (see boundArray). */
const isAnyOf = (column: AnyColumn, ids: string[]) => sql`${column} = any(${boundArray(ids, 'uuid')})`;

/** Fetches a kind's candidates for a query (see candidates). */
export type CandidateFetch<Row> = (db: Executor, clauses: TermClauses, statuses: string[], limit: number, basis: string) => Promise<Array<Row & KeptFeatures>>;

export const candidateOffers: CandidateFetch<OfferRanking> = (db, ...query) => candidates(db, 'offers', ...query);
export const candidateDemands: CandidateFetch<DemandRanking> = (db, ...query) => candidates(db, 'demands', ...query);
export const candidateExperts: CandidateFetch<ExpertRanking> = (db, ...query) => candidates(db, 'experts', ...query);

/**
 * The texts of some of a kind's records, by id: what the matcher tokenises (see candidates). Not
 * findDemands and its kin: those read whole rows, a demand's confidential details and contacts included.
 */
export type TextFetch<Texts> = (db: Executor, ids: string[]) => Promise<Array<Texts & { id: string }>>;

async function candidateTexts<Texts>(db: Executor, table: MatchTable, ids: string[]): Promise<Array<Texts & { id: string }>> {
  if (ids.length === 0) return [];
  const { records, texts } = candidateSources[table];
  return db
    .select({ id: records.id, ...texts })
    .from(records)
    .where(isAnyOf(records.id, ids)) as unknown as Promise<Array<Texts & { id: string }>>;
}

export const offerTexts: TextFetch<OfferTexts> = (db, ids) => candidateTexts(db, 'offers', ids);
export const demandTexts: TextFetch<DemandTexts> = (db, ids) => candidateTexts(db, 'demands', ids);
export const expertTexts: TextFetch<ExpertTexts> = (db, ids) => candidateTexts(db, 'experts', ids);

export type FeaturesToKeep = { recordId: string; source: string; basis: string; features: StoredFeatures };

/** The features kept of some of a kind's records for `basis`, with the row version each was computed from. */
export async function keptFeaturesOf(db: Executor, table: MatchTable, ids: string[], basis: string): Promise<FeaturesToKeep[]> {
  if (ids.length === 0) return [];
  const kept = candidateSources[table].kept;
  const rows = await db
    .select({ recordId: kept.recordId, source: kept.source, basis: kept.basis, features: kept.features })
    .from(kept)
    .where(and(isAnyOf(kept.recordId, ids), eq(kept.basis, basis)));
  return rows.map((row) => ({ ...row, features: fromBase64(row.features) }));
}

/**
 * Keeps records' features in place of what was kept of them. In the order of their ids, so that two
 * matches keeping features of the same records at once lock them in the same order. Each column is
 * one bound array (see boundArray), unnested in the table's column order.
 */
export async function keepFeatures(db: Executor, table: MatchTable, rows: FeaturesToKeep[]) {
  if (rows.length === 0) return;
  const target = candidateSources[table].kept;
  const sorted = [...rows].sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
  const texts = (value: (row: FeaturesToKeep) => string) => boundArray(sorted.map(value), 'text');
  const ids = boundArray(
    sorted.map((row) => row.recordId),
    'uuid',
  );
  await db
    .insert(target)
    .select(sql`select * from unnest(${ids}, ${texts((row) => row.source)}, ${texts((row) => row.basis)}, ${texts((row) => toBase64(row.features))})`)
    .onConflictDoUpdate({ target: target.recordId, set: { source: sql`excluded.source`, basis: sql`excluded.basis`, features: sql`excluded.features` } });
}

export type MatchTable = 'offers' | 'demands' | 'experts';

/**
 * `nuoc <-> mam | dryer:* & say` over the 'simple' configuration, bound as one parameter: a term
 * of two words is a phrase; long words match by prefix (see matchesAsPrefix); the terms of a
 * clause are joined by `&`, the clauses by `|`.
 */
function toTsQuery(clauses: TermClauses): SQL | null {
  const word = (w: string) => (matchesAsPrefix(w) ? `${w}:*` : w);
  const phrase = (term: string) => {
    const words = term.split(' ').map((w) => w.replace(/[^a-z0-9]/g, ''));
    // A phrase that lost a word ("m³ nuoc" → "nuoc") is no longer the selective term chosen.
    return words.every((w) => w.length > 1) ? words.map(word).join(' <-> ') : null;
  };
  const parts = clauses
    .map((terms) => terms.map(phrase))
    .filter((phrases): phrases is string[] => phrases.length > 0 && phrases.every((p) => p !== null))
    .map((phrases) => (phrases.length === 1 ? phrases[0] : `(${phrases.join(' & ')})`));
  if (parts.length === 0) return null;
  return sql`to_tsquery('simple'::regconfig, ${[...new Set(parts)].join(' | ')})`;
}
