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
  'catalogue.expired',
  'event.registration-decided',
  'event.meeting-requested',
  'event.meeting-answered',
  'event.schedule-published',
  'event.meeting-expired',
  'event.meeting-cancelled',
  'event.meeting-walk-in',
  'assessment.submitted',
  'assessment.returned',
  'assessment.approved',
  'assessment.invited',
  'assessment.reminder',
  'saved-search.digest',
  'roadmap.review-due',
  'programme.report-due',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

type Params = Record<string, string | number | null | undefined>;
const s = (value: unknown) => (value === null || value === undefined ? '' : String(value));
/** 2026-07-31 → 31/07/2026: dates read dd/mm/yyyy in both languages, as everywhere in the app. */
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
    en: (p) => `"${s(p.title)}" stops being valid on ${viDate(p.validUntil)}. Extend its validity if it is still current.`,
  },
  'catalogue.expired': {
    vi: (p) =>
      `"${s(p.title)}" đã hết hạn hiệu lực ngày ${viDate(p.validUntil)} và không còn hiển thị công khai. Hãy gia hạn rồi gửi duyệt lại nếu vẫn còn phù hợp.`,
    en: (p) => `"${s(p.title)}" expired on ${viDate(p.validUntil)} and is no longer public. Extend its validity and submit it again if it is still current.`,
  },
  'event.registration-decided': {
    vi: (p) => (p.approved ? `Đăng ký tham dự "${s(p.event)}" của bạn đã được duyệt.` : `Đăng ký tham dự "${s(p.event)}" của bạn bị từ chối: ${s(p.reason)}`),
    en: (p) => (p.approved ? `Your registration for "${s(p.event)}" was approved.` : `Your registration for "${s(p.event)}" was refused: ${s(p.reason)}`),
  },
  'event.meeting-requested': {
    vi: (p) => `${s(p.by)} đề nghị gặp bạn tại "${s(p.event)}": ${s(p.reason)}`,
    en: (p) => `${s(p.by)} asks to meet you at "${s(p.event)}": ${s(p.reason)}`,
  },
  'event.meeting-answered': {
    vi: (p) => (p.accepted ? `${s(p.by)} nhận lời gặp bạn tại "${s(p.event)}".` : `${s(p.by)} từ chối gặp tại "${s(p.event)}".`),
    en: (p) => (p.accepted ? `${s(p.by)} agreed to meet you at "${s(p.event)}".` : `${s(p.by)} declined to meet at "${s(p.event)}".`),
  },
  'event.meeting-expired': {
    vi: (p) => `Đề nghị gặp của ${s(p.from)} với ${s(p.to)} tại "${s(p.event)}" đã hết hạn mà chưa được trả lời.`,
    en: (p) => `The meeting request from ${s(p.from)} to ${s(p.to)} at "${s(p.event)}" expired unanswered.`,
  },
  'event.schedule-published': {
    vi: (p) => `Lịch gặp B2B "${s(p.session)}" của "${s(p.event)}" đã được công bố; xem lịch gặp của bạn.`,
    en: (p) => `The B2B schedule "${s(p.session)}" of "${s(p.event)}" is published; see your agenda.`,
  },
  'event.meeting-cancelled': {
    vi: (p) => `Ban tổ chức "${s(p.event)}" đã thay đổi phiên "${s(p.session)}"; một cuộc gặp của bạn bị hủy. Xem lịch gặp của bạn.`,
    en: (p) => `The organisers of "${s(p.event)}" changed the session "${s(p.session)}"; a meeting of yours is cancelled. See your agenda.`,
  },
  'event.meeting-walk-in': {
    vi: (p) =>
      `Ban tổ chức "${s(p.event)}" đã xếp cho bạn một cuộc gặp tại chỗ trong phiên "${s(p.session)}", lúc ${s(p.time)} tại bàn ${s(p.table)}. Xem lịch gặp của bạn.`,
    en: (p) =>
      `The organisers of "${s(p.event)}" seated you at a walk-in meeting in the session "${s(p.session)}", at ${s(p.time)} at table ${s(p.table)}. See your agenda.`,
  },
  'assessment.submitted': {
    vi: (p) => `${s(p.organisation)} đã gửi phiếu đánh giá trình độ công nghệ để thẩm định.`,
    en: (p) => `${s(p.organisation)} submitted its technology assessment for review.`,
  },
  'assessment.returned': {
    vi: (p) => `Phiếu đánh giá trình độ công nghệ của ${s(p.organisation)} được trả lại để bổ sung.`,
    en: (p) => `The technology assessment of ${s(p.organisation)} was returned for changes.`,
  },
  'assessment.invited': {
    vi: (p) => `Doanh nghiệp của bạn được mời tự đánh giá trình độ công nghệ trong đợt khảo sát "${s(p.campaign)}".`,
    en: (p) => `Your enterprise is invited to assess its technology level in the survey "${s(p.campaign)}".`,
  },
  'assessment.reminder': {
    vi: (p) =>
      `Nhắc nhở: doanh nghiệp của bạn chưa gửi phiếu tự đánh giá trình độ công nghệ của đợt khảo sát "${s(p.campaign)}"${p.deadline ? `; hạn nộp ngày ${viDate(p.deadline)}` : ''}.`,
    en: (p) =>
      `Reminder: your enterprise has not yet submitted its technology self-assessment for the survey "${s(p.campaign)}"${p.deadline ? `; it is due on ${viDate(p.deadline)}` : ''}.`,
  },
  'assessment.approved': {
    vi: (p) => `Phiếu đánh giá trình độ công nghệ của ${s(p.organisation)} đã được duyệt; báo cáo đã sẵn sàng.`,
    en: (p) => `The technology assessment of ${s(p.organisation)} was approved; its report is ready.`,
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
  'roadmap.review-due': {
    vi: (p) => `Lộ trình "${s(p.title)}" đến hạn rà soát ngày ${viDate(p.reviewDate)}.`,
    en: (p) => `The roadmap "${s(p.titleEn || p.title)}" is due for review on ${viDate(p.reviewDate)}.`,
  },
  'programme.report-due': {
    vi: (p) =>
      `Sắp đến hạn nộp báo cáo (${s(p.report) === 'final' ? 'tổng kết' : s(p.report) === 'financial' ? 'tài chính' : 'định kỳ'}) của nhiệm vụ "${s(p.title)}": ${viDate(p.dueOn)}.`,
    en: (p) =>
      `A ${s(p.report) === 'final' ? 'final' : s(p.report) === 'financial' ? 'financial' : 'progress'} report of the task "${s(p.title)}" is due on ${viDate(p.dueOn)}.`,
  },
};

export function notificationText(kind: string, params: Params, lang: Language): string {
  const texts = notificationTexts[kind as NotificationKind];
  return texts ? texts[lang](params) : kind;
}
