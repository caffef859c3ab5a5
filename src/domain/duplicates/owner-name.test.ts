import { describe, expect, it } from 'vitest';
import { ownerAgreement, ownerWords } from './owner-name.js';

const agreement = (a: string | null, b: string | null) => ownerAgreement(ownerWords(a), ownerWords(b));

describe('ownerAgreement', () => {
  it('recognises the short names a second connection point types', () => {
    expect(agreement('Trường Đại học Cần Thơ', 'ĐH Cần Thơ')).toBe(1);
    expect(agreement('Viện Công nghệ sinh học', 'Viện CNSH')).toBe(1);
    expect(agreement('Công ty TNHH Cơ khí Minh Phát', 'Cty TNHH Co khi Minh Phat')).toBe(1);
    expect(agreement('Học viện Nông nghiệp Việt Nam', 'HV Nông nghiệp VN')).toBe(1);
  });
  it('tells different owners apart even when their legal form and kind are the same', () => {
    expect(agreement('Công ty TNHH Cơ khí Minh Phát', 'Công ty TNHH Tự động hóa Đông Á')).toBe(0);
    expect(agreement('Viện Công nghệ sinh học', 'Viện Dược liệu')).toBe(0);
  });
  it('says nothing when an owner is missing', () => {
    expect(agreement('Viện Dược liệu', null)).toBeNull();
  });
});
