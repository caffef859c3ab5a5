import type { Db } from '../../../db/client.js';
import type { DuplicateRecord } from '../../../domain/duplicates/duplicate-record.js';
import { findDuplicates } from '../../../domain/duplicates/find-duplicates.js';
import { fetchSets, probeWords, type WordCounts } from '../../../domain/duplicates/probe-words.js';
import type { DuplicateCheckBody, DuplicateCheckResult, DuplicatePairList, DuplicatesQuery } from '../../../shared/duplicates/duplicates.schemas.js';
import type { KeyKind } from '../../keyset-page.repository.js';
import { sortedPage } from '../../sorted-page.js';
import { statisticsMemo } from '../../database-memo.js';
import type { Actor } from '../auth/actor.js';
import { authorizeDuplicateReview, canReviewPair, visibleToWriter } from './duplicates.policy.js';
import { distinctPairKeys, pairKey } from './duplicate-merge.repository.js';
import * as repo from './duplicates.repository.js';

/** Best score first (as shown, to the thousandth), then the two ids: a stable order for the pages. */
const pairOrder = {
  kinds: ['integer', 'uuid', 'uuid'] as KeyKind[],
  key: (p: { score: number; a: { id: string }; b: { id: string } }) => [Math.round(p.score * 1000), p.a.id, p.b.id],
  compare: (x: unknown[], y: unknown[]) =>
    (y[0] as number) - (x[0] as number) || (x[1] as string).localeCompare(y[1] as string) || (x[2] as string).localeCompare(y[2] as string),
};

/**
 * Likely duplicate pairs in the catalogue by the same method as `npm run cli -- duplicates`
 * (src/domain/duplicates), across connection points; each moderator sees the pairs with a record
 * in their provinces, best score first, a page at a time with the count of every pair left to review
 * (a work queue: each pair is merged or marked distinct, so none may fall past a cap).
 */
export async function likelyDuplicates(db: Db, actor: Actor, query: DuplicatesQuery): Promise<DuplicatePairList> {
  const provinces = authorizeDuplicateReview(actor);
  const rows = query.type === 'offer' ? await repo.offersToCompare(db) : await repo.demandsToCompare(db);
  const records = rows.map(toDuplicateRecord);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const side = (id: string) => sideOf(byId.get(id)!);
  const distinct = await distinctPairKeys(db, query.type);
  const items = findDuplicates(records)
    .filter((pair) => !distinct.has(pairKey(pair.a, pair.b)))
    .map((pair) => ({ pair, a: side(pair.a), b: side(pair.b) }))
    .filter(({ a, b }) => canReviewPair(provinces, a, b))
    .map(({ pair, a, b }) => ({ score: Math.round(pair.score * 1000) / 1000, a, b, ...pair.explanation }));
  return { ...sortedPage(items, pairOrder, query), compared: records.length };
}

type CompareRow = Awaited<ReturnType<typeof repo.offersToCompare>>[number];

const sideOf = (r: CompareRow) => ({ id: r.id, title: r.title, status: r.status, provinceCode: r.provinceCode, updatedAt: r.updatedAt });

function toDuplicateRecord(r: CompareRow): DuplicateRecord {
  return {
    externalId: r.id,
    title: r.title,
    language: r.language === 'en' ? 'en' : 'vi',
    summary: r.summary,
    description: r.description,
    keywords: r.keywords,
    sectorCode: r.sectorCode,
    fieldCodes: r.fieldCodes,
    ownerName: r.ownerName,
    province: r.provinceCode,
    country: r.country,
    trl: r.trl,
    priceVnd: r.priceVnd,
  };
}

const DRAFT_ID = 'draft';

/**
 * A record being written is compared with the catalogue's records that share two of its rarest
 * words (see probeWords), fetched through the search documents' GIN index and ranked there by how
 * telling the words they share are: the best few are scored by the method, the whole catalogue is
 * never read.
 */
