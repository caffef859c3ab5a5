import { defaultLayers } from '../layers.js';
import type { Confidence, ItemLink, ItemStatus, LinkKind, LocalText, PeriodPoint, Roadmap, RoadmapItem } from '../types.js';
import { fishSauceMap } from './fish-sauce-map.js';

/*
 * Demo data: a sector roadmap built on the fish-sauce technology map, 2026–2030. Its owner is a
 * demo organisation key (the Department of S&T of Nghệ An); the seed replaces it with the
 * organisation's id and may tie items to the records the map's nodes find.
 */

type Row = [id: string, layerCode: string, title: LocalText, start: PeriodPoint, end: PeriodPoint, status: ItemStatus, confidence: Confidence, mapNodeId: string | null, description: string];

const rows: Row[] = [
  ['m-ocop', 'market', { vi: 'Nước mắm làng nghề đạt OCOP 4 sao', en: 'Craft-village fish sauce rated 4-star OCOP' }, { year: 2026 }, { year: 2027 }, 'in-progress', 4, null,
    'Ít nhất 5 sản phẩm nước mắm của làng nghề Cửa Hội được đánh giá OCOP 4 sao.'],
  ['m-supermarkets', 'market', { vi: 'Đưa nước mắm truyền thống vào chuỗi siêu thị', en: 'Traditional fish sauce on supermarket shelves' }, { year: 2027 }, { year: 2030 }, 'planned', 3, null,
    'Các chuỗi bán lẻ yêu cầu truy xuất theo lô, chất lượng ổn định giữa các mẻ và nhãn đúng quy định.'],
  ['m-export', 'market', { vi: 'Xuất khẩu nước mắm sang Nhật Bản và Hàn Quốc', en: 'Fish-sauce exports to Japan and Korea' }, { year: 2028, half: 2 }, { year: 2030 }, 'idea', 2, null,
    'Thị trường nhập khẩu khắt khe về histamin và điều kiện môi trường của cơ sở sản xuất.'],
  ['p-premium', 'product', { vi: 'Nước mắm cá cơm 30 độ đạm, histamin thấp', en: 'Anchovy fish sauce, 30 g/l nitrogen, low histamine' }, { year: 2027 }, { year: 2029 }, 'planned', 3, 'ns-traditional',
    'Độ đạm tổng số từ 30 g/l, histamin dưới 200 mg/l, giữ hương vị truyền thống.'],
  ['p-traceable', 'product', { vi: 'Chai nước mắm có mã truy xuất từng lô', en: 'Bottles traceable batch by batch' }, { year: 2026, quarter: 3 }, { year: 2027 }, 'planned', 4, 'ns-traditional',
    'Mỗi chai mang mã QR dẫn tới bể chượp, ngày kéo rút và kết quả kiểm nghiệm.'],
  ['p-powder', 'product', { vi: 'Bột nước mắm cho chế biến thực phẩm', en: 'Fish-sauce powder for food manufacturers' }, { year: 2029 }, { year: 2030 }, 'idea', 2, 'ns-value-added',
    'Gia vị dạng bột cho mì ăn liền, snack và suất ăn công nghiệp.'],
  ['t-enzyme', 'technology', { vi: 'Ủ chượp có enzyme protease, rút còn 6 tháng', en: 'Protease-assisted fermentation in 6 months' }, { year: 2026, half: 2 }, { year: 2028, half: 1 }, 'planned', 3, 'ns-enzyme',
    'Rút thời gian ủ từ 12 tháng xuống 6 tháng mà vẫn đạt cảm quan của khách hàng quen.'],
  ['t-filtering', 'technology', { vi: 'Lọc màng gốm và khử mùi bằng than hoạt tính', en: 'Ceramic membrane filtration and activated-carbon deodorising' }, { year: 2026 }, { year: 2027 }, 'in-progress', 4, 'ns-filtering',
    'Nước mắm trong, ổn định màu, giảm mùi tanh gắt mà không dùng phụ gia.'],
  ['t-traceability', 'technology', { vi: 'Tem điện tử QR và nhật ký bể chượp số', en: 'QR e-labels and a digital fermentation-tank log' }, { year: 2026, quarter: 2 }, { year: 2026, quarter: 4 }, 'in-progress', 5, 'ns-traceability',
    'Chi phí tem dưới 300 đồng mỗi chai.'],
  ['t-histamine', 'technology', { vi: 'Kiểm soát histamin từ cá nguyên liệu', en: 'Histamine control from the raw fish on' }, { year: 2027 }, { year: 2028 }, 'planned', 3, 'ns-histamine',
    'Làm lạnh cá ngay trên tàu và kiểm nghiệm nhanh histamin khi nhập cá.'],
  ['t-spray-drying', 'technology', { vi: 'Sấy phun nước mắm giữ hương', en: 'Aroma-preserving spray drying of fish sauce' }, { year: 2029, half: 1 }, { year: 2030, half: 1 }, 'idea', 2, 'ns-powder', ''],
  ['r-enzyme-pilot', 'rd', { vi: 'Thử nghiệm enzyme tại ba cơ sở ở Cửa Hội', en: 'Enzyme pilot at three Cửa Hội producers' }, { year: 2026, half: 2 }, { year: 2027, half: 2 }, 'planned', 3, null,
    'Viện chế biến chuyển giao quy trình, theo dõi độ đạm và histamin từng mẻ.'],
  ['r-histamine-study', 'rd', { vi: 'Đề tài bảo quản lạnh cá trên tàu để giảm histamin', en: 'Study: onboard chilling to cut histamine' }, { year: 2027 }, { year: 2028 }, 'planned', 3, null, ''],
  ['r-powder-task', 'rd', { vi: 'Nhiệm vụ KH&CN sản xuất thử bột nước mắm', en: 'S&T task: pilot production of fish-sauce powder' }, { year: 2028 }, { year: 2029 }, 'idea', 2, null, ''],
  ['s-experts', 'resources', { vi: 'Chuyên gia lên men và kiểm nghiệm của viện chế biến', en: 'Fermentation and testing experts of the processing institute' }, { year: 2026 }, { year: 2030 }, 'in-progress', 4, null, ''],
  ['s-lab', 'resources', { vi: 'Phòng kiểm nghiệm độ đạm và histamin dùng chung', en: 'Shared laboratory for nitrogen and histamine' }, { year: 2027 }, { year: 2028 }, 'planned', 3, null, ''],
  ['s-wastewater', 'resources', { vi: 'Trạm xử lý nước thải tập trung của làng nghề', en: 'Central wastewater plant for the craft village' }, { year: 2028 }, { year: 2030 }, 'planned', 2, 'ns-wastewater',
    'Nước thải đạt quy chuẩn trước khi xả, giảm mùi tại ranh giới khu dân cư.'],
];

