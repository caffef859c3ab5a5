import { describe, expect, it } from 'vitest';
import type { DuplicateRecord } from './duplicate-record.js';
import { DUPLICATE_THRESHOLD, prepareFile } from './find-duplicates.js';
import { scorePair } from './score.js';

// Other offers of a catalogue, so that rarity (idf) means what it means in a real file.
const background: DuplicateRecord[] = [
  [
    'Quy trình sản xuất chế phẩm vi sinh xử lý phụ phẩm nông nghiệp',
    'Chế phẩm vi sinh phân giải rơm rạ và bã mía trong 20–30 ngày, quy trình sản xuất tại cơ sở.',
  ],
  ['Máy sấy bơm nhiệt cho nông sản và dược liệu', 'Sấy ở 40–55°C, tiết kiệm 40% điện năng so với sấy điện trở; quy trình vận hành đơn giản.'],
  ['Quy trình chế biến cà phê nhân bằng phương pháp ướt', 'Cà phê quả được xát, lên men 24–36 giờ và sấy; chuyển giao quy trình sản xuất cho hợp tác xã.'],
  ['Hệ thống xử lý nước thải chế biến thủy sản', 'Bể kỵ khí kết hợp hiếu khí, xử lý nước thải giàu muối và protein; công suất 200–500 m³/ngày.'],
  ['Dây chuyền sản xuất tương ớt đóng chai', 'Ớt được xay, phối trộn đường, muối, tỏi và thanh trùng; đóng chai 500 ml.'],
  ['Công nghệ lên men rượu vang trái cây', 'Lên men dịch quả bằng nấm men chọn lọc ở 20–25°C trong 10 ngày, ủ chín 3 tháng.'],
  ['Máy đóng gói bột tự động 1–5 kg', 'Định lượng bằng trục vít, hàn miệng túi, công suất 20 túi/phút; sản xuất tại Việt Nam.'],
  ['Chế phẩm enzyme cellulase từ nấm Trichoderma', 'Sản xuất enzyme bằng lên men bán rắn trên bã mía, hoạt độ 50–80 U/g, dùng cho thức ăn chăn nuôi.'],
].map(([title, description], i) => ({ externalId: `BG-${i}`, title, description, sectorCode: 'C' }));

const fishSauce: DuplicateRecord = {
  externalId: 'A',
  title: 'Quy trình sản xuất nước mắm cá cơm bằng enzyme protease chịu mặn',
  summary: 'Rút ngắn thời gian chượp nước mắm từ 12 tháng xuống 4–5 tháng, giữ hương vị truyền thống.',
  description:
    'Cá cơm được trộn muối 10–12% cùng chế phẩm protease 0,3–0,5%, giữ ở 40–45°C trong 15–20 ngày. Sau đó bổ sung muối đến 25–27% và ủ chín hương 3–4 tháng. ' +
    'Nước mắm cốt đạt 28–32 g N/l. Chuyển giao quy trình và đào tạo vận hành cho cơ sở sản xuất nước mắm.',
  keywords: ['nước mắm', 'protease', 'cá cơm'],
  ownerName: 'Viện Công nghiệp thực phẩm',
  sectorCode: 'C',
  trl: 7,
  priceVnd: 350_000_000,
};

const withoutMarks = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
const mapText = (record: DuplicateRecord, edit: (text: string) => string): DuplicateRecord => ({
  ...record,
  title: edit(record.title),
  summary: record.summary && edit(record.summary),
  description: record.description && edit(record.description),
  keywords: record.keywords?.map(edit),
});

function score(a: DuplicateRecord, b: DuplicateRecord) {
  const file = prepareFile([...background, a, { ...b, externalId: 'B' }]);
  const [first, second] = file.features.slice(-2);
  return scorePair(first, second, file.weights)!;
}

describe('scorePair', () => {
  it('scores a copy typed without diacritics, in capitals, like the record itself', () => {
    const copy = mapText(fishSauce, (t) => withoutMarks(t).toUpperCase());
    expect(score(fishSauce, fishSauce).score).toBeGreaterThan(0.95);
    expect(score(fishSauce, copy).score).toBeGreaterThan(0.9);
  });

  it('still finds a copy with a reordered title, a cut description, no summary and another owner’s short name', () => {
    const copy = {
      ...fishSauce,
      title: 'Enzyme protease chịu mặn – quy trình sản xuất nước mắm cá cơm',
      summary: null,
      description: fishSauce.description!.slice(0, 120),
      ownerName: 'Viện CNTP',
    };
    expect(score(fishSauce, copy).score).toBeGreaterThan(DUPLICATE_THRESHOLD + 0.2);
  });

  it('puts a look-alike from the same template (nước tương for nước mắm) below the threshold, though most words agree', () => {
    const soySauce = mapText(fishSauce, (t) => t.replace(/nước mắm/gi, 'nước tương').replace(/cá cơm/gi, 'đậu nành'));
    const lookalike = score(fishSauce, soySauce);
    expect(lookalike.evidence.text).toBeGreaterThan(0.8);
    expect(lookalike.score).toBeLessThan(DUPLICATE_THRESHOLD);
    // Typed without diacritics, "tuong" and "mam" are ambiguous syllables; the look-alike stays below.
    expect(score(fishSauce, mapText(soySauce, withoutMarks)).score).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it('tells apart words that only folding makes equal (kẽm / kèm), when both records carry their marks', () => {
    const iron = {
      ...fishSauce,
      title: 'Công nghệ đúc mẫu cháy cho chi tiết gang hình dạng phức tạp',
      description: 'Mẫu xốp EPS kèm sơn chịu lửa, đúc gang trong cát khô rung chặt.',
      keywords: ['đúc gang'],
    };
    const zinc = mapText(iron, (t) => t.replace(/gang/g, 'kẽm'));
    expect(score(iron, zinc).score).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it('lowers the score when the titles state different figures', () => {
    const dryer = { ...fishSauce, title: 'Máy sấy thăng hoa công nghiệp 200–500 kg nguyên liệu/mẻ', keywords: ['sấy thăng hoa'] };
    const smaller = { ...dryer, title: 'Máy sấy thăng hoa công nghiệp 20–50 kg nguyên liệu/mẻ' };
    expect(score(dryer, smaller).score).toBeLessThan(0.6 * score(dryer, dryer).score);
  });

  it('lowers the score when the owners differ', () => {
    const sameOwner = score(fishSauce, { ...fishSauce, summary: null }).score;
    const otherOwner = score(fishSauce, { ...fishSauce, summary: null, ownerName: 'Công ty TNHH Thực phẩm Hải Long' }).score;
    expect(otherOwner).toBeLessThan(sameOwner);
  });

  it('does not take a typing slip or old-style tone marks for a different product', () => {
    const slip = { ...fishSauce, title: 'Quy trình sản xuất nước mắm cá cơm bằng enzyme proteaes chịu mặn' };
    const slipped = score(fishSauce, slip);
    expect(slipped.score).toBeGreaterThan(0.9);
    const oldStyle = {
      ...fishSauce,
      title: 'Quy trình sản xuất nước mắm cá cơm bằng enzyme protease chịu mặn, thuỷ phân hoá học',
      description: `${fishSauce.description} Thủy phân hóa học.`,
    };
    expect(score(oldStyle, { ...oldStyle, title: oldStyle.title.replace('thuỷ phân hoá', 'thủy phân hóa') }).evidence.onlyInA.subject).toEqual([]);
  });

  it('scores unrelated offers near zero', () => {
    expect(score(fishSauce, background[6]).score).toBeLessThan(0.1);
  });
});
