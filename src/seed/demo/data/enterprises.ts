import type { DemoOrganisation, SectorKey } from './types.js';

type EnterpriseRow = [key: string, nameVi: string, provinceCode: string, legacyProvinceCode: string | null, vsic: string[], size: DemoOrganisation['size'], sectors: SectorKey[], address: string];

/** Fictional enterprises; the two Nghệ An companies are the ones the 2017 visit describes. */
const rows: EnterpriseRow[] = [
  ['nuoc-mam-cua-hoi', 'Công ty TNHH Nước mắm Cửa Hội Xanh', '40', '40', ['C'], 'small', ['food'], 'Phường Cửa Lò, tỉnh Nghệ An'],
  ['duoc-hong-lam', 'Công ty Cổ phần Dược và Vật tư y tế Hồng Lam', '40', '40', ['C', 'G'], 'medium', ['pharma'], 'Phường Trường Vinh, tỉnh Nghệ An'],
  ['thuc-pham-na-ka', 'Công ty TNHH Thực phẩm Cao nguyên Nà Ka', '14', '14', ['C'], 'small', ['food'], 'Phường Mộc Sơn, tỉnh Sơn La'],
  ['co-khi-song-cau', 'Công ty Cổ phần Cơ khí Chính xác Sông Cầu Mới', '19', '19', ['C'], 'medium', ['mechanical'], 'Phường Phổ Yên, tỉnh Thái Nguyên'],
  ['may-nong-nghiep-tay-do', 'Công ty TNHH Máy Nông nghiệp Phù Sa Tây Đô', '92', '92', ['C', 'G'], 'small', ['agri-machinery'], 'Phường Cái Răng, thành phố Cần Thơ'],
  ['thuy-san-dat-mui', 'Công ty Cổ phần Thủy sản Đất Mũi Xanh', '96', '96', ['A', 'C'], 'medium', ['aquaculture'], 'Xã Năm Căn, tỉnh Cà Mau'],
  ['ca-phe-ea-kmat', 'Công ty TNHH Cà phê Ea Kmat Nguyên Chất', '66', '66', ['A', 'C'], 'small', ['coffee'], 'Phường Buôn Ma Thuột, tỉnh Đắk Lắk'],
  ['ho-tieu-chu-se', 'Hợp tác xã Hồ tiêu Chư Sê Bền Vững', '52', '64', ['A'], 'micro', ['pepper'], 'Xã Chư Sê, tỉnh Gia Lai'],
  ['cao-su-xuan-loc', 'Công ty Cổ phần Cao su Xuân Lộc Phát', '75', '75', ['A', 'C'], 'large', ['rubber'], 'Xã Xuân Lộc, tỉnh Đồng Nai'],
  ['go-song-ha', 'Công ty TNHH Gỗ Mỹ nghệ Sông Hà Quy Nhơn', '52', '52', ['C'], 'medium', ['wood'], 'Phường Quy Nhơn Nam, tỉnh Gia Lai'],
  ['may-pho-hien', 'Công ty Cổ phần May mặc Phố Hiến Việt', '33', '33', ['C'], 'large', ['textiles', 'energy'], 'Phường Phố Hiến, tỉnh Hưng Yên'],
  ['vlxd-ha-long', 'Công ty Cổ phần Vật liệu Xây dựng Hạ Long Xanh', '22', '22', ['C', 'F'], 'medium', ['materials'], 'Phường Hà Tu, tỉnh Quảng Ninh'],
  ['dien-tu-kinh-bac', 'Công ty TNHH Linh kiện Điện tử Kinh Bắc Tech', '24', '27', ['C'], 'medium', ['electronics'], 'Phường Từ Sơn, tỉnh Bắc Ninh'],
  ['nang-luong-phan-rang', 'Công ty Cổ phần Năng lượng Tái tạo Nắng Phan Rang', '56', '58', ['D'], 'medium', ['energy'], 'Phường Phan Rang, tỉnh Khánh Hòa'],
  ['moi-truong-cang-xanh', 'Công ty TNHH Môi trường Cảng Xanh', '31', '31', ['E'], 'small', ['environment'], 'Phường Hải An, thành phố Hải Phòng'],
  ['che-tan-cuong', 'Hợp tác xã Chè Hương Sớm Tân Cương', '19', '19', ['A', 'C'], 'micro', ['food', 'crops'], 'Xã Tân Cương, tỉnh Thái Nguyên'],
  ['hoi-que-xu-lang', 'Công ty TNHH Hồi Quế Xứ Lạng', '20', '20', ['C'], 'small', ['food', 'pharma'], 'Xã Văn Quan, tỉnh Lạng Sơn'],
  ['thuy-san-van-don', 'Công ty Cổ phần Thủy sản Biển Bạc Vân Đồn', '22', '22', ['A', 'C'], 'small', ['aquaculture'], 'Đặc khu Vân Đồn, tỉnh Quảng Ninh'],
  ['co-khi-thuy-do-son', 'Công ty Cổ phần Cơ khí Thủy Đồ Sơn Việt', '31', '31', ['C'], 'medium', ['mechanical'], 'Phường Đồ Sơn, thành phố Hải Phòng'],
  ['go-hong-linh', 'Công ty TNHH Chế biến Gỗ Hồng Lĩnh Xanh', '42', '42', ['C'], 'small', ['wood'], 'Phường Hồng Lĩnh, tỉnh Hà Tĩnh'],
  ['nong-san-song-ma', 'Công ty Cổ phần Nông sản Sông Mã Phát', '38', '38', ['A', 'C'], 'medium', ['food', 'crops'], 'Xã Thọ Xuân, tỉnh Thanh Hóa'],
  ['tu-dong-hoa-han-giang', 'Công ty TNHH Tự động hóa Hàn Giang', '48', '48', ['C', 'J'], 'small', ['electronics'], 'Phường Hải Châu, thành phố Đà Nẵng'],
  ['bao-bi-phu-lam', 'Công ty Cổ phần Bao bì Nhựa Phú Lâm Xanh', '79', '79', ['C'], 'medium', ['environment', 'energy'], 'Phường Phú Lâm, Thành phố Hồ Chí Minh'],
  ['gao-that-son', 'Công ty TNHH Chế biến Gạo Thất Sơn', '91', '89', ['C'], 'medium', ['food', 'agri-machinery', 'energy'], 'Phường Tịnh Biên, tỉnh An Giang'],
  ['thuy-san-sa-dec', 'Công ty Cổ phần Thủy sản Sa Đéc Tân Tiến', '82', '87', ['A', 'C'], 'large', ['aquaculture'], 'Phường Sa Đéc, tỉnh Đồng Tháp'],
  ['nong-nghiep-lang-biang', 'Công ty TNHH Nông nghiệp Công nghệ cao Lang Biang Xanh', '68', '68', ['A'], 'small', ['crops'], 'Phường Lâm Viên - Đà Lạt, tỉnh Lâm Đồng'],
  ['gach-viet-tri', 'Công ty Cổ phần Gạch ngói Việt Trì Mới', '25', '25', ['C'], 'medium', ['materials'], 'Phường Việt Trì, tỉnh Phú Thọ'],
  ['co-khi-tra-khuc', 'Công ty TNHH Cơ khí Nông nghiệp Trà Khúc', '51', '51', ['C'], 'small', ['agri-machinery', 'mechanical'], 'Phường Cẩm Thành, tỉnh Quảng Ngãi'],
  ['duoc-lieu-bach-ma', 'Công ty TNHH Dược liệu Bạch Mã Xanh', '46', '46', ['A', 'C'], 'small', ['pharma', 'crops'], 'Phường Phú Bài, thành phố Huế'],
  ['phu-tung-hoa-lu', 'Công ty Cổ phần Phụ tùng Ô tô Hoa Lư', '37', '37', ['C'], 'medium', ['mechanical'], 'Phường Tam Điệp, tỉnh Ninh Bình'],
  ['dua-cho-lach', 'Công ty TNHH Sản phẩm Dừa Chợ Lách Xanh', '86', '83', ['C'], 'small', ['food', 'energy'], 'Xã Chợ Lách, tỉnh Vĩnh Long'],
  ['ca-phe-thuan-chau', 'Hợp tác xã Cà phê Arabica Thuận Châu', '14', '14', ['A', 'C'], 'micro', ['coffee'], 'Xã Thuận Châu, tỉnh Sơn La'],
  ['thuc-an-thuy-san-hau-giang', 'Công ty Cổ phần Thức ăn Thủy sản Hậu Giang Việt', '92', '93', ['C'], 'medium', ['aquaculture'], 'Phường Vị Thanh, thành phố Cần Thơ'],
  ['iot-ho-tay', 'Công ty Cổ phần Giải pháp IoT Hồ Tây', '01', '01', ['J', 'C'], 'small', ['electronics'], 'Phường Tây Hồ, thành phố Hà Nội'],
  ['chan-nuoi-lam-son', 'Công ty TNHH Chăn nuôi Sinh học Lam Sơn Xanh', '38', '38', ['A'], 'medium', ['livestock'], 'Xã Triệu Sơn, tỉnh Thanh Hóa'],
  ['bo-thit-son-la', 'Hợp tác xã Bò thịt Cao nguyên Sơn La', '14', '14', ['A'], 'micro', ['livestock'], 'Xã Vân Hồ, tỉnh Sơn La'],
  ['chan-nuoi-ia-pa', 'Công ty TNHH Chăn nuôi Bò Ia Pa Xanh', '52', '64', ['A'], 'small', ['livestock'], 'Xã Ia Pa, tỉnh Gia Lai'],
  ['det-nhuom-nam-dinh', 'Công ty Cổ phần Dệt nhuộm Thiên Trường Mới', '37', '36', ['C'], 'large', ['textiles', 'environment'], 'Phường Nam Định, tỉnh Ninh Bình'],
];

