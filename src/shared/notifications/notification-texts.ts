import type { Language } from '../i18n/language.js';

export const notificationKinds = [
  'match.strong',
  'match.summary',
  'connection.requested',
  'connection.accepted',
  'connection.declined',
  'connection.stage',
  'connection.message',
  'connection.stalled',
  'foreign-offer.linked',
  'catalogue.expiring',
  'saved-search.digest',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

type Params = Record<string, string | number | null | undefined>;
const s = (value: unknown) => (value === null || value === undefined ? '' : String(value));
/** 2026-07-31 → 31/07/2026, as dates are written in Vietnamese. */
const viDate = (value: unknown) => s(value).split('-').reverse().join('/');

/** One sentence per kind, in both languages; used by the web client and by e-mail copies alike. */
export const notificationTexts: Record<NotificationKind, Record<Language, (p: Params) => string>> = {
  'match.strong': {
    vi: (p) => `Có kết quả phù hợp mới (${s(p.score)}/100) cho "${s(p.title)}".`,
    en: (p) => `A new strong match (${s(p.score)}/100) for "${s(p.title)}".`,
  },
  'match.summary': {
    vi: (p) =>
      Number(p.records) > 1
        ? `Có ${s(p.count)} kết quả phù hợp mới cho ${s(p.records)} bản ghi, trong đó "${s(p.title)}".`
        : `Có ${s(p.count)} kết quả phù hợp mới cho "${s(p.title)}".`,
    en: (p) =>
      Number(p.records) > 1
        ? `${s(p.count)} new strong matches for ${s(p.records)} records, among them "${s(p.title)}".`
        : `${s(p.count)} new strong matches for "${s(p.title)}".`,
  },
  'connection.requested': {
    vi: (p) => `${s(p.by)} đề nghị kết nối: "${s(p.title)}".`,
    en: (p) => `${s(p.by)} asks to connect: "${s(p.title)}".`,
  },
  'connection.accepted': {
    vi: (p) => `Đề nghị kết nối "${s(p.title)}" đã được chấp nhận.`,
    en: (p) => `The connection request "${s(p.title)}" was accepted.`,
  },
  'connection.declined': {
    vi: (p) => `Đề nghị kết nối "${s(p.title)}" đã bị từ chối.`,
    en: (p) => `The connection request "${s(p.title)}" was declined.`,
  },
  'connection.stage': {
    vi: (p) => `Kết nối "${s(p.title)}" chuyển sang giai đoạn: ${s(p.stageVi)}.`,
    en: (p) => `The connection "${s(p.title)}" moved to: ${s(p.stageEn)}.`,
  },
  'connection.message': {
    vi: (p) => `${s(p.by)} gửi tin nhắn trong kết nối "${s(p.title)}".`,
    en: (p) => `${s(p.by)} wrote in the connection "${s(p.title)}".`,
  },
  'connection.stalled': {
    vi: (p) => `Kết nối "${s(p.title)}" không có hoạt động ${s(p.days)} ngày và được đánh dấu tạm ngưng.`,
    en: (p) => `The connection "${s(p.title)}" had no activity for ${s(p.days)} days and is marked stalled.`,
  },
  'foreign-offer.linked': {
    vi: (p) => `Bộ phận đại diện tìm được công nghệ nước ngoài cho nhu cầu "${s(p.title)}": ${s(p.offer)}.`,
    en: (p) => `A representative office found a foreign technology for "${s(p.title)}": ${s(p.offer)}.`,
  },
  'catalogue.expiring': {
    vi: (p) => `"${s(p.title)}" hết thời hạn hiệu lực vào ngày ${viDate(p.validUntil)}. Hãy gia hạn nếu thông tin vẫn còn phù hợp.`,
    en: (p) => `"${s(p.title)}" stops being valid on ${s(p.validUntil)}. Extend its validity if it is still current.`,
  },
  'saved-search.digest': {
    vi: (p) =>
      Number(p.count) > 1
        ? `${s(p.count)} bản ghi mới khớp tìm kiếm đã lưu "${s(p.name)}", trong đó "${s(p.title)}".`
        : `Bản ghi mới khớp tìm kiếm đã lưu "${s(p.name)}": "${s(p.title)}".`,
    en: (p) =>
      Number(p.count) > 1
        ? `${s(p.count)} new records match your saved search "${s(p.name)}", among them "${s(p.title)}".`
        : `A new record matches your saved search "${s(p.name)}": "${s(p.title)}".`,
  },
};

export function notificationText(kind: string, params: Params, lang: Language): string {
  const texts = notificationTexts[kind as NotificationKind];
  return texts ? texts[lang](params) : kind;
}
