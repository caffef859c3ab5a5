import type { RoadmapIssue, RoadmapIssueCode } from '../../domain/roadmaps/issues.js';
import type { Language } from '../i18n/language.js';

/** A sentence per roadmap rule, in both languages: the server puts it on the field at fault, the web shows it. */
export const roadmapIssueMessages: Record<RoadmapIssueCode, Record<Language, string>> = {
  required: { vi: 'Thiếu thông tin bắt buộc.', en: 'Required.' },
  wrong_type: { vi: 'Sai kiểu dữ liệu.', en: 'Wrong type of value.' },
  blank: { vi: 'Không được để trống.', en: 'Must not be blank.' },
  too_long: { vi: 'Quá dài.', en: 'Too long.' },
  too_many: { vi: 'Quá nhiều phần tử.', en: 'Too many entries.' },
  out_of_range: { vi: 'Giá trị nằm ngoài khoảng cho phép.', en: 'Value out of range.' },
  not_allowed_value: { vi: 'Giá trị không được phép.', en: 'Value not allowed.' },
  invalid_json: { vi: 'Tệp không phải JSON hợp lệ.', en: 'The file is not valid JSON.' },
  wrong_format: {
    vi: 'Tệp không phải lộ trình TechBridge (format "techbridge-roadmap").',
    en: 'The file is not a TechBridge roadmap (format "techbridge-roadmap").',
  },
  unsupported_version: { vi: 'Phiên bản định dạng không được hỗ trợ.', en: 'Unsupported format version.' },
  duplicate_id: { vi: 'Mã này đã được dùng.', en: 'This id is already used.' },
  unknown_item: { vi: 'Không có hạng mục này trong lộ trình.', en: 'No such item in the roadmap.' },
  unknown_link: { vi: 'Không có liên kết này trong lộ trình.', en: 'No such link in the roadmap.' },
  unknown_layer: { vi: 'Không có lớp này trong lộ trình.', en: 'No such layer in the roadmap.' },
  unknown_map_node: { vi: 'Không có nút này trên bản đồ công nghệ.', en: 'No such node on the technology map.' },
  layer_in_use: {
    vi: 'Lớp còn hạng mục nên chưa xoá được; hãy chuyển các hạng mục sang lớp khác hoặc xoá chúng trước.',
    en: 'The layer still holds items; move them to another layer or delete them first.',
  },
  quarter_and_half: { vi: 'Chỉ chọn quý hoặc nửa năm, không chọn cả hai.', en: 'Give a quarter or a half, not both.' },
  end_before_start: { vi: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.', en: 'The end must come after the start.' },
  outside_horizon: { vi: 'Thời gian nằm ngoài tầm nhìn của lộ trình.', en: 'Outside the roadmap’s horizon.' },
  self_link: { vi: 'Không liên kết hạng mục với chính nó.', en: 'An item cannot link to itself.' },
  duplicate_link: { vi: 'Liên kết này đã có.', en: 'This link already exists.' },
  same_layer_link: { vi: 'Loại liên kết này không được nối hai hạng mục cùng một lớp.', en: 'This kind of link may not join two items of the same layer.' },
  link_start_not_allowed: { vi: 'Lớp của hạng mục nguồn không cho phép loại liên kết này.', en: 'The source item’s layer does not allow this kind of link.' },
  link_end_not_allowed: { vi: 'Lớp của hạng mục đích không cho phép loại liên kết này.', en: 'The target item’s layer does not allow this kind of link.' },
  link_direction_not_allowed: { vi: 'Liên kết đi sai chiều giữa các lớp.', en: 'The link runs the wrong way between layers.' },
  needs_cycle: { vi: 'Liên kết “cần” tạo thành vòng lặp.', en: 'The “needs” links would form a cycle.' },
};

/** The issue as a sentence, with the items it names and what was expected. */
export function roadmapIssueText(found: RoadmapIssue, lang: Language): string {
  const base = roadmapIssueMessages[found.code][lang];
  const ids = found.ids?.length ? ` (${found.ids.join(' → ')})` : '';
  const expected = found.expected ? ` ${expectedText(found.expected, lang)}.` : '';
  return `${base}${ids}${expected}`;
}

/** "≤ 2000" read as "At most 2,000" (Vietnamese "Tối đa 2.000"): words and grouped digits, not a symbol and a bare number. */
function expectedText(expected: string, lang: Language): string {
  const number = (digits: string) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(Number(digits));
  // Only a bound is a count: a range of years ("2025–2040") keeps its digits as they are.
  const bound = /^([≤≥])\s*(\d+)$/.exec(expected.trim());
  if (bound) {
    const words = bound[1] === '≤' ? (lang === 'vi' ? 'Tối đa' : 'At most') : lang === 'vi' ? 'Tối thiểu' : 'At least';
    return `${words} ${number(bound[2])}`;
  }
  return `${lang === 'vi' ? 'Cần' : 'Expected'}: ${expected}`;
}
