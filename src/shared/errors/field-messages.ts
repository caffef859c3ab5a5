import type { Language } from '../i18n/language.js';

/** Messages for domain checks that zod cannot name itself (used as `params.key` of custom issues). */
export const fieldMessageKeys = {
  invalid_tax_code: {
    vi: 'Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu "-" và 3 chữ số với chi nhánh (ví dụ 0101234567-001).',
    en: 'Tax code must be 10 digits, or 10 digits, "-" and 3 digits for a branch (e.g. 0101234567-001).',
  },
  unknown_province: { vi: 'Không nhận ra tỉnh/thành phố này.', en: 'Unknown province.' },
  unknown_country: { vi: 'Mã quốc gia không hợp lệ.', en: 'Unknown country code.' },
  unknown_code: { vi: 'Mã không có trong danh mục.', en: 'This code is not in the reference list.' },
  blank: { vi: 'Không được để trống.', en: 'Must not be blank.' },
  only_spaces: { vi: 'Không được chỉ có khoảng trắng.', en: 'Cannot be only spaces.' },
  passwords_differ: { vi: 'Mật khẩu nhập lại không khớp.', en: 'Passwords do not match.' },
  // Sign-in and accounts (issue 10).
  password_too_common: {
    vi: 'Mật khẩu này quá phổ biến hoặc dễ đoán (có trong danh sách mật khẩu hay dùng hoặc bị lộ). Hãy chọn mật khẩu dài hơn, khó đoán hơn, ví dụ một cụm vài từ.',
    en: 'This password is too common or too easy to guess (it is on lists of common or leaked passwords). Choose a longer, less predictable one, such as a phrase of a few words.',
  },
  // Organisations and connection points (issue 2).
  province_required: { vi: 'Tổ chức tại Việt Nam cần có tỉnh/thành phố.', en: 'An organisation in Viet Nam needs a province.' },
  tax_code_taken: { vi: 'Mã số thuế này đã được đăng ký cho một tổ chức khác.', en: 'This tax code is already registered to another organisation.' },
  invalid_host_kind: {
    vi: 'Đơn vị chủ trì phải là Sở KH&CN hoặc Trung tâm Ứng dụng tiến bộ KH&CN.',
    en: 'The host must be a provincial Department of S&T or an application centre.',
  },
  unknown_organisation: { vi: 'Không tìm thấy tổ chức này.', en: 'No such organisation.' },
  invalid_text: {
    vi: 'Có ký tự không hợp lệ (ký tự điều khiển hoặc NUL); hãy xoá chúng rồi gửi lại.',
    en: 'Contains invalid characters (control or NUL characters); remove them and try again.',
  },
  match_note_required: {
    vi: 'Hãy viết vài dòng cho bên kia khi đề nghị kết nối từ kết quả ghép nối: bạn là ai, cần gì.',
    en: 'Write a few lines to the other party when connecting from a match: who you are and what you need.',
  },
  invalid_cursor: { vi: 'Vị trí trang không hợp lệ; hãy tải lại danh sách.', en: 'Invalid page position; reload the list.' },
  // Attachments and bulk import (issue 3).
  subject_not_expected: { vi: 'Tệp của hồ sơ này không gắn với câu hỏi nào.', en: 'Files of this record are not tied to a question.' },
  confidential_demand_only: { vi: 'Chỉ nhu cầu công nghệ mới có tệp mật.', en: 'Only a demand can have confidential files.' },
  invalid_json: { vi: 'Dòng này không phải một đối tượng JSON hợp lệ.', en: 'This line is not a valid JSON object.' },
  duplicate_external_id: {
    vi: 'Mã externalId này đã xuất hiện ở một dòng trước trong tệp.',
    en: 'This externalId already appears on an earlier row of the file.',
  },
  province_not_covered: {
    vi: 'Tỉnh/thành phố này không thuộc phạm vi của điểm kết nối của bạn.',
    en: 'This province is not covered by your connection point.',
  },
  // Catalogue (issue 3 core).
  budget_range: { vi: 'Ngân sách tối đa phải lớn hơn hoặc bằng ngân sách tối thiểu.', en: 'The maximum budget must not be below the minimum.' },
  missing_column: { vi: 'Thiếu cột bắt buộc trong dòng tiêu đề.', en: 'A required column is missing from the header row.' },
  offer_or_offer_id: {
    vi: 'Hãy chọn một công nghệ có sẵn hoặc nhập công nghệ mới tìm được (không cả hai).',
    en: 'Link an existing offer or describe the new one found (not both).',
  },
  country_not_covered: { vi: 'Quốc gia này không thuộc phạm vi của bộ phận đại diện.', en: 'This country is not covered by your representative office.' },
  value_out_of_range: {
    vi: 'Giá trị phải là số nguyên không âm và không vượt quá 100.000 tỷ đồng.',
    en: 'The value must be a whole, non-negative number of at most 100,000 billion VND.',
  },
  date_out_of_range: { vi: 'Ngày không hợp lệ: không được sau hôm nay hoặc trước năm 2000.', en: 'Invalid date: it cannot be after today or before 2000.' },
  transfer_right_required: {
    vi: 'Hợp đồng chuyển giao công nghệ cần ghi rõ quyền được chuyển giao.',
    en: 'A technology-transfer contract must state the right transferred.',
  },
  // Matching (issue 4).
  offer_or_expert: { vi: 'Hãy chọn một công nghệ hoặc một chuyên gia (không cả hai).', en: 'Give an offer or an expert (not both).' },
  glossary_term_exists: { vi: 'Cặp thuật ngữ này đã có trong bảng thuật ngữ.', en: 'This pair of terms is already in the glossary.' },
  unreadable_file: {
    vi: 'Không đọc được tệp; hãy dùng tệp .xlsx hoặc JSON Lines (UTF-8).',
    en: 'The file cannot be read; use an .xlsx or a JSON Lines (UTF-8) file.',
  },
  // Events (issue 13).
  ends_before_start: { vi: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.', en: 'The end must come after the start.' },
  organiser_required: { vi: 'Sự kiện cần ít nhất một đơn vị tổ chức.', en: 'An event needs at least one organiser.' },
  organiser_not_yours: {
    vi: 'Đơn vị tổ chức phải gồm cơ quan hoặc điểm kết nối nơi bạn làm việc.',
    en: 'The organisers must include the agency or connection point you work for.',
  },
  outside_event_dates: { vi: 'Thời gian này nằm ngoài ngày diễn ra sự kiện.', en: 'This time is outside the event’s dates.' },
  slots_overlap: { vi: 'Khung giờ này trùng với khung giờ trước.', en: 'This slot overlaps the previous one.' },
  unknown_slot: { vi: 'Khung giờ không thuộc phiên gặp gỡ này.', en: 'This slot is not part of this session.' },
  not_your_organisation: { vi: 'Bạn chỉ đăng ký được cho tổ chức của mình.', en: 'You can register only an organisation you belong to.' },
  not_your_offer: {
    vi: 'Chỉ trưng bày được công nghệ đã công bố của tổ chức bạn.',
    en: 'Only published offers of your own organisation can be exhibited.',
  },
  reason_required: { vi: 'Hãy ghi lý do từ chối.', en: 'Please give the reason for refusing.' },
  request_to_oneself: { vi: 'Không thể gửi yêu cầu gặp cho chính mình.', en: 'You cannot ask to meet yourself.' },
  not_a_participant: { vi: 'Người này không phải người tham dự đã được duyệt.', en: 'This person is not an approved participant.' },
  same_side: {
    vi: 'Gặp gỡ B2B là giữa bên cần công nghệ và bên cung cấp; người này cùng phía với bạn.',
    en: 'B2B meetings pair a technology seeker with a supplier; this person is on your side.',
  },
  pending_cap_reached: {
    vi: 'Bạn đã có số yêu cầu đang chờ tối đa; hãy chờ trả lời hoặc hủy bớt.',
    en: 'You have the most pending requests allowed; wait for answers or withdraw some.',
  },
  meeting_cap_reached: { vi: 'Bạn đã đạt số cuộc gặp tối đa của phiên này.', en: 'You have reached the most meetings allowed in this session.' },
  partner_meeting_cap_reached: {
    vi: 'Người gửi yêu cầu đã đạt số cuộc gặp tối đa của phiên này.',
    en: 'The person asking has reached the most meetings allowed in this session.',
  },
  slot_has_meetings: {
    vi: 'Khung giờ này đã có cuộc gặp; không thể bỏ mà không làm mất cuộc gặp.',
    en: 'This slot holds meetings; it cannot be removed without losing them.',
  },
  session_needs_a_slot: { vi: 'Phiên gặp gỡ cần ít nhất một khung giờ.', en: 'A session needs at least one slot.' },
  badge_code_format: {
    vi: 'Mã thẻ gồm 10 ký tự 0–9 và A–F, như in dưới mã QR.',
    en: 'A badge code is 10 characters 0–9 and A–F, as printed under the QR code.',
  },
  unknown_account: { vi: 'Không có tài khoản nào với địa chỉ e-mail này.', en: 'No account has this e-mail address.' },
  unknown_badge: { vi: 'Không có thẻ tham dự nào của sự kiện này mang mã này.', en: 'No badge of this event has this code.' },
  table_out_of_range: { vi: 'Phiên gặp gỡ không có bàn số này.', en: 'The session has no table with this number.' },
  badge_not_approved: { vi: 'Đăng ký của người này chưa được duyệt (hoặc đã bị từ chối).', en: 'This person’s registration is not approved (or was refused).' },
  walk_in_same_person: { vi: 'Hãy chọn hai người khác nhau.', en: 'Choose two different people.' },
  walk_in_same_side: {
    vi: 'Gặp gỡ B2B là giữa bên cần công nghệ và bên cung cấp; hai người này cùng một phía.',
    en: 'B2B meetings pair a technology seeker with a supplier; these two are on the same side.',
  },
  walk_in_cap_reached: { vi: 'Người này đã đạt số cuộc gặp tối đa của phiên này.', en: 'This person has reached the most meetings allowed in this session.' },
  busy_in_slot: { vi: 'Người này đã có cuộc gặp trong khung giờ này.', en: 'This person already has a meeting in this slot.' },
  no_current_slot: {
    vi: 'Không có khung giờ nào đang diễn ra; hãy chọn một khung giờ.',
    en: 'No slot is under way now; choose a slot.',
  },
  slot_over: { vi: 'Khung giờ này đã kết thúc.', en: 'This slot is over.' },
  // Technology assessment (issue 14).
  vsic_division: { vi: 'Ngành cấp 2 (VSIC) phải gồm 2 chữ số, ví dụ 10.', en: 'The VSIC division must be two digits, e.g. 10.' },
  unknown_methodology: { vi: 'Không có phiên bản bộ tiêu chí đã công bố này.', en: 'No published methodology version with this id.' },
  not_an_enterprise: { vi: 'Chỉ đánh giá được doanh nghiệp.', en: 'Only an enterprise can be assessed.' },
  methodology_id_taken: { vi: 'Đã có phiên bản bộ tiêu chí với mã này.', en: 'A methodology version with this id already exists.' },
  unknown_question: { vi: 'Bộ tiêu chí của bản đánh giá không có câu hỏi này.', en: "The assessment's methodology has no such question." },
  reminder_needs_deadline: {
    vi: 'Cần có hạn nộp phiếu để gửi nhắc nhở theo lịch; hãy nhập hạn nộp hoặc tắt nhắc nhở.',
    en: 'Scheduled reminders need a deadline; enter one or turn the reminders off.',
  },
  deadline_passed: { vi: 'Hạn nộp phải từ hôm nay trở đi.', en: 'The deadline must be today or later.' },
  reminder_before_launch: {
    vi: 'Ngày nhắc trước hạn rơi vào trước ngày bắt đầu đợt khảo sát; hãy chọn số ngày nhỏ hơn.',
    en: 'This reminder would fall before the campaign began; choose fewer days.',
  },
  not_a_weakness: { vi: 'Tiêu chí này không nằm trong danh sách điểm yếu của báo cáo.', en: "This criterion is not among the report's weaknesses." },
  // Programme tasks (issue 15).
  deadline_required: { vi: 'Đợt kêu gọi cần có hạn nộp.', en: 'A call needs a deadline.' },
  standing_has_no_deadline: { vi: 'Chương trình thường xuyên không có hạn nộp để gia hạn.', en: 'A standing programme has no deadline to extend.' },
  extension_not_later: { vi: 'Hạn mới phải muộn hơn hạn hiện tại.', en: 'The new deadline must be later than the current one.' },
  propose_for_own_organisation: { vi: 'Bạn chỉ đề xuất được cho tổ chức của mình.', en: 'You can propose only for an organisation you belong to.' },
  budget_required: { vi: 'Cần ít nhất một dòng kinh phí.', en: 'At least one budget line is needed.' },
  negative_amount: { vi: 'Số tiền không được âm.', en: 'The amount must not be negative.' },
  not_whole_vnd: { vi: 'Số tiền phải là số đồng nguyên.', en: 'The amount must be a whole number of VND.' },
  year_outside_term: { vi: 'Năm này nằm ngoài thời gian thực hiện nhiệm vụ.', en: 'This year is outside the task’s term.' },
  duplicate_line: {
    vi: 'Dòng kinh phí này bị nhập trùng (cùng năm, nguồn và khoản mục).',
    en: 'This budget line is entered twice (same year, source and item).',
  },
  state_exceeds_total: { vi: 'Kinh phí ngân sách nhà nước không được lớn hơn tổng kinh phí.', en: 'The state budget must not be larger than the total.' },
  total_differs_from_lines: { vi: 'Tổng kinh phí khác tổng các dòng kinh phí.', en: 'The total differs from the sum of the budget lines.' },
  state_differs_from_lines: {
    vi: 'Kinh phí ngân sách khác tổng các dòng ngân sách nhà nước.',
    en: 'The state budget differs from the sum of the state lines.',
  },
  stage_closed: {
    vi: 'Dòng này đã qua bước sau (đã ký hợp đồng), không sửa được nữa.',
    en: 'This line has passed a later stage (contracted) and can no longer change.',
  },
  unknown_budget_line: { vi: 'Không có dòng kinh phí này trong nhiệm vụ.', en: 'No such budget line in this task.' },
  not_a_technology_product: { vi: 'Sản phẩm này không phải công nghệ mới.', en: 'This product is not a new technology.' },
  offer_already_published: { vi: 'Sản phẩm này đã được đăng thành nguồn cung.', en: 'This product is already an offer.' },
  // Councils and the innovation award (issue 15).
  expert_or_staff: {
    vi: 'Chọn một chuyên gia trong danh bạ hoặc một cán bộ (không cả hai).',
    en: 'Choose an expert from the directory or a staff member (not both).',
  },
  conflict_reason_required: { vi: 'Hãy ghi rõ xung đột lợi ích.', en: 'Please describe the conflict of interest.' },
  convener_not_yours: { vi: 'Đơn vị tổ chức hội đồng phải là cơ quan nơi bạn làm việc.', en: 'The convener must be an organisation you work for.' },
  kind_not_for_convener: {
    vi: 'Sở KH&CN chỉ lập hội đồng xét giải thưởng cấp tỉnh; các loại hội đồng khác do Cục lập.',
    en: 'A provincial department convenes only provincial award councils; the agency convenes the others.',
  },
  unknown_expert: { vi: 'Không tìm thấy chuyên gia này trong danh bạ.', en: 'No such expert in the directory.' },
  expert_without_account: {
    vi: 'Chuyên gia này chưa có tài khoản TechBridge nên không thể chấm điểm; hãy mời họ tạo tài khoản.',
    en: 'This expert has no TechBridge account and so cannot score; invite them to create one.',
  },
  unknown_user: { vi: 'Không tìm thấy người dùng này.', en: 'No such user.' },
  unknown_dossier: { vi: 'Không tìm thấy hồ sơ này.', en: 'No such dossier.' },
  dossier_not_for_council: { vi: 'Loại hội đồng này không xét loại hồ sơ này.', en: 'Councils of this kind do not review this kind of dossier.' },
  task_not_at_council_stage: {
    vi: 'Nhiệm vụ chưa ở bước cần hội đồng loại này xét (ví dụ: hội đồng xác định nhiệm vụ xét nhiệm vụ đang chờ xác định).',
    en: 'The task is not at the stage a council of this kind reviews (an identification council reviews tasks awaiting identification).',
  },
  not_provincially_scored: {
    vi: 'Hồ sơ chưa được hội đồng cấp tỉnh tổng hợp điểm.',
    en: 'This nomination has not been consolidated by a provincial council yet.',
  },
  not_a_scoring_member: { vi: 'Người này không phải thành viên chấm điểm của hội đồng.', en: 'This person is not a scoring member of the council.' },
  dossier_consolidated: { vi: 'Hồ sơ đã được tổng hợp kết quả.', en: 'This dossier has already been consolidated.' },
  secretary_from_dossier_organisation: {
    vi: 'Thư ký hội đồng làm việc tại một tổ chức có trong hồ sơ này, nên không thể lập biên bản cho hồ sơ: hãy đưa hồ sơ ra một hội đồng khác.',
    en: 'The council’s secretary works for an organisation on this dossier and cannot keep its minutes: put it before another council.',
  },
  member_conflicted: {
    vi: 'Thành viên này có xung đột lợi ích với hồ sơ (đã khai báo hoặc cùng tổ chức).',
    en: 'This member has a conflict of interest with the dossier (declared, or from the same organisation).',
  },
  unknown_criterion: { vi: 'Tiêu chí này không có trong phiếu đánh giá.', en: 'This criterion is not on the scoring form.' },
  score_over_maximum: { vi: 'Điểm vượt quá điểm tối đa của tiêu chí.', en: 'The score is over the criterion’s maximum.' },
  score_negative: { vi: 'Điểm không được âm.', en: 'The score cannot be negative.' },
  score_not_a_number: { vi: 'Điểm phải là một số.', en: 'The score must be a number.' },
  score_missing: { vi: 'Hãy chấm điểm tiêu chí này trước khi nộp phiếu.', en: 'Score this criterion before submitting.' },
  score_unknown_criterion: { vi: 'Tiêu chí này không có trong phiếu đánh giá.', en: 'This criterion is not on the scoring form.' },
  score_locked: {
    vi: 'Phiếu đã nộp hoặc hồ sơ đã tổng hợp: không thể sửa điểm.',
    en: 'The sheet is submitted or the dossier consolidated: scores are locked.',
  },
  not_enough_sheets: { vi: 'Chưa đủ số phiếu đã nộp để tổng hợp.', en: 'Not enough submitted sheets to consolidate.' },
  sheets_pending: { vi: 'Còn thành viên được phân công chưa nộp phiếu.', en: 'Some assigned members have not submitted their sheets.' },
  not_positive: { vi: 'Giá trị phải lớn hơn 0.', en: 'The value must be greater than 0.' },
  above_maximum: { vi: 'Giá trị vượt quá mức tối đa.', en: 'The value is above the maximum.' },
  duplicate_key: { vi: 'Mã tiêu chí bị trùng.', en: 'Duplicate criterion key.' },
  no_criteria: { vi: 'Phiếu đánh giá cần ít nhất một tiêu chí.', en: 'The form needs at least one criterion.' },
  weights_do_not_sum: {
    vi: 'Tổng điểm tối đa theo trọng số của các tiêu chí phải bằng thang điểm của hội đồng.',
    en: 'The criteria’s weighted maximum points must add up to the council’s score scale.',
  },
  below_kind_minimum: {
    vi: 'Số phiếu tối thiểu thấp hơn mức quy định cho loại hội đồng này.',
    en: 'The quorum is below the minimum set for councils of this kind.',
  },
  above_scorers: {
    vi: 'Số phiếu tối thiểu vượt quá số thành viên chấm điểm của hội đồng.',
    en: 'The quorum is more than the council’s scoring members.',
  },
  range_inverted: { vi: 'Số tối thiểu không được lớn hơn số tối đa.', en: 'The minimum cannot be more than the maximum.' },
  roles_exceed_scorers: {
    vi: 'Hội đồng nhỏ nhất không đủ chỗ cho số chủ tịch, phó chủ tịch (và thư ký chấm điểm) bắt buộc.',
    en: 'The smallest council has fewer scorers than the required chairs and vice-chairs (and a scoring secretary).',
  },
  external_exceed_scorers: {
    vi: 'Số chuyên gia độc lập bắt buộc vượt quá số thành viên chấm điểm của hội đồng lớn nhất.',
    en: 'More independent experts are required than the largest council has scorers.',
  },
  quorum_unreachable: {
    vi: 'Số phiếu tối thiểu vượt quá số thành viên chấm điểm của hội đồng lớn nhất.',
    en: 'The quorum is more than the largest council has scorers.',
  },
  not_eligible: {
    vi: 'Doanh nghiệp chưa có hoạt động đổi mới đủ điều kiện trong thời gian của đợt xét.',
    en: 'The enterprise has no qualifying innovation activity within the round’s period.',
  },
  not_a_tie: { vi: 'Các hồ sơ này không tạo thành một nhóm đồng điểm ở ranh giới.', en: 'These nominations do not form a tie at a boundary.' },
  tie_already_decided: { vi: 'Nhóm đồng điểm này đã được quyết định.', en: 'This tie has already been decided.' },
  unknown_campaign: { vi: 'Không có đợt khảo sát này trong phạm vi của bạn.', en: 'No such survey campaign in your provinces.' },
} as const satisfies Record<string, Record<Language, string>>;

export type FieldMessageKey = keyof typeof fieldMessageKeys;

type IssueLike = {
  code: string;
  message?: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  format?: unknown;
  keys?: unknown;
  values?: unknown;
  params?: { key?: string } & Record<string, unknown>;
  input?: unknown;
};

const typeNames: Record<string, Record<Language, string>> = {
  string: { vi: 'chuỗi ký tự', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'đúng/sai', en: 'true or false' },
  array: { vi: 'danh sách', en: 'a list' },
  object: { vi: 'đối tượng', en: 'an object' },
};

/**
 * A limit as people write numbers: 1.000.000.000 in Vietnamese, 1,000,000,000 in English (a decimal
 * part after "," or "."). Anything that is not a finite number is shown as it is.
 */
export function formatLimit(value: unknown, lang: Language): string {
  const number = typeof value === 'bigint' ? value : typeof value === 'number' && Number.isFinite(value) ? value : null;
  if (number === null) return String(value);
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  // Beyond 2^53 a number's own digits are exact only as a bigint or in exponent-free fixed notation.
  const text = typeof number === 'bigint' ? number.toString() : Math.abs(number) >= 1e21 ? BigInt(number).toString() : String(number);
  const [, sign = '', whole = '', fraction] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text) ?? [];
  if (!whole) return text;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** A message for one validation issue in the caller's language. */
export function describeIssue(issue: IssueLike, lang: Language): string {
  const vi = lang === 'vi';
  const key = issue.params?.key;
  const minimum = formatLimit(issue.minimum, lang);
  const maximum = formatLimit(issue.maximum, lang);
  if (key && key in fieldMessageKeys) return fieldMessageKeys[key as FieldMessageKey][lang];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && issue.message?.includes('undefined')) return vi ? 'Bắt buộc nhập.' : 'Required.';
      const name = typeNames[String(issue.expected)]?.[lang] ?? String(issue.expected);
      return vi ? `Phải là ${name}.` : `Must be ${name}.`;
    }
    case 'too_small':
      if (issue.origin === 'string') return vi ? `Cần ít nhất ${minimum} ký tự.` : `Must be at least ${minimum} characters.`;
      if (issue.origin === 'array') return vi ? `Cần ít nhất ${minimum} mục.` : `Needs at least ${minimum} items.`;
      return vi ? `Phải lớn hơn hoặc bằng ${minimum}.` : `Must be at least ${minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return vi ? `Không quá ${maximum} ký tự.` : `Must be at most ${maximum} characters.`;
      if (issue.origin === 'array') return vi ? `Không quá ${maximum} mục.` : `At most ${maximum} items.`;
      if (issue.origin === 'file') return vi ? 'Tệp quá lớn.' : 'The file is too large.';
      return vi ? `Phải nhỏ hơn hoặc bằng ${maximum}.` : `Must be at most ${maximum}.`;
    case 'invalid_format':
      if (issue.format === 'email') return vi ? 'Địa chỉ email không hợp lệ.' : 'Not a valid email address.';
      if (issue.format === 'url') return vi ? 'Địa chỉ web không hợp lệ.' : 'Not a valid web address.';
      if (issue.format === 'uuid') return vi ? 'Mã định danh không hợp lệ.' : 'Not a valid identifier.';
      return vi ? 'Định dạng không hợp lệ.' : 'Invalid format.';
    case 'invalid_value':
    case 'invalid_union':
      return vi ? 'Giá trị không nằm trong danh sách cho phép.' : 'This value is not one of the allowed values.';
    case 'unrecognized_keys':
      return vi ? `Trường không được chấp nhận: ${String(issue.keys)}.` : `Unknown field(s): ${String(issue.keys)}.`;
    default:
      return vi ? 'Giá trị không hợp lệ.' : 'Invalid value.';
  }
}
