import { describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD, findDuplicates } from './find-duplicates.js';

const offer = (externalId: string, title: string, description: string, ownerName: string | null = null) => ({ externalId, title, description, ownerName });
const dryer = 'Không khí tuần hoàn qua dàn lạnh để ngưng tụ hơi ẩm rồi qua dàn nóng để gia nhiệt lại, sấy gỗ keo dày 30 mm trong 8–10 ngày.';

describe('findDuplicates', () => {
  const records = [
    offer('O-1', 'Lò sấy gỗ bơm nhiệt tách ẩm nhiệt độ thấp 40–65°C', dryer, 'Công ty TNHH Thiết bị Nhiệt Phương Nam'),
    offer('O-2', 'Máy bóc vỏ trấu rulo cao su', 'Hai rulo cao su quay ngược chiều tách trấu khỏi hạt lúa.'),
    offer('O-3', 'LO SAY GO BOM NHIET TACH AM NHIET DO THAP 40-65 DO C', 'Khong khi tuan hoan qua dan lanh de ngung tu hoi am', 'Nhiệt Phương Nam'),
    offer('O-4', 'Lò sấy gỗ bơm nhiệt tách ẩm nhiệt độ thấp 40–65°C', dryer),
    offer('O-5', 'Nhà sấy nông sản năng lượng mặt trời', 'Mái polycarbonate hai lớp, quạt hút ẩm chạy pin mặt trời.'),
  ];

  it('reports each likely pair once, best first, the record that comes first in the file as a', () => {
    const pairs = findDuplicates(records);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([
      ['O-1', 'O-4'],
      ['O-1', 'O-3'],
      ['O-3', 'O-4'],
    ]);
    expect(pairs.every((p, i) => p.score >= DUPLICATE_THRESHOLD && p.score <= 1 && (i === 0 || p.score <= pairs[i - 1].score))).toBe(true);
  });

  it('explains a pair: what agrees and what differs', () => {
    const [, copy] = findDuplicates(records);
    expect(copy.explanation).toMatchObject({ agree: expect.arrayContaining(['title', 'owner']), onlyInA: [], onlyInB: [] });
  });

  it('finds a copy whose title was typed without diacritics though its keywords and description kept them', () => {
    const copy = { ...offer('O-6', 'Lo say go bom nhiet tach am nhiet do thap 40-65 do C', dryer), keywords: ['sấy gỗ', 'bơm nhiệt'] };
    const pairs = findDuplicates([records[0], records[1], records[4], copy]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['O-1', 'O-6']]);
  });

  it('reports nothing for an empty file or a file without duplicates', () => {
    expect(findDuplicates([])).toEqual([]);
    expect(findDuplicates([records[1], records[4]])).toEqual([]);
  });
});
