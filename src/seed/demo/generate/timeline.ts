import type { DemandStatus, OfferStatus } from '../data/catalogue-types.js';
import { addDays, type Random } from './random.js';

/** Dates of a record as its status implies; published records spread over 2024–2026. */
export type Timeline = { createdAt: Date; submittedAt: Date | null; publishedAt: Date | null };

const firstPublication = new Date('2024-01-08T02:00:00Z');
const lastPublication = new Date('2026-11-16T09:00:00Z');
const recentStart = new Date('2026-08-20T01:00:00Z');
const recentEnd = new Date('2026-11-20T10:00:00Z');

type Stage = 'published' | 'archived' | 'submitted' | 'returned' | 'draft';

export function timelineFor(random: Random, stage: Stage): Timeline {
  if (stage === 'published' || stage === 'archived') {
    const publishedAt = stage === 'archived' ? random.date(firstPublication, new Date('2024-12-20T00:00:00Z')) : random.date(firstPublication, lastPublication);
    const submittedAt = addDays(publishedAt, -random.int(1, 10));
    return { createdAt: addDays(submittedAt, -random.int(1, 25)), submittedAt, publishedAt };
  }
  const createdAt = random.date(recentStart, recentEnd);
  if (stage === 'draft') return { createdAt, submittedAt: null, publishedAt: null };
  return { createdAt, submittedAt: addDays(createdAt, random.int(0, 3) / 2), publishedAt: null };
}

const offerWeights: [OfferStatus, number][] = [
  ['published', 0.8],
  ['submitted', 0.08],
  ['draft', 0.05],
  ['returned', 0.04],
  ['archived', 0.03],
];

const demandWeights: [DemandStatus, number][] = [
  ['open', 0.55],
  ['connecting', 0.12],
  ['fulfilled', 0.05],
  ['closed', 0.03],
  ['submitted', 0.13],
  ['draft', 0.07],
  ['returned', 0.05],
];

function weighted<T>(random: Random, weights: [T, number][]): T {
  let roll = random.next();
  for (const [value, weight] of weights) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return weights[0][0];
}

export const offerStatus = (random: Random) => weighted(random, offerWeights);
export const demandStatus = (random: Random) => weighted(random, demandWeights);

/** The timeline stage of a demand status: open, connecting, fulfilled and closed were all published once. */
export function demandStage(status: DemandStatus): Stage {
  if (status === 'draft' || status === 'submitted' || status === 'returned') return status;
  return status === 'closed' ? 'archived' : 'published';
}

export const offerReturnReasons = [
  'Đề nghị bổ sung thông số kỹ thuật chính và căn cứ xác định mức độ sẵn sàng công nghệ (TRL).',
  'Phần mô tả chưa nêu rõ hình thức chuyển giao và giá chào; đề nghị hoàn thiện trước khi công bố.',
  'Đề nghị bổ sung tài liệu chứng minh quyền sở hữu công nghệ (văn bằng bảo hộ hoặc hợp đồng).',
  'Tiêu đề còn chung chung, đề nghị nêu cụ thể sản phẩm và quy mô áp dụng.',
];

export const demandReturnReasons = [
  'Đề nghị chuyển thông tin chi phí và quy trình nội bộ sang phần thông tin bảo mật.',
  'Đề nghị bổ sung chỉ tiêu kỹ thuật cụ thể mà doanh nghiệp mong muốn đạt được.',
  'Nhu cầu trùng với phiếu đã gửi trước đó; đề nghị gộp lại thành một phiếu.',
];

type Queued = { status: string; provinceCode: string | null };

/**
 * Sends published records of a connection point's provinces back to moderation until its queue
 * holds `minimum`, so that the demo staff account of that point has work waiting.
 */
export function ensureQueue<T extends Queued>(
  records: T[],
  provinces: readonly string[],
  minimum: number,
  eligible: (record: T) => boolean,
  toSubmitted: (record: T) => T,
): T[] {
  const inScope = (r: T) => provinces.includes(r.provinceCode ?? '');
  let waiting = records.filter((r) => r.status === 'submitted' && inScope(r)).length;
  return records.map((r) => {
    if (waiting >= minimum || !inScope(r) || !eligible(r) || !['published', 'open'].includes(r.status)) return r;
    waiting += 1;
    return toSubmitted(r);
  });
}
