import { describe, expect, it } from 'vitest';
import {
  listingQuality,
  meetsThreshold,
  parseQualityReturn,
  QUALITY_MAX,
  qualityReturnReason,
  type ListingText,
  type QualityReturn,
} from './listing-quality.js';

const vague: ListingText = {
  kind: 'offer',
  title: 'CÔNG NGHỆ MỚI',
  text: 'Công nghệ hiện đại, hiệu quả cao.',
  keywords: [],
  amountVnd: null,
  trl: null,
  transferForms: [],
};

const strong: ListingText = {
  kind: 'offer',
  title: 'Chế phẩm enzyme thủy phân cá rút ngắn thời gian ủ chượp nước mắm',
  text:
    'Giải quyết vấn đề ủ chượp kéo dài: rút ngắn thời gian từ 12 tháng xuống 4 tháng so với ủ truyền thống, giữ độ đạm 30 độ. ' +
    'Công suất 500 tấn/năm, đã thử nghiệm tại hai cơ sở ở Nghệ An, chi phí giảm 20% mỗi lít nước mắm thành phẩm.',
  keywords: ['enzyme', 'nước mắm', 'thủy phân'],
  amountVnd: 1_500_000_000,
  trl: 7,
  ipStatus: 'utility-solution',
  ipNumbers: ['2-0002345'],
  transferForms: ['license'],
};

describe('listing quality', () => {
  it('scores a vague listing low, with a prompt for every item', () => {
    const quality = listingQuality(vague);
    expect(quality.score).toBeLessThan(5);
    expect(quality.publishable).toBe(false);
    expect(quality.missing).toEqual(['problem', 'advantage', 'economics', 'maturity', 'rights', 'clarity']);
  });

  it('gives full marks to a listing that states the problem, quantifies the advantage and its economics', () => {
    const quality = listingQuality(strong);
    expect(quality.score).toBe(QUALITY_MAX);
    expect(quality.missing).toEqual([]);
    expect(quality.publishable).toBe(true);
  });

  it('reads text typed without diacritics the same', () => {
    const plain = { ...strong, text: strong.text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd') };
    expect(listingQuality(plain).score).toBe(QUALITY_MAX);
  });

  it('asks a figure with its comparison for the advantage: a number alone is half', () => {
    const numberOnly = listingQuality({ ...strong, text: 'Công suất 500 tấn mỗi năm.' });
    expect(numberOnly.items.advantage).toBe(2);
    expect(numberOnly.missing).toContain('advantage');
  });

  it('scores a demand by its need, target, budget, minimum TRL and deadline', () => {
    const demand = listingQuality({
      kind: 'demand',
      title: 'Cần công nghệ xử lý nước thải chế biến thủy sản',
      text: 'Nhà máy cần giảm mùi và xử lý 800 m3/ngày nước thải đạt cột A, thay vì thuê xử lý ngoài, tiết kiệm 30% chi phí so với hiện nay. Yêu cầu chuyển giao kèm đào tạo vận hành cho 5 kỹ thuật viên, hệ thống hiện tại quá tải vào mùa cao điểm.',
      keywords: ['nước thải', 'thủy sản', 'cột A'],
      amountVnd: 3_000_000_000,
      trl: 6,
      deadline: '2027-06-30',
      transferForms: ['equipment-with-training', 'consulting'],
    });
    expect(demand.missing).toEqual([]);
  });
});

describe('publication threshold', () => {
  const weak = { score: 12, items: { problem: 2, advantage: 0, economics: 3, maturity: 3, rights: 2, clarity: 2 } };
  it('needs the score and no item at zero', () => {
    expect(meetsThreshold(weak, 10)).toBe(false);
    expect(meetsThreshold({ ...weak, items: { ...weak.items, advantage: 1 } }, 10)).toBe(true);
    expect(meetsThreshold({ ...weak, items: { ...weak.items, advantage: 1 } }, 13)).toBe(false);
  });
  it('writes a return reason that reads back, and leaves a moderator’s own words alone', () => {
    const back: QualityReturn = { kind: 'demand', score: 7, threshold: 10, missing: ['advantage', 'economics'] };
    expect(parseQualityReturn(qualityReturnReason(back))).toEqual(back);
    expect(parseQualityReturn('listing-quality: please add the price')).toBeNull();
    expect(parseQualityReturn('Thiếu giá chuyển giao')).toBeNull();
  });
});
