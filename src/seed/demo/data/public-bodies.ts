import type { DemoConnectionPoint, DemoOrganisation } from './types.js';

export const agency: DemoOrganisation = {
  key: 'agency',
  kind: 'agency',
  nameVi: 'Cục Ứng dụng và Phát triển công nghệ',
  nameEn: 'Agency for Technology Application and Development',
  shortName: 'Cục ƯD&PTCN',
  provinceCode: '01',
  vsicSections: ['O', 'M'],
  address: 'Thành phố Hà Nội',
  description: 'Cơ quan thuộc Bộ Khoa học và Công nghệ, điều phối mạng lưới kết nối cung – cầu công nghệ trên cả nước.',
  hasTaxCode: false,
};

/** A province whose Department of S&T and application centre take part in the network. */
type NetworkProvince = {
  slug: string;
  provinceCode: string;
  /** The pre-merger unit whose body this was, when its code is not the current one (Gia Lai's centre was in Pleiku). */
  legacyProvinceCode?: string;
  /** "tỉnh Nghệ An" / "thành phố Hải Phòng", as the bodies' names write it. */
  unitVi: string;
  nameEn: string;
  /** Which of the two bodies hosts the province's connection point. */
  host: 'centre' | 'dost';
  point: { provinces: string[]; openedOn: string; regionVi?: string; regionEn?: string };
};

const networkProvinces: NetworkProvince[] = [
  { slug: 'nghe-an', provinceCode: '40', unitVi: 'tỉnh Nghệ An', nameEn: 'Nghe An', host: 'centre', point: { provinces: ['40', '38', '42', '44', '46'], openedOn: '2017-04-20', regionVi: 'vùng Bắc Trung Bộ', regionEn: 'North Central region' } },
  { slug: 'gia-lai', provinceCode: '52', legacyProvinceCode: '64', unitVi: 'tỉnh Gia Lai', nameEn: 'Gia Lai', host: 'centre', point: { provinces: ['52'], openedOn: '2018-06-15' } },
  { slug: 'lang-son', provinceCode: '20', unitVi: 'tỉnh Lạng Sơn', nameEn: 'Lang Son', host: 'centre', point: { provinces: ['20', '04'], openedOn: '2018-09-10' } },
  { slug: 'quang-ninh', provinceCode: '22', unitVi: 'tỉnh Quảng Ninh', nameEn: 'Quang Ninh', host: 'centre', point: { provinces: ['22'], openedOn: '2018-03-26' } },
  { slug: 'hai-phong', provinceCode: '31', unitVi: 'thành phố Hải Phòng', nameEn: 'Hai Phong', host: 'dost', point: { provinces: ['31', '33'], openedOn: '2019-05-08' } },
  { slug: 'thai-nguyen', provinceCode: '19', unitVi: 'tỉnh Thái Nguyên', nameEn: 'Thai Nguyen', host: 'centre', point: { provinces: ['19', '08'], openedOn: '2018-11-02' } },
  { slug: 'son-la', provinceCode: '14', unitVi: 'tỉnh Sơn La', nameEn: 'Son La', host: 'centre', point: { provinces: ['14', '11', '12', '15'], openedOn: '2019-07-19', regionVi: 'vùng Tây Bắc', regionEn: 'North West region' } },
  { slug: 'ha-noi', provinceCode: '01', unitVi: 'thành phố Hà Nội', nameEn: 'Hanoi', host: 'centre', point: { provinces: ['01', '24', '25', '37'], openedOn: '2017-10-12' } },
  { slug: 'da-nang', provinceCode: '48', unitVi: 'thành phố Đà Nẵng', nameEn: 'Da Nang', host: 'centre', point: { provinces: ['48', '51'], openedOn: '2018-08-16' } },
  { slug: 'ho-chi-minh', provinceCode: '79', unitVi: 'Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City', host: 'centre', point: { provinces: ['79', '80'], openedOn: '2017-12-05' } },
  { slug: 'can-tho', provinceCode: '92', unitVi: 'thành phố Cần Thơ', nameEn: 'Can Tho', host: 'centre', point: { provinces: ['92', '86', '82', '91', '96'], openedOn: '2019-03-22', regionVi: 'vùng Đồng bằng sông Cửu Long', regionEn: 'Mekong Delta region' } },
  { slug: 'dong-nai', provinceCode: '75', unitVi: 'tỉnh Đồng Nai', nameEn: 'Dong Nai', host: 'dost', point: { provinces: ['75'], openedOn: '2020-06-11' } },
  { slug: 'lam-dong', provinceCode: '68', unitVi: 'tỉnh Lâm Đồng', nameEn: 'Lam Dong', host: 'centre', point: { provinces: ['68', '66', '56'], openedOn: '2019-10-24', regionVi: 'vùng Tây Nguyên và Nam Trung Bộ', regionEn: 'Central Highlands and South Central region' } },
];

const capitalised = (unit: string) => unit.charAt(0).toUpperCase() + unit.slice(1);

export const departments: DemoOrganisation[] = networkProvinces.map((p) => ({
  key: `dost-${p.slug}`,
  kind: 'dost',
  nameVi: `Sở Khoa học và Công nghệ ${p.unitVi}`,
  nameEn: `${p.nameEn} Department of Science and Technology`,
  shortName: `Sở KH&CN ${p.unitVi.replace(/^(tỉnh|thành phố|Thành phố) /, '')}`,
  provinceCode: p.provinceCode,
  legacyProvinceCode: p.legacyProvinceCode ?? p.provinceCode,
  vsicSections: ['O'],
  address: capitalised(p.unitVi),
  hasTaxCode: false,
}));

export const centres: DemoOrganisation[] = networkProvinces.map((p) => ({
  key: `centre-${p.slug}`,
  kind: 'centre',
  nameVi: `Trung tâm Ứng dụng tiến bộ khoa học và công nghệ ${p.unitVi}`,
  nameEn: `${p.nameEn} Centre for Application of Science and Technology Progress`,
  provinceCode: p.provinceCode,
  legacyProvinceCode: p.legacyProvinceCode ?? p.provinceCode,
  vsicSections: ['M'],
  address: capitalised(p.unitVi),
  description: `Đơn vị sự nghiệp trực thuộc Sở Khoa học và Công nghệ ${p.unitVi}: tư vấn, chuyển giao công nghệ, đo lường thử nghiệm và hỗ trợ doanh nghiệp đổi mới công nghệ.`,
  // Centres sign consulting and transfer contracts in their own name, so they carry a tax code.
  hasTaxCode: true,
}));

/** The network's 13 connection points (2024), mostly hosted by the application centres. */
export const connectionPoints: DemoConnectionPoint[] = networkProvinces.map((p) => {
  const short = p.unitVi.replace(/^(tỉnh|thành phố|Thành phố) /, '');
  return {
    hostKey: `${p.host}-${p.slug}`,
    nameVi: `Điểm kết nối cung cầu công nghệ ${short}${p.point.regionVi ? ` và ${p.point.regionVi}` : ''}`,
    nameEn: `${p.nameEn}${p.point.regionEn ? ` and ${p.point.regionEn}` : ''} technology supply–demand connection point`,
    provinces: p.point.provinces,
    openedOn: p.point.openedOn,
  };
});
