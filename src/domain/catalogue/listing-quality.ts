import { fold } from '../text/fold.js';

/**
 * How far a listing answers what industry asks before it calls (the top reason a listing is
 * passed over: no clear problem, no quantified advantage). Six items, 20 points; each item short
 * of its maximum gives the writer one concrete prompt.
 */
export const qualityItems = ['problem', 'advantage', 'economics', 'maturity', 'rights', 'clarity'] as const;
export type QualityItem = (typeof qualityItems)[number];
export const qualityMaxima: Record<QualityItem, number> = { problem: 4, advantage: 4, economics: 3, maturity: 3, rights: 3, clarity: 3 };
export const QUALITY_MAX = 20;
/** A listing below this, or with an item at zero, is worth improving before publication. */
export const QUALITY_THRESHOLD = 10;

export type ListingText = {
  kind: 'offer' | 'demand';
  title: string;
  /** Everything the writer said about it: summary and description, or a demand's public and confidential parts. */
  text: string;
  keywords: readonly string[];
  /** An offer's price, a demand's budget (either end). */
  amountVnd: number | null;
  /** An offer's TRL, a demand's minimum TRL. */
  trl: number | null;
  /** A demand's deadline. */
  deadline?: string | null;
  ipStatus?: string | null;
  ipNumbers?: readonly string[];
  /** Forms of transfer offered or preferred. */
  transferForms: readonly string[];
};

export type ListingQuality = { score: number; items: Record<QualityItem, number>; missing: QualityItem[]; publishable: boolean };

// Folded (no diacritics, lower case), so "giảm" and "giam" both count.
const problemWords =
  /\b(can|yeu cau|giai quyet|khac phuc|van de|kho khan|han che|thay the|nhu cau|can tim|muon|problem|solve|issue|challenge|replace|need|require|bottleneck)\b/;
const comparisonWords =
  /\b(so voi|tu .{1,40} xuong|tu .{1,40} len|giam|tang|nhanh hon|re hon|tiet kiem|thay vi|compared|than|from .{1,40} to|reduce|increase|save|faster|cheaper|instead of)\b/;
const figure =
  /\d+([.,]\d+)?\s*(%|phan tram|lan|x\b|times|thang|ngay|gio|nam|tan|kg|m3|kwh|trieu|ty|dong|vnd|usd|percent|months?|days?|hours?|years?|tonnes?|tons?)/;
const scaleWords = /\b(cong suat|quy mo|san luong|tan\/|m3\/|\/ngay|\/nam|moi ngay|moi nam|capacity|scale|per day|per year|a day|a year|throughput)\b/;
const provenWords = /\b(thu nghiem|trien khai|ung dung tai|thuong mai|san xuat thu|pilot|deployed|commercial|field trial|in use at)\b/;

const points = (conditions: boolean[], each: number[]) => conditions.reduce((sum, met, i) => sum + (met ? each[i]! : 0), 0);

/** The score out of 20 of a listing as written, with the items it misses. */
export function listingQuality(listing: ListingText): ListingQuality {
  const text = fold(`${listing.title} ${listing.text}`);
  const length = listing.text.trim().length;
  const items: Record<QualityItem, number> = {
    problem: points([problemWords.test(text), length >= 80, length >= 200], [2, 1, 1]),
    advantage: points([figure.test(text), comparisonWords.test(text)], [2, 2]),
    economics: points([listing.amountVnd !== null && listing.amountVnd > 0, scaleWords.test(text)], [2, 1]),
    maturity:
      listing.kind === 'offer' ? points([listing.trl !== null, provenWords.test(text)], [2, 1]) : points([listing.trl !== null, !!listing.deadline], [2, 1]),
    rights:
      listing.kind === 'offer'
        ? points(
            [
              !!listing.ipStatus,
              (listing.ipNumbers?.length ?? 0) > 0 || listing.ipStatus === 'know-how' || listing.ipStatus === 'none',
              listing.transferForms.length > 0,
            ],
            [1, 1, 1],
          )
        : points(
            [listing.transferForms.length > 0, listing.transferForms.length > 1 || /\b(chuyen giao|license|li xang|mua dut|lien doanh)\b/.test(text)],
            [2, 1],
          ),
    clarity: points(
      [
        listing.title.trim().length >= 15 && listing.title.trim().length <= 150 && listing.title !== listing.title.toUpperCase(),
        length >= 150,
        listing.keywords.length >= 3,
      ],
      [1, 1, 1],
    ),
  };
  const score = qualityItems.reduce((sum, item) => sum + Math.min(items[item], qualityMaxima[item]), 0);
  const missing = qualityItems.filter((item) => items[item] < qualityMaxima[item]);
  return { score, items, missing, publishable: meetsThreshold({ score, items }, QUALITY_THRESHOLD) };
}

/**
 * Whether a listing may be published under a threshold `minScore` (a setting, QUALITY_THRESHOLD by
 * default): at least that score and no item at zero.
 */
export function meetsThreshold(quality: Pick<ListingQuality, 'score' | 'items'>, minScore: number): boolean {
  return quality.score >= minScore && qualityItems.every((item) => quality.items[item] > 0);
}

/** What a return by the publication threshold says: kind, score, threshold and the items missing. */
export type QualityReturn = { kind: 'offer' | 'demand'; score: number; threshold: number; missing: QualityItem[] };

const REASON_PREFIX = 'listing-quality';

/** The return reason the threshold writes, `listing-quality:<kind>:<score>:<threshold>:<item,item>`, read back by `parseQualityReturn`. */
export function qualityReturnReason({ kind, score, threshold, missing }: QualityReturn): string {
  return [REASON_PREFIX, kind, score, threshold, missing.join(',')].join(':');
}

/** A return reason written by the threshold, or null for a moderator's own words. */
export function parseQualityReturn(reason: string): QualityReturn | null {
  const [prefix, kind, score, threshold, missing, ...rest] = reason.split(':');
  if (prefix !== REASON_PREFIX || (kind !== 'offer' && kind !== 'demand') || missing === undefined || rest.length) return null;
  if (!/^\d+$/.test(score ?? '') || !/^\d+$/.test(threshold ?? '')) return null;
  const items = missing ? missing.split(',') : [];
  if (!items.every((item): item is QualityItem => (qualityItems as readonly string[]).includes(item))) return null;
  return { kind, score: Number(score), threshold: Number(threshold), missing: items };
}