/** Profiles of the enterprises the demo accounts and the 2017 Nghệ An visit show first. */
const descriptions: Record<string, string> = {
  'nuoc-mam-cua-hoi':
    'Cơ sở nước mắm truyền thống ba thế hệ ở cửa biển Cửa Hội, ủ chượp cá cơm trong thùng gỗ; đang tìm công nghệ rút ngắn thời gian ủ và truy xuất nguồn gốc để đưa sản phẩm vào siêu thị.',
  'duoc-hong-lam':
    'Sản xuất và phân phối thuốc thông thường, dược liệu và vật tư y tế cho các bệnh viện khu vực Bắc Trung Bộ; có chi nhánh tại Hà Tĩnh.',
  'thuc-pham-na-ka': 'Chế biến xoài, mận và măng của vùng cao nguyên thành sản phẩm sấy và đóng hộp, liên kết với các hợp tác xã trồng cây ăn quả.',
};

export const enterprises: DemoOrganisation[] = rows.map(([key, nameVi, provinceCode, legacyProvinceCode, vsicSections, size, sectors, address]) => ({
  key,
  kind: 'enterprise',
  nameVi,
  provinceCode,
  legacyProvinceCode: legacyProvinceCode ?? undefined,
  vsicSections,
  size,
  sectors,
  address,
  description: descriptions[key],
  hasTaxCode: true,
}));

