import type { LevelSource, MapNode, MapNodeKind, MatcherSpec, TechnologyMap } from '../technology-map/types.js';
import type { LocalText } from '../types.js';

/*
 * Demo data: the technology map of fish-sauce processing (chế biến nước mắm, VSIC 2018 10203).
 * The levels are made up for demonstration and say so in their sources; the matcher keywords
 * are the demo catalogue's own wording (src/db/seed/demo/data/sectors/food.ts and neighbours),
 * so the map's counts find records once the demo catalogue is seeded.
 */

const FOOD_FIELDS = ['211', '209'];

const sourcesFor = (vietnam: string, world: string): LevelSource[] => [
  { about: 'vietnam', title: `Dữ liệu minh họa, không phải số liệu chính thức — ${vietnam}`, year: 2025, url: null, demo: true },
  { about: 'world', title: `Dữ liệu minh họa, không phải số liệu chính thức — ${world}`, year: 2025, url: null, demo: true },
];
const SURVEY = 'ước lượng của nhóm biên soạn từ khảo sát giả định các cơ sở nước mắm ven biển Bắc Trung Bộ';
const LEADERS = 'mức của các nhà sản xuất dẫn đầu ở Thái Lan và Nhật Bản theo tài liệu kỹ thuật, do nhóm biên soạn quy đổi';

type Row = [
  id: string,
  parentId: string | null,
  kind: MapNodeKind,
  name: LocalText,
  levels: [vietnam: number, world: number] | null,
  matcher: Partial<MatcherSpec>,
];

