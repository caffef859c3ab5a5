import type { DemoOrganisation, SectorKey } from './types.js';

type SupplierRow = [key: string, kind: 'institute' | 'university', nameVi: string, nameEn: string, provinceCode: string, sectors: SectorKey[]];

/** Fictional research institutes and universities that offer technologies and experts. */
const rows: SupplierRow[] = [
  ['vien-che-bien-mien-trung', 'institute', 'Viện Công nghệ Chế biến Nông sản Miền Trung', 'Central Vietnam Institute of Agro-product Processing Technology', '48', ['food', 'coffee', 'pepper']],
  ['vien-vat-lieu-phuong-nam', 'institute', 'Viện Nghiên cứu Vật liệu và Môi trường Phương Nam', 'Southern Institute for Materials and Environment Research', '79', ['materials', 'environment', 'rubber']],
  ['vien-sinh-hoc-tay-nguyen', 'institute', 'Viện Công nghệ Sinh học Ứng dụng Tây Nguyên', 'Central Highlands Institute of Applied Biotechnology', '66', ['crops', 'coffee', 'pepper', 'livestock']],
  ['vien-thuy-san-bac-bo', 'institute', 'Viện Nghiên cứu Nuôi trồng Thủy sản Ven biển Bắc Bộ', 'Northern Coastal Aquaculture Research Institute', '31', ['aquaculture']],
  ['vien-nang-luong-xanh', 'institute', 'Viện Năng lượng Xanh và Tiết kiệm Năng lượng', 'Institute for Green Energy and Energy Efficiency', '01', ['energy', 'electronics']],
  ['vien-duoc-lieu-btb', 'institute', 'Viện Dược liệu và Hóa dược Bắc Trung Bộ', 'North Central Institute of Medicinal Materials and Pharmaceutical Chemistry', '40', ['pharma']],
  ['vien-co-dien-nong-nghiep', 'institute', 'Viện Cơ điện Nông nghiệp và Sau thu hoạch Phía Nam', 'Southern Institute of Agricultural Mechatronics and Post-harvest Technology', '92', ['agri-machinery', 'food']],
  ['vien-go-lam-san', 'institute', 'Viện Nghiên cứu Công nghiệp Gỗ và Lâm sản', 'Research Institute for Wood Industry and Forest Products', '01', ['wood']],
  ['dh-ky-thuat-song-cong', 'university', 'Trường Đại học Kỹ thuật Công nghiệp Sông Công', 'Song Cong University of Industrial Engineering', '19', ['mechanical', 'electronics', 'textiles']],
  ['dh-nong-lam-cao-nguyen', 'university', 'Trường Đại học Nông Lâm Cao Nguyên', 'Highlands University of Agriculture and Forestry', '68', ['crops', 'livestock', 'wood']],
  ['dh-bach-khoa-duyen-hai', 'university', 'Trường Đại học Bách khoa Duyên hải', 'Coastal University of Technology', '31', ['mechanical', 'materials', 'energy']],
  ['dh-cong-nghe-cuu-long', 'university', 'Trường Đại học Công nghệ Đồng bằng Cửu Long', 'Mekong Delta University of Technology', '92', ['aquaculture', 'food', 'environment']],
  ['dh-khoa-hoc-ung-dung-ha-thanh', 'university', 'Trường Đại học Khoa học Ứng dụng Hà Thành', 'Ha Thanh University of Applied Sciences', '01', ['electronics', 'pharma', 'environment']],
];

export const suppliers: DemoOrganisation[] = rows.map(([key, kind, nameVi, nameEn, provinceCode, sectors]) => ({
  key,
  kind,
  nameVi,
  nameEn,
  provinceCode,
  vsicSections: kind === 'university' ? ['P', 'M'] : ['M'],
  sectors,
  // Public institutes and universities sign transfer contracts, so they are registered for tax.
  hasTaxCode: true,
}));