const CANDIDATES = 20;
/** Of a long description, the opening is enough to find the records it copies. */
const DESCRIPTION_READ = 1_500;
/** The planner's word statistics change only with ANALYZE: read them again after this long. */
const WORD_COUNTS_SECONDS = 600;

const wordCounts = statisticsMemo<WordCounts>(WORD_COUNTS_SECONDS * 1000);
const wordCountsOf = (db: Db, type: 'offer' | 'demand') => wordCounts(db, type, () => repo.wordCounts(db, type));

/**
 * The records of the catalogue that the one being written likely duplicates, by the same method,
 * for the person entering it: published ones (anyone may see those) and, for moderators, those
 * waiting in their provinces too.
 */
export async function checkRecord(db: Db, actor: Actor, body: DuplicateCheckBody): Promise<DuplicateCheckResult> {
  const [titleWords = [], otherWords = []] = await repo.foldedWords(db, [
    [body.title, ...(body.keywords ?? [])].join(' '),
    [body.summary ?? '', (body.description ?? '').slice(0, DESCRIPTION_READ)].join(' '),
  ]);
  const counts = await wordCountsOf(db, body.type);
  const words = probeWords(titleWords, otherWords, counts);
  const rows = (await repo.candidatesByWords(db, body.type, words, fetchSets(words, counts.rows), CANDIDATES)).filter(
    (r) => r.id !== body.id && visibleToWriter(actor, r),
  );
  const draft: DuplicateRecord = {
    externalId: DRAFT_ID,
    title: body.title,
    summary: body.summary ?? null,
    description: body.description ?? null,
    keywords: body.keywords ?? [],
    sectorCode: body.sectorCode ?? null,
    province: body.provinceCode ?? null,
    trl: body.trl ?? null,
    priceVnd: body.priceVnd ?? null,
  };
  const byId = new Map(rows.map((r) => [r.id, r]));
  // A record being edited is not warned of those a moderator judged different from it.
  const distinct = body.id ? await distinctPairKeys(db, body.type, [body.id]) : new Set<string>();
  const other = (pair: { a: string; b: string }) => (pair.a === DRAFT_ID ? pair.b : pair.a);
  const items = findDuplicates([draft, ...rows.map(toDuplicateRecord)], { involving: DRAFT_ID })
    .filter((pair) => !body.id || !distinct.has(pairKey(body.id, other(pair))))
    .slice(0, 5)
    .map((pair) => ({
      score: Math.round(pair.score * 1000) / 1000,
      record: sideOf(byId.get(other(pair))!),
      agree: pair.explanation.agree,
    }));
  return { items };
}

/** Imported records' likely duplicates listed in the import report, at most this many. */
const REPORTED_AT_MOST = 200;

/**
 * The likely duplicates of records just written (an import), against the whole catalogue by the
 * same method: for each pair, the written record and the other one, best score first. The other
 * records are those the importer may see (public ones, and waiting ones of their provinces);
 * `actor` null is the operator at the command line, who sees all. Pairs judged distinct are left out.
 */
export async function duplicatesOfWritten(db: Db, actor: Actor | null, type: 'offer' | 'demand', writtenIds: string[]) {
  if (writtenIds.length === 0) return [];
  const written = new Set(writtenIds);
  const rows = type === 'offer' ? await repo.offersToCompare(db) : await repo.demandsToCompare(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const distinct = await distinctPairKeys(db, type, writtenIds);
  const seen = (r: CompareRow) => !actor || written.has(r.id) || visibleToWriter(actor, r);
  return findDuplicates(rows.filter(seen).map(toDuplicateRecord))
    .filter((pair) => (written.has(pair.a) || written.has(pair.b)) && !distinct.has(pairKey(pair.a, pair.b)))
    .slice(0, REPORTED_AT_MOST)
    .map((pair) => {
      const [mine, other] = written.has(pair.a) ? [pair.a, pair.b] : [pair.b, pair.a];
      return { id: mine, score: Math.round(pair.score * 1000) / 1000, duplicateOf: sideOf(byId.get(other)!) };
    });
}