/** Enterprises that also sell their own technology, with the sectors they offer in (their `sectors` are where they have needs). */
export const technologyProviders: Record<string, SectorKey[]> = {
  'co-khi-song-cau': ['mechanical'],
  'tu-dong-hoa-han-giang': ['electronics'],
  'iot-ho-tay': ['electronics', 'energy'],
  'may-nong-nghiep-tay-do': ['agri-machinery'],
  'co-khi-tra-khuc': ['agri-machinery'],
  'moi-truong-cang-xanh': ['environment'],
  'nang-luong-phan-rang': ['energy'],
  'vlxd-ha-long': ['materials'],
};

/** Branches carry the head office's tax code plus a three-digit suffix. */
export const branches: DemoOrganisation[] = [
  { key: 'duoc-hong-lam-ha-tinh', kind: 'enterprise', nameVi: 'Chi nhánh Hà Tĩnh – Công ty Cổ phần Dược và Vật tư y tế Hồng Lam', provinceCode: '42', legacyProvinceCode: '42', vsicSections: ['G'], size: 'small', sectors: ['pharma'], address: 'Phường Thành Sen, tỉnh Hà Tĩnh', hasTaxCode: true, branchOf: 'duoc-hong-lam' },
  { key: 'cao-su-xuan-loc-tay-ninh', kind: 'enterprise', nameVi: 'Chi nhánh Tây Ninh – Công ty Cổ phần Cao su Xuân Lộc Phát', provinceCode: '80', legacyProvinceCode: '72', vsicSections: ['A'], size: 'medium', sectors: ['rubber'], address: 'Xã Dương Minh Châu, tỉnh Tây Ninh', hasTaxCode: true, branchOf: 'cao-su-xuan-loc' },
];
