import type { ListingOutcome } from './listing-outcomes.schemas.js';

type Label = { label: string; meaning: string };

/** Each figure's name and what it counts, in both languages: the screens and the workbook say the same. */
export const outcomeLabels: Record<keyof ListingOutcome, { vi: Label; en: Label }> = {
  views: {
    vi: { label: 'Lượt xem', meaning: 'Số lần trang tin được mở bởi người ngoài tổ chức sở hữu (không tính lượt xem của chính chủ tin)' },
    en: { label: 'Views', meaning: "Times the listing's page was opened by people outside its owner organisation (the owner's own views are not counted)" },
  },
  saves: {
    vi: { label: 'Báo qua tìm kiếm đã lưu', meaning: 'Số tìm kiếm đã lưu đã báo tin này cho người theo dõi trong bản tin' },
    en: { label: 'Saved-search announcements', meaning: 'Saved searches that announced this listing to their owners in a digest' },
  },
  bookmarks: {
    vi: { label: 'Lượt lưu tin', meaning: 'Số người đang lưu tin này vào mục "Đã lưu" (tính vào tháng họ lưu; ai đã bỏ lưu thì không tính)' },
    en: { label: 'Saves', meaning: 'People who keep this listing in their "Saved" list (counted in the month they saved it; removed saves are not counted)' },
  },
  matches: {
    vi: { label: 'Gợi ý ghép nối', meaning: 'Số cặp cung – cầu (hoặc cầu – chuyên gia) mà hệ thống ghép nối đã lưu cho tin này' },
    en: { label: 'Matches', meaning: 'Demand–offer (or demand–expert) matches the matcher kept for this listing' },
  },
  contacts: {
    vi: { label: 'Đề nghị kết nối', meaning: 'Số cuộc kết nối mở từ tin này (mọi đề nghị, kể cả bị từ chối) — bước đầu của phễu kết nối' },
    en: { label: 'Contact requests', meaning: 'Connections opened from this listing (every request, declined ones included) — the first step of the funnel' },
  },
  meetings: {
    vi: { label: 'Gặp gỡ', meaning: 'Số kết nối đó đã đến bước gặp gỡ (tính như phễu kết nối)' },
    en: { label: 'Meetings', meaning: 'Of those connections, the ones that reached a meeting (counted as in the funnel)' },
  },
  mous: {
    vi: { label: 'Biên bản ghi nhớ', meaning: 'Số kết nối đó đã đến bước ký biên bản ghi nhớ' },
    en: { label: 'MoUs', meaning: 'Of those connections, the ones that reached a signed MoU' },
  },
  contracts: {
    vi: { label: 'Hợp đồng', meaning: 'Số kết nối đó đã đến bước ký hợp đồng' },
    en: { label: 'Contracts', meaning: 'Of those connections, the ones that reached a signed contract' },
  },
  mouValueVnd: {
    vi: { label: 'Giá trị biên bản ghi nhớ (VNĐ)', meaning: 'Tổng giá trị các biên bản ghi nhớ ghi trên các kết nối đó' },
    en: { label: 'MoU value (VND)', meaning: 'Total value of the MoUs recorded on those connections' },
  },
  contractValueVnd: {
    vi: { label: 'Giá trị hợp đồng (VNĐ)', meaning: 'Tổng giá trị các hợp đồng chuyển giao công nghệ và tư vấn ghi trên các kết nối đó' },
    en: { label: 'Contract value (VND)', meaning: 'Total value of the transfer and consulting contracts recorded on those connections' },
  },
};

export const outcomeKeys = Object.keys(outcomeLabels) as Array<keyof ListingOutcome>;
