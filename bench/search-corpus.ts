import { mulberry32 } from '../src/domain/random/mulberry32.js';
/**
 * Deterministic synthetic offers and a fixed query mix for bench/search.ts: titles and summaries
 * composed from a few hundred Vietnamese and English technical terms, so word frequencies look
 * like a real catalogue (some terms common, most rare).
 */
const processesVi = [
  'Công nghệ sấy',
  'Quy trình lên men',
  'Hệ thống xử lý',
  'Thiết bị chiết xuất',
  'Dây chuyền chế biến',
  'Giải pháp bảo quản',
  'Công nghệ nuôi cấy',
  'Phương pháp tinh chế',
  'Máy phân loại',
  'Hệ thống giám sát',
  'Công nghệ sản xuất',
  'Quy trình tái chế',
  'Thiết bị đóng gói',
  'Công nghệ mạ',
  'Hệ thống tưới',
  'Công nghệ ép',
  'Thiết bị lọc',
  'Quy trình nhân giống',
  'Công nghệ đúc',
  'Phần mềm quản lý',
  'Hệ thống điều khiển',
  'Công nghệ in',
  'Thiết bị cảm biến',
  'Công nghệ phủ',
  'Quy trình khử trùng',
  'Hệ thống thu hồi',
  'Công nghệ hàn',
  'Thiết bị nghiền',
  'Công nghệ chưng cất',
  'Dây chuyền lắp ráp',
];
const productsVi = [
  'nước mắm',
  'nông sản',
  'cà phê',
  'hồ tiêu',
  'thanh long',
  'cá tra',
  'tôm thẻ',
  'gạo hữu cơ',
  'chè xanh',
  'cao su',
  'hạt điều',
  'rau an toàn',
  'nấm dược liệu',
  'sâm Ngọc Linh',
  'nước thải',
  'chất thải rắn',
  'bùn thải',
  'khí sinh học',
  'phân bón vi sinh',
  'thức ăn chăn nuôi',
  'vắc xin thú y',
  'men vi sinh',
  'tinh dầu',
  'dược liệu',
  'gỗ rừng trồng',
  'tre luồng',
  'gốm sứ',
  'thép không gỉ',
  'nhôm định hình',
  'pin mặt trời',
  'điện gió',
  'pin lithium',
  'vật liệu composite',
  'bê tông nhẹ',
  'gạch không nung',
  'sợi tổng hợp',
  'vải kỹ thuật',
  'da thuộc',
  'giấy tái chế',
  'nhựa sinh học',
  'mực in',
  'linh kiện điện tử',
  'vi mạch',
  'robot công nghiệp',
  'máy công cụ CNC',
  'khuôn mẫu',
  'động cơ điện',
  'biến tần',
  'đèn LED',
  'cảm biến IoT',
  'dữ liệu lớn',
  'trí tuệ nhân tạo',
  'chuỗi khối',
  'bản đồ số',
  'nước sạch nông thôn',
  'muối biển',
  'rong biển',
  'sữa tươi',
  'nước giải khát',
  'bánh kẹo',
  'mật ong',
  'yến sào',
  'cà chua',
  'khoai lang',
  'sắn',
  'ngô lai',
  'đậu tương',
  'bơ sáp',
  'xoài cát',
  'vải thiều',
  'nhãn lồng',
  'bưởi da xanh',
  'cam sành',
  'chuối tiêu hồng',
  'dứa',
  'dừa sáp',
  'ca cao',
  'quế',
  'hồi',
  'gừng',
];
const qualifiersVi = [
  'quy mô nhỏ',
  'tiết kiệm năng lượng',
  'bằng bơm nhiệt',
  'bằng năng lượng mặt trời',
  'không dùng hóa chất',
  'tự động hóa',
  'đạt chuẩn xuất khẩu',
  'chi phí thấp',
  'thân thiện môi trường',
  'cho hợp tác xã',
  'công suất lớn',
  'bằng enzyme',
  'sử dụng vi sinh vật',
  'kết nối IoT',
  'chính xác cao',
  'giảm phát thải',
  'ứng dụng trí tuệ nhân tạo',
  'cho vùng cao',
  'dạng mô-đun',
  'truyền thống cải tiến',
];
const termsEn = [
  'heat pump dryer',
  'fermentation',
  'wastewater treatment',
  'membrane filtration',
  'cold chain',
  'biogas digester',
  'solar photovoltaic',
  'lithium battery recycling',
  'precision agriculture',
  'drone spraying',
  'tissue culture',
  'vaccine adjuvant',
  'probiotic feed',
  'aquaculture recirculating system',
  'rice straw pulp',
  'biodegradable plastic',
  'carbon capture',
  'smart meter',
  'machine vision sorting',
  'predictive maintenance',
  'digital twin',
  'edge computing',
  'LoRaWAN sensor',
  'graphene coating',
  'nanocellulose',
  'enzyme extraction',
  'supercritical CO2 extraction',
  'freeze drying',
  'spray drying',
  'vacuum frying',
  'hydroponics',
  'vertical farming',
  'desalination',
  'water purification',
  'air quality monitoring',
  'waste-to-energy',
  'composite materials',
  'additive manufacturing',
  'CNC machining',
  'industrial robot',
];
const ownerTypes = ['institute', 'university', 'enterprise', 'foreign', 'individual'];
const provinces = ['01', '79', '40', '42', '31', '48', '92', '24', '37', '75', '08', '68', '66', '96', '56', '22'];
const fields = [
  '101',
  '102',
  '104',
  '106',
  '201',
  '202',
  '203',
  '204',
  '205',
  '206',
  '207',
  '208',
  '209',
  '210',
  '211',
  '301',
  '401',
  '402',
  '403',
  '405',
  '502',
];
const sectors = ['A', 'C', 'D', 'E', 'F', 'J', 'M', 'Q'];
const forms = ['license', 'assignment', 'know-how', 'equipment-with-training', 'joint-venture', 'consulting'];