const rows: Row[] = [
  [
    'ns-traditional',
    null,
    'product',
    { vi: 'Nước mắm truyền thống', en: 'Traditional fish sauce' },
    [5, 8],
    { fieldCodes: FOOD_FIELDS, keywords: ['nước mắm', 'chượp'] },
  ],
  [
    'ns-raw-material',
    'ns-traditional',
    'technology',
    { vi: 'Bảo quản cá nguyên liệu và muối', en: 'Raw fish and salt handling' },
    [4, 8],
    { keywords: ['bảo quản cá', 'cá nguyên liệu'] },
  ],
  [
    'ns-onboard-chilling',
    'ns-raw-material',
    'sub-technology',
    { vi: 'Làm lạnh cá bằng nước biển lạnh trên tàu', en: 'Refrigerated seawater chilling on board' },
    [3, 8],
    { keywords: ['nước biển lạnh', 'bảo quản lạnh trên tàu'] },
  ],
  [
    'ns-clean-salt',
    'ns-raw-material',
    'sub-technology',
    { vi: 'Muối sạch và phối trộn cá – muối', en: 'Clean salt and fish–salt mixing' },
    [5, 7],
    { keywords: ['muối sạch', 'phối trộn cá muối'] },
  ],
  [
    'ns-fermentation',
    'ns-traditional',
    'technology',
    { vi: 'Lên men chượp', en: 'Fish–salt fermentation (chượp)' },
    [5, 8],
    { fieldCodes: FOOD_FIELDS, keywords: ['ủ chượp', 'chượp cá', 'lên men thực phẩm'] },
  ],
  [
    'ns-enzyme',
    'ns-fermentation',
    'sub-technology',
    { vi: 'Bổ sung enzyme protease rút ngắn thời gian ủ', en: 'Protease-assisted fermentation' },
    [4, 8],
    { fieldCodes: FOOD_FIELDS, keywords: ['enzyme protease', 'enzyme'] },
  ],
  [
    'ns-tank-temperature',
    'ns-fermentation',
    'sub-technology',
    { vi: 'Kiểm soát nhiệt độ bể chượp', en: 'Temperature-controlled fermentation tanks' },
    [4, 7],
    { keywords: ['bể chượp', 'nhiệt độ bể'] },
  ],
  [
    'ns-starter-culture',
    'ns-fermentation',
    'sub-technology',
    { vi: 'Chủng vi sinh khởi động', en: 'Starter cultures' },
    [3, 7],
    { fieldCodes: FOOD_FIELDS, keywords: ['chủng khởi động'] },
  ],
  [
    'ns-filtering',
    'ns-traditional',
    'technology',
    { vi: 'Lọc, khử mùi tanh và ổn định màu', en: 'Filtration, deodorising and colour stabilisation' },
    [5, 8],
    { fieldCodes: FOOD_FIELDS, keywords: ['lọc màng', 'khử mùi', 'than hoạt tính'] },
  ],
  [
    'ns-quality',
    'ns-traditional',
    'technology',
    { vi: 'Kiểm soát chất lượng và an toàn thực phẩm', en: 'Quality and food-safety control' },
    [5, 8],
    { fieldCodes: FOOD_FIELDS, keywords: ['histamin', 'độ đạm'] },
  ],
  [
    'ns-histamine',
    'ns-quality',
    'sub-technology',
    { vi: 'Giảm histamin từ khâu nguyên liệu', en: 'Histamine reduction from the raw fish on' },
    [4, 8],
    { keywords: ['histamin'] },
  ],
  [
    'ns-rapid-testing',
    'ns-quality',
    'sub-technology',
    { vi: 'Kiểm nghiệm nhanh độ đạm và histamin', en: 'Rapid testing of nitrogen and histamine' },
    [5, 8],
    { keywords: ['độ đạm', 'kiểm nghiệm nhanh'] },
  ],
  [
    'ns-bottling',
    'ns-traditional',
    'technology',
    { vi: 'Chiết rót, đóng chai và dán nhãn', en: 'Filling, bottling and labelling' },
    [6, 9],
    { keywords: ['chiết rót', 'đóng chai', 'dán nhãn'] },
  ],
  [
    'ns-traceability',
    'ns-traditional',
    'technology',
    { vi: 'Truy xuất nguồn gốc và chống hàng giả', en: 'Traceability and anti-counterfeiting' },
    [4, 8],
    { fieldCodes: FOOD_FIELDS, keywords: ['truy xuất nguồn gốc', 'tem điện tử', 'chống hàng giả'] },
  ],
  [
    'ns-value-added',
    null,
    'product',
    { vi: 'Sản phẩm gia tăng giá trị từ nước mắm', en: 'Value-added fish-sauce products' },
    null,
    { keywords: ['nước mắm cô đặc', 'bột nước mắm'] },
  ],
  [
    'ns-concentration',
    'ns-value-added',
    'technology',
    { vi: 'Cô đặc chân không có thu hồi hương', en: 'Vacuum concentration with aroma recovery' },
    [5, 8],
    { keywords: ['cô đặc chân không', 'thu hồi hương'] },
  ],
  [
    'ns-powder',
    'ns-value-added',
    'technology',
    { vi: 'Sấy phun tạo bột nước mắm', en: 'Spray-dried fish-sauce powder' },
    [3, 7],
    { fieldCodes: FOOD_FIELDS, keywords: ['sấy phun', 'bột nước mắm'] },
  ],
  ['ns-byproducts', null, 'product', { vi: 'Phụ phẩm và chất thải của cơ sở nước mắm', en: 'By-products and waste of fish-sauce plants' }, null, {}],
  [
    'ns-wastewater',
    'ns-byproducts',
    'technology',
    { vi: 'Xử lý nước thải mặn và mùi tanh', en: 'Saline wastewater and odour treatment' },
    [4, 8],
    { keywords: ['xử lý nước thải + chế biến thủy sản', 'xử lý nước thải + chế biến hải sản', 'nước thải + nước mắm', 'xử lý mùi + nước mắm'] },
  ],
  [
    'ns-residue',
    'ns-byproducts',
    'technology',
    { vi: 'Tận dụng bã chượp và phụ phẩm cá', en: 'Reuse of fermentation residue and fish by-products' },
    [4, 7],
    { keywords: ['phụ phẩm thủy sản', 'bã cá', 'bã chượp'] },
  ],
];

const nodes: MapNode[] = rows.map(([id, parentId, kind, name, levels, matcher]) => ({
  id,
  parentId,
  kind,
  name,
  vietnamLevel: levels?.[0] ?? null,
  worldLevel: levels?.[1] ?? null,
  sources: levels ? sourcesFor(SURVEY, LEADERS) : [],
  matcher: { vsicCodes: matcher.vsicCodes ?? [], fieldCodes: matcher.fieldCodes ?? [], keywords: matcher.keywords ?? [] },
}));

export const fishSauceMap: TechnologyMap = {
  id: 'demo-map-fish-sauce',
  title: { vi: 'Bản đồ công nghệ chế biến nước mắm', en: 'Technology map of fish-sauce processing' },
  vsicCode: '10203',
  scale: 'level',
  nodes,
};
