import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import { sheetColumns } from '../../../domain/interchange/sheet-columns.js';
import type { Language } from '../../../shared/i18n/language.js';

export type InstructionLine = { cells: string[]; style?: 'title' | 'header' };

type Text = Record<Language, string>;

/** What to write in each column, in both languages. */
const columnHelp: Record<string, Text> = {
  externalId: {
    vi: 'Mã riêng của bản ghi trong hệ thống của bạn. Nhập lại cùng mã sẽ cập nhật bản ghi, không tạo bản mới.',
    en: 'Your own identifier of the record. Importing the same id again updates the record instead of adding a new one.',
  },
  language: {
    vi: 'Ngôn ngữ của nội dung: chọn trong danh sách. Bỏ trống là tiếng Việt.',
    en: 'Language of the text: pick from the list. Empty means Vietnamese.',
  },
  title: { vi: 'Tên ngắn, rõ ràng.', en: 'A short, clear title.' },
  summary: { vi: 'Vài câu giới thiệu.', en: 'A few sentences of introduction.' },
  description: {
    vi: 'Mô tả đầy đủ. Với nhu cầu, đây là phần công khai; không ghi thông tin mật.',
    en: 'Full description. For a demand this is public: write nothing confidential.',
  },
  keywords: { vi: 'Các từ khóa, cách nhau bởi dấu ;', en: 'Keywords separated by ;' },
  sectorCode: { vi: 'Ngành kinh tế VSIC cấp 1: chọn trong danh sách.', en: 'VSIC section: pick from the list.' },
  fieldCodes: {
    vi: 'Lĩnh vực KH&CN: chọn một mã trong danh sách; nhiều mã thì gõ thêm, cách nhau bởi dấu ;',
    en: 'S&T fields: pick a code from the list; for several, type them separated by ;',
  },
  trl: { vi: 'Mức sẵn sàng công nghệ 1–9: chọn trong danh sách.', en: 'Technology readiness level 1–9: pick from the list.' },
  minTrl: { vi: 'Mức sẵn sàng công nghệ tối thiểu bạn chấp nhận, 1–9.', en: 'The lowest readiness level you accept, 1–9.' },
  transferForms: {
    vi: 'Hình thức chuyển giao: chọn trong danh sách; nhiều hình thức thì cách nhau bởi dấu ;. Phương thức chuyển giao (tài liệu, đào tạo…) không nhập từ tệp: chủ sở hữu chọn sau trên trang chào bán.',
    en: 'Deal types: pick from the list; several are separated by ;. Transfer modes (documents, training…) are not imported: the owner chooses them later on the offer page.',
  },
  ownerType: { vi: 'Loại chủ sở hữu công nghệ: chọn trong danh sách.', en: 'Kind of owner: pick from the list.' },
  ownerName: {
    vi: 'Tên chủ sở hữu công nghệ, nếu khác tổ chức sở hữu bản ghi.',
    en: 'Name of the technology owner, if not the organisation that owns the record.',
  },
  country: {
    vi: 'Quốc gia của công nghệ: chọn trong danh sách. Bỏ trống là Việt Nam.',
    en: 'Country of the technology: pick from the list. Empty means Viet Nam.',
  },
  province: {
    vi: 'Tỉnh/thành phố hiện nay (chọn trong danh sách), hoặc tên tỉnh trước 01/7/2025 (xem sheet "Danh mục mã").',
    en: 'Province as it is today (pick from the list), or its name before 1 July 2025 (see the "Danh mục mã" sheet).',
  },
  priceVnd: { vi: 'Số nguyên, đồng. Ví dụ 1500000000 hoặc 1.500.000.000.', en: 'Whole dong. For example 1500000000 or 1.500.000.000.' },
  budgetVnd: { vi: 'Số nguyên, đồng. Ví dụ 1500000000 hoặc 1.500.000.000.', en: 'Whole dong. For example 1500000000 or 1.500.000.000.' },
  seekAbroad: { vi: 'Có nếu bạn tìm cả công nghệ nước ngoài. Bỏ trống là Không.', en: 'Yes if you also look for foreign technology. Empty means No.' },
};

const texts = {
  title: {
    offers: { vi: 'Hướng dẫn nhập nguồn cung công nghệ', en: 'How to fill in technology offers' },
    demands: { vi: 'Hướng dẫn nhập nhu cầu công nghệ', en: 'How to fill in technology demands' },
  },
  rules: [
    {
      vi: 'Mỗi dòng của sheet đầu tiên là một bản ghi. Không đổi tên, không xóa dòng tiêu đề; có thể bỏ bớt cột không dùng.',
      en: 'Each row of the first sheet is one record. Do not rename or delete the header row; you may remove columns you do not use.',
    },
    {
      vi: 'Các cột có mã có danh sách chọn (bấm vào ô để thấy mũi tên). Chỉ mã ở đầu lựa chọn được đọc, phần tên chỉ để bạn dễ chọn.',
      en: 'Coded columns have a dropdown (click a cell to see the arrow). Only the code at the start of a choice is read; the name is there to help you choose.',
    },
    {
      vi: 'Khi nhập, mọi lỗi của một dòng được báo cùng lúc, kèm tên cột như trong tệp. Dòng có lỗi không được nhập; các dòng khác vẫn được nhập.',
      en: 'On import every error of a row is reported at once, with the column named as in the file. Rows with errors are skipped; the others are imported.',
    },
    {
      vi: 'Bản ghi mới vào hàng chờ kiểm duyệt (trừ khi cán bộ nhập chọn công bố ngay) và thuộc tổ chức của người nhập hoặc tổ chức được chọn khi nhập.',
      en: 'New records go to the moderation queue (unless the staff member importing chooses to publish them) and belong to the importer’s organisation or the one chosen when importing.',
    },
    {
      vi: 'Hệ thống không tự thêm điều tệp không ghi: cột bỏ trống thì bản ghi để trống.',
      en: 'Nothing the file does not say is added: an empty column leaves the record’s field empty.',
    },
  ],
  columns: { vi: ['Cột', 'Bắt buộc', 'Cách ghi'], en: ['Column', 'Required', 'What to write'] },
  required: { vi: 'Bắt buộc', en: 'Required' },
} as const;

/** The instructions sheet of a template, line by line, in the reader's language. */
export function instructionLines(type: InterchangeType, lang: Language): InstructionLine[] {
  return [
    { cells: [texts.title[type][lang]], style: 'title' },
    ...texts.rules.map((rule, i) => ({ cells: [`${i + 1}. ${rule[lang]}`] })),
    { cells: [] },
    { cells: [...texts.columns[lang]], style: 'header' },
    ...sheetColumns[type].map((column) => ({
      cells: [lang === 'en' ? column.headerEn : column.header, column.required ? texts.required[lang] : '', columnHelp[column.key]?.[lang] ?? ''],
    })),
  ];
}
