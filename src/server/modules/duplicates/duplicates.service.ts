import type { Db } from '../../../db/client.js';
import type { DuplicateRecord } from '../../../domain/duplicates/duplicate-record.js';
import { findDuplicates } from '../../../domain/duplicates/find-duplicates.js';
import type { DuplicatePairList, DuplicatesQuery } from '../../../shared/duplicates/duplicates.schemas.js';
import type { Actor } from '../auth/actor.js';
import { authorizeDuplicateReview, canReviewPair } from './duplicates.policy.js';
import * as repo from './duplicates.repository.js';

const SHOWN_AT_MOST = 200;

/**
 * Likely duplicate pairs in the catalogue by the same method as `npm run cli -- duplicates`
 * (src/domain/duplicates), across connection points; each moderator sees the pairs with a record
 * in their provinces, best score first.
 */
export async function likelyDuplicates(db: Db, actor: Actor, query: DuplicatesQuery): Promise<DuplicatePairList> {
  const provinces = authorizeDuplicateReview(actor);
  const rows = query.type === 'offer' ? await repo.offersToCompare(db) : await repo.demandsToCompare(db);
  const records: DuplicateRecord[] = rows.map((r) => ({
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
  }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const side = (id: string) => {
    const r = byId.get(id)!;
    return { id: r.id, title: r.title, status: r.status, provinceCode: r.provinceCode, updatedAt: r.updatedAt };
  };
  const items = findDuplicates(records)
    .map((pair) => ({ pair, a: side(pair.a), b: side(pair.b) }))
    .filter(({ a, b }) => canReviewPair(provinces, a, b))
    .slice(0, SHOWN_AT_MOST)
    .map(({ pair, a, b }) => ({ score: Math.round(pair.score * 1000) / 1000, a, b, ...pair.explanation }));
  return { items, compared: records.length };
}