const links: [from: string, kind: LinkKind, to: string][] = [
  ['m-ocop', 'needs', 'p-traceable'],
  ['m-supermarkets', 'needs', 'p-traceable'],
  ['m-supermarkets', 'needs', 'p-premium'],
  ['m-export', 'needs', 'p-premium'],
  ['m-export', 'needs', 's-wastewater'],
  ['p-premium', 'needs', 't-enzyme'],
  ['p-premium', 'needs', 't-histamine'],
  ['p-premium', 'needs', 't-filtering'],
  ['p-traceable', 'needs', 't-traceability'],
  ['p-powder', 'needs', 't-spray-drying'],
  ['t-enzyme', 'delivered-by', 'r-enzyme-pilot'],
  ['t-histamine', 'delivered-by', 'r-histamine-study'],
  ['t-spray-drying', 'delivered-by', 'r-powder-task'],
  ['t-filtering', 'enables', 'm-ocop'],
  ['s-experts', 'supports', 'r-enzyme-pilot'],
  ['s-lab', 'supports', 't-histamine'],
];

const items: RoadmapItem[] = rows.map(([id, layerCode, title, start, end, status, confidence, mapNodeId, description]) => ({
  id,
  layerCode,
  title,
  description,
  period: { start, end },
  status,
  confidence,
  records: [],
  mapNodeId,
  gap: null,
}));

export const fishSauceRoadmap: Roadmap = {
  id: 'demo-roadmap-fish-sauce',
  title: { vi: 'Lộ trình đổi mới công nghệ chế biến nước mắm 2026–2030', en: 'Fish-sauce processing innovation roadmap 2026–2030' },
  scope: { kind: 'sector', vsicCode: fishSauceMap.vsicCode },
  ownerId: 'dost-nghe-an',
  startYear: 2026,
  horizonYears: 5,
  reviewDate: '2027-06-30',
  technologyMapId: fishSauceMap.id,
  layers: defaultLayers(),
  items,
  links: links.map(([from, kind, to], i): ItemLink => ({ id: `link-${i + 1}`, kind, from, to })),
};