/** Seeded, so every run benchmarks the same data and queries. */
export const random = mulberry32;
const pickFrom =
  (next: () => number) =>
  <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)]!;

/** One published offer's columns. */
export function syntheticOffer(i: number, next: () => number) {
  const pick = pickFrom(next);
  const english = next() < 0.15;
  const product = pick(productsVi);
  const title = english ? `${pick(termsEn)} for ${pick(termsEn)} (${i})` : `${pick(processesVi)} ${product} ${pick(qualifiersVi)}`;
  const summary = english
    ? `Proven ${pick(termsEn)} technology combining ${pick(termsEn)} and ${pick(termsEn)}; pilot lines operating since ${2010 + (i % 15)}.`
    : `${pick(processesVi)} ${pick(productsVi)} ${pick(qualifiersVi)}, kết hợp ${pick(processesVi).toLowerCase()} ${pick(productsVi)}; đã ứng dụng tại ${1 + (i % 40)} cơ sở.`;
  return {
    language: english ? 'en' : 'vi',
    title,
    summary,
    description: `${summary} ${pick(qualifiersVi)}. ${pick(termsEn)}.`,
    keywords: [english ? pick(termsEn) : product, pick(qualifiersVi), pick(termsEn)],
    sectorCode: pick(sectors),
    fieldCodes: [pick(fields), pick(fields)],
    trl: 1 + Math.floor(next() * 9),
    transferForms: [pick(forms)],
    ownerType: english ? 'foreign' : pick(ownerTypes),
    country: english ? pick(['KR', 'JP', 'DE', 'IL', 'US']) : 'VN',
    provinceCode: english ? null : pick(provinces),
    priceVnd: next() < 0.4 ? null : Math.floor(next() * 5e9),
    status: 'published',
    publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
  };
}

export type BenchQuery = {
  label: string;
  q?: string;
  field?: string[];
  province?: string[];
  trlMin?: number;
  trlMax?: number;
  ownerType?: string[];
  language?: 'vi' | 'en';
};

const unaccented = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
/** A typo: one letter doubled or dropped in the longest word. */
function typo(s: string, next: () => number): string {
  const words = s.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = 1 + Math.floor(next() * (longest.length - 2));
  const broken = next() < 0.5 ? longest.slice(0, at) + longest[at] + longest.slice(at) : longest.slice(0, at) + longest.slice(at + 1);
  return words.map((w) => (w === longest ? broken : w)).join(' ');
}

/** The fixed mix of about 200 queries: accented, unaccented, English, typos, filters alone and with words. */
export function queryMix(count = 200): BenchQuery[] {
  const next = random(42);
  const pick = pickFrom(next);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const slot = i % 10;
    const product = pick(productsVi);
    if (slot < 3) queries.push({ label: 'vi accented', q: slot === 0 ? `${pick(processesVi).split(' ').slice(-1)[0]} ${product}` : product });
    else if (slot < 6) queries.push({ label: 'vi unaccented', q: unaccented(slot === 3 ? `${product} ${pick(qualifiersVi).split(' ')[0]}` : product) });
    else if (slot === 6) queries.push({ label: 'english', q: pick(termsEn) });
    else if (slot === 7) queries.push({ label: 'typo', q: typo(unaccented(product), next) });
    else if (slot === 8) queries.push({ label: 'words + filters', q: unaccented(product), field: [pick(fields)], trlMin: 4, province: [pick(provinces)] });
    else if (i % 20 === 9) queries.push({ label: 'listing, no words' });
    else queries.push({ label: 'filters only', field: [pick(fields)], trlMin: 1 + (i % 5), trlMax: 9, ownerType: [pick(ownerTypes)], language: 'vi' });
  }
  return queries;
}
