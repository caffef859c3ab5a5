import type { IpStatus, TransferForm } from '../data/sectors/vocabulary.js';
import type { DemoOrganisation } from '../data/types.js';
import type { Random } from './random.js';

/** Sentence pools that vary the generated descriptions; `{org}`, `{year}`, `{n}`, `{a}`, `{b}` are filled in here. */
const ownerSentences: Record<'institute' | 'university' | 'enterprise', string[]> = {
  institute: [
    'Kết quả của đề tài khoa học cấp {level} do {org} chủ trì, nghiệm thu năm {year}.',
    '{org} đã hoàn thiện công nghệ qua {n} năm nghiên cứu và thử nghiệm tại cơ sở sản xuất.',
    'Nhóm nghiên cứu của {org} trực tiếp chuyển giao và hỗ trợ kỹ thuật trong năm đầu vận hành.',
  ],
  university: [
    'Sản phẩm của nhóm nghiên cứu tại {org}, được hỗ trợ thương mại hóa qua vườn ươm công nghệ của trường.',
    'Công nghệ được phát triển tại phòng thí nghiệm của {org} theo đặt hàng của doanh nghiệp.',
    '{org} sẵn sàng thử nghiệm tại cơ sở của bên nhận trước khi ký hợp đồng chuyển giao.',
  ],
  enterprise: [
    '{org} đã áp dụng công nghệ tại xưởng của mình từ năm {year} trước khi cung cấp cho khách hàng.',
    'Giải pháp do đội ngũ kỹ thuật của {org} thiết kế, chế tạo trong nước nên chi phí bảo trì thấp.',
    '{org} có kỹ thuật viên hỗ trợ tại chỗ và sẵn phụ tùng thay thế.',
  ],
};

const deploymentSentences = {
  mature: [
    'Đã ứng dụng tại {n} cơ sở ở {a} và {b}.',
    'Hiện có {n} đơn vị ở {a}, {b} đang sử dụng ổn định.',
    'Mô hình trình diễn đặt tại {a} sẵn sàng đón doanh nghiệp đến tham quan.',
  ],
  pilot: [
    'Đã thử nghiệm ở quy mô sản xuất nhỏ tại {a}, đang tìm đối tác để mở rộng.',
    'Kết quả thử nghiệm tại {a} cho thấy công nghệ sẵn sàng cho sản xuất loạt nhỏ.',
  ],
  early: ['Công nghệ đang ở giai đoạn thử nghiệm, chủ sở hữu tìm đối tác cùng đầu tư hoàn thiện.'],
};

// `{n}` (days), `{m}` (months) and `{y}` (years, or a year) vary the figures between offers.
const closingSentences: Record<TransferForm, string[]> = {
  'equipment-with-training': [
    'Giá chào gồm thiết bị, lắp đặt, chạy thử và {n} ngày đào tạo vận hành.',
    'Bảo hành thiết bị {m} tháng, đào tạo công nhân vận hành tại chỗ.',
    'Bên bán lắp đặt trong khoảng {n} tuần và bảo trì miễn phí {m} tháng đầu.',
    'Thiết bị được bàn giao cùng bản vẽ, danh mục phụ tùng và {n} ngày kèm cặp vận hành.',
  ],
  license: [
    'Chuyển giao quyền sử dụng công nghệ không độc quyền, thời hạn {y} năm.',
    'Có thể cấp quyền sử dụng độc quyền trong phạm vi một tỉnh, thời hạn {y} năm.',
    'Phí li-xăng gồm khoản trả trước và phí theo doanh thu trong {y} năm đầu.',
  ],
  'know-how': [
    'Bí quyết được chuyển giao kèm tài liệu quy trình và {n} ngày hướng dẫn trực tiếp tại cơ sở.',
    'Bên nhận được cán bộ kỹ thuật hướng dẫn đến khi tự sản xuất ổn định ba mẻ liên tiếp.',
    'Bên chuyển giao theo dõi, hiệu chỉnh quy trình tại cơ sở trong {m} tháng đầu.',
  ],
  consulting: [
    'Chuyên gia đồng hành từ khảo sát hiện trạng đến khi vận hành ổn định.',
    'Có thể bắt đầu bằng một hợp đồng tư vấn đánh giá hiện trạng trong {n} ngày trước khi đầu tư.',
  ],
  assignment: ['Chủ sở hữu sẵn sàng chuyển nhượng toàn bộ quyền sở hữu công nghệ cho bên nhận phù hợp.'],
  'joint-venture': ['Chủ công nghệ mong muốn góp vốn bằng công nghệ để cùng đầu tư sản xuất.'],
};

