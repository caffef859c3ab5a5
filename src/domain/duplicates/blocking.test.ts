import { describe, expect, it } from 'vitest';
import { forEachCandidatePair } from './blocking.js';
import type { DuplicateRecord } from './duplicate-record.js';
import { prepareFile } from './find-duplicates.js';

const options = { keysPerRecord: 12, titleKeysPerRecord: 4, maxFrequency: 50 };

function candidates(records: DuplicateRecord[]): string[] {
  const file = prepareFile(records);
  const pairs: string[] = [];
  forEachCandidatePair(file.features, file.weights.frequency, options, (i, j) => pairs.push(`${records[i].externalId}-${records[j].externalId}`));
  return pairs;
}

const offer = (externalId: string, title: string, description: string): DuplicateRecord => ({ externalId, title, description });

describe('forEachCandidatePair', () => {
  const records = [
    offer('a', 'Máy bóc vỏ trấu rulo cao su', 'Hai rulo cao su quay ngược chiều tách trấu khỏi hạt lúa, tỷ lệ gạo gãy thấp.'),
    offer('b', 'Lò sấy gỗ bơm nhiệt tách ẩm', 'Không khí tuần hoàn qua dàn lạnh để ngưng ẩm rồi qua dàn nóng.'),
    offer('c', 'Nhà sấy nông sản năng lượng mặt trời', 'Mái polycarbonate, quạt hút ẩm chạy pin mặt trời.'),
    offer('d', 'MAY BOC VO TRAU RULO CAO SU', 'Hai rulo cao su quay nguoc chieu tach trau khoi hat lua.'),
    offer('e', 'Máy sấy lúa tĩnh vỉ ngang', 'Sấy lúa 8–12 tấn mỗi mẻ, đảo chiều gió.'),
  ];

  const unordered = (pairs: string[]) => pairs.map((p) => p.split('-').sort().join('-')).sort();

  it('offers a copy and its original once, and not records that share no word', () => {
    const pairs = candidates(records);
    expect(pairs).toContain('a-d');
    expect(new Set(unordered(pairs)).size).toBe(pairs.length);
    expect(unordered(pairs)).not.toContain('a-c');
  });

  it('offers the same pairs however the records are ordered', () => {
    expect(unordered(candidates([...records].reverse()))).toEqual(unordered(candidates(records)));
  });

  it('does not pair records that share only one word many records use', () => {
    const kinds = ['ép', 'cắt', 'nghiền', 'trộn', 'rửa', 'lọc', 'xay', 'bào', 'khoan', 'hàn', 'đục', 'in'];
    const common = kinds.map((kind, i) => ({ externalId: `m${i}`, title: `Máy ${kind}` }));
    expect(unordered(candidates(common))).toEqual([]);
  });
});
