import type { DemoOrganisation, SectorKey } from './types.js';

type PartnerRow = [key: string, country: 'KR' | 'JP' | 'CN' | 'SG', nameEn: string, vsic: string[], sectors: SectorKey[], address: string];

/** Fictional foreign technology owners, matching the 2019 connections (KR mechanical, CN pharma, SG environment, JP energy). */
const partnerRows: PartnerRow[] = [
  ['kr-hanbit', 'KR', 'Hanbit Precision Machinery Co., Ltd.', ['C'], ['mechanical'], 'Changwon, Gyeongsangnam-do'],
  ['kr-daeseong', 'KR', 'Daeseong CNC Systems Co., Ltd.', ['C'], ['mechanical', 'electronics'], 'Incheon'],
  ['kr-mirae-agri', 'KR', 'Mirae Agri-Machinery Korea Inc.', ['C'], ['agri-machinery', 'mechanical'], 'Gimje, Jeollabuk-do'],
  ['jp-aozora', 'JP', 'Aozora Renewable Power Co., Ltd.', ['D'], ['energy'], 'Osaka'],
  ['jp-tsubame', 'JP', 'Tsubame Clean Energy Engineering K.K.', ['D', 'E'], ['energy', 'environment'], 'Niigata'],
  ['cn-greenleaf', 'CN', 'Kunming Greenleaf Pharmaceutical Technology Co., Ltd.', ['C'], ['pharma'], 'Kunming, Yunnan'],
  ['cn-nanning-herbal', 'CN', 'Nanning Herbal Extraction Engineering Co., Ltd.', ['C'], ['pharma', 'food'], 'Nanning, Guangxi'],
  ['sg-lion-enviro', 'SG', 'Lion City EnviroTech Pte. Ltd.', ['E'], ['environment'], 'Singapore'],
  ['sg-merlion-materials', 'SG', 'Merlion Advanced Materials Pte. Ltd.', ['C'], ['materials', 'environment'], 'Singapore'],
];

export const foreignPartners: DemoOrganisation[] = partnerRows.map(([key, country, nameEn, vsicSections, sectors, address]) => ({
  key,
  kind: 'foreign',
  nameVi: nameEn,
  nameEn,
  country,
  vsicSections,
  sectors,
  address,
  hasTaxCode: false,
}));

type RepOfficeRow = [key: string, country: string, hostVi: string, hostEn: string, covered: string[]];

const repOfficeRows: RepOfficeRow[] = [
  ['rep-kr', 'KR', 'Hàn Quốc', 'the Republic of Korea', ['KR']],
  ['rep-jp', 'JP', 'Nhật Bản', 'Japan', ['JP']],
  ['rep-cn', 'CN', 'Trung Quốc', 'China', ['CN']],
  ['rep-sg', 'SG', 'Singapore', 'Singapore', ['SG', 'MY', 'TH']],
  ['rep-de', 'DE', 'Cộng hòa Liên bang Đức', 'Germany', ['DE', 'AT', 'CH', 'NL']],
  ['rep-us', 'US', 'Hoa Kỳ', 'the United States', ['US', 'CA']],
];

/** Vietnam's S&T representative offices abroad, which search foreign technologies for provinces' demands. */
export const repOffices: DemoOrganisation[] = repOfficeRows.map(([key, country, hostVi, hostEn, coveredCountries]) => ({
  key,
  kind: 'rep-office',
  nameVi: `Bộ phận đại diện Khoa học và Công nghệ Việt Nam tại ${hostVi}`,
  nameEn: `Science and Technology Representative Office of Viet Nam in ${hostEn}`,
  country,
  coveredCountries,
  vsicSections: ['O'],
  hasTaxCode: false,
}));
