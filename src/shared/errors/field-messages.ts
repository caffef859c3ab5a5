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
  passwords_differ: { vi: 'Mật khẩu nhập lại không khớp.', en: 'Passwords do not match.' },
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

/** A message for one validation issue in the caller's language. */
export function describeIssue(issue: IssueLike, lang: Language): string {
  const vi = lang === 'vi';
  const key = issue.params?.key;
  if (key && key in fieldMessageKeys) return fieldMessageKeys[key as FieldMessageKey][lang];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && issue.message?.includes('undefined')) return vi ? 'Bắt buộc nhập.' : 'Required.';
      const name = typeNames[String(issue.expected)]?.[lang] ?? String(issue.expected);
      return vi ? `Phải là ${name}.` : `Must be ${name}.`;
    }
    case 'too_small':
      if (issue.origin === 'string') return vi ? `Cần ít nhất ${issue.minimum} ký tự.` : `Must be at least ${issue.minimum} characters.`;
      if (issue.origin === 'array') return vi ? `Cần ít nhất ${issue.minimum} mục.` : `Needs at least ${issue.minimum} items.`;
      return vi ? `Phải lớn hơn hoặc bằng ${issue.minimum}.` : `Must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return vi ? `Không quá ${issue.maximum} ký tự.` : `Must be at most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return vi ? `Không quá ${issue.maximum} mục.` : `At most ${issue.maximum} items.`;
      if (issue.origin === 'file') return vi ? 'Tệp quá lớn.' : 'The file is too large.';
      return vi ? `Phải nhỏ hơn hoặc bằng ${issue.maximum}.` : `Must be at most ${issue.maximum}.`;
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