const ipSentences: Record<IpStatus, string[]> = {
  patent: ['Công nghệ đã được cấp bằng độc quyền sáng chế năm {y}.', 'Giải pháp kỹ thuật cốt lõi được bảo hộ bằng độc quyền sáng chế.'],
  'utility-solution': [
    'Công nghệ đã được cấp bằng độc quyền giải pháp hữu ích năm {y}.',
    'Phần cốt lõi của công nghệ được bảo hộ dưới dạng giải pháp hữu ích.',
  ],
  pending: ['Đơn đăng ký sáng chế nộp năm {y} đã được chấp nhận hợp lệ.', 'Chủ sở hữu đã nộp đơn đăng ký bảo hộ sáng chế.'],
  'know-how': [],
  none: [],
};

/** Fills `{n}`, `{m}` and `{y}`: small day counts, warranty months, and a term or a recent year. */
function withFigures(random: Random, text: string): string {
  return text
    .replace('{n}', String(random.pick([3, 5, 7, 10, 14])))
    .replace('{m}', String(random.pick([6, 12, 18, 24])))
    .replace('{y}', String(text.includes('năm {y}.') || text.includes('nộp năm') ? random.int(2017, 2024) : random.pick([3, 5, 7, 10])));
}

const levels = ['tỉnh', 'Bộ', 'quốc gia'];

export function ownerSentence(random: Random, owner: DemoOrganisation): string {
  const kind = owner.kind === 'institute' || owner.kind === 'university' ? owner.kind : 'enterprise';
  return random
    .pick(ownerSentences[kind])
    .replace('{org}', owner.nameVi)
    .replace('{level}', random.pick(levels))
    .replace('{year}', String(random.int(2016, 2023)))
    .replace('{n}', String(random.int(2, 6)));
}

export function deploymentSentence(random: Random, trl: number, provinces: [string, string]): string {
  const pool = trl >= 8 ? deploymentSentences.mature : trl >= 6 ? deploymentSentences.pilot : deploymentSentences.early;
  return random
    .pick(pool)
    .replace('{n}', String(random.int(3, 24)))
    .replace('{a}', provinces[0])
    .replace('{b}', provinces[1]);
}

export const closingSentence = (random: Random, form: TransferForm) => withFigures(random, random.pick(closingSentences[form]));

export function ipSentence(random: Random, ip: IpStatus): string | null {
  const pool = ipSentences[ip];
  return pool.length ? withFigures(random, random.pick(pool)) : null;
}

export const formNamesVi: Record<TransferForm, string> = {
  license: 'chuyển giao quyền sử dụng',
  assignment: 'chuyển nhượng quyền sở hữu',
  'know-how': 'chuyển giao bí quyết công nghệ',
  'equipment-with-training': 'mua thiết bị kèm đào tạo',
  'joint-venture': 'liên doanh, góp vốn bằng công nghệ',
  consulting: 'tư vấn kỹ thuật',
};

export const countryNamesVi: Record<string, string> = { KR: 'Hàn Quốc', JP: 'Nhật Bản', CN: 'Trung Quốc', SG: 'Singapore', DE: 'Đức', US: 'Hoa Kỳ' };

export const sizeNamesVi: Record<NonNullable<DemoOrganisation['size']>, string> = { micro: 'siêu nhỏ', small: 'nhỏ', medium: 'vừa', large: 'lớn' };

/** Closing line of an English offer. */
const englishClosings: Record<TransferForm, string> = {
  'equipment-with-training': 'The price covers equipment, installation, commissioning and {n} days of operator training.',
  license: 'A non-exclusive licence for {y} years is offered; exclusivity for a region can be negotiated.',
  'know-how': 'Know-how is transferred with process documents and hands-on coaching at the recipient’s plant.',
  consulting: 'Engineers can start with a paid feasibility study before any investment decision.',
  assignment: 'The owner is open to assigning the technology outright to a suitable partner.',
  'joint-venture': 'The owner would contribute the technology as capital to a joint venture in Viet Nam.',
};

export const englishClosing = (random: Random, form: TransferForm) => withFigures(random, englishClosings[form]);
