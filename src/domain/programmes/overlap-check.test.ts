import { describe, expect, it } from 'vitest';
import { findOverlaps, type OverlapCandidate } from './overlap-check.js';

const past: OverlapCandidate[] = [
  { id: 't1', kind: 'task', text: 'Đổi mới công nghệ dây chuyền sấy và rang cà phê nhân quy mô công nghiệp tại Đắk Lắk' },
  { id: 't2', kind: 'task', text: 'Hoàn thiện công nghệ sản xuất gạch không nung từ tro xỉ nhiệt điện' },
  { id: 'o1', kind: 'offer', text: 'Máy sấy cà phê bằng bơm nhiệt, tiết kiệm năng lượng' },
  { id: 'o2', kind: 'offer', text: 'Hệ thống xử lý nước thải chế biến thủy sản bằng vi sinh' },
];

describe('overlap check', () => {
  it('finds the past task a proposal repeats, written without diacritics, and the offer that shares its subject', () => {
    const pairs = findOverlaps('Doi moi cong nghe day chuyen say, rang ca phe nhan quy mo cong nghiep', past);
    expect(pairs.map((p) => p.id)).toEqual(['t1']);
    expect(pairs[0].score).toBeGreaterThan(0.6);
    expect(pairs[0].sharedTerms).toContain('day chuyen');
    const loose = findOverlaps('Máy sấy cà phê nhân bằng bơm nhiệt cho hợp tác xã', past, { minScore: 0.15 });
    expect(loose.map((p) => [p.id, p.kind])).toEqual([
      ['o1', 'offer'],
      ['t1', 'task'],
    ]);
  });

  it('returns nothing for an unrelated proposal', () => {
    expect(findOverlaps('Ứng dụng công nghệ IoT giám sát chất lượng không khí đô thị', past)).toEqual([]);
  });
});
