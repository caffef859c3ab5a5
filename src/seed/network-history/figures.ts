/**
 * Yearly figures the demo network history reproduces. 2019 is taken from the agency's annual
 * review (seed-facts.md); the other years are plausible fictional values around it.
 */
export type ForeignBatch = { country: 'KR' | 'CN' | 'SG' | 'JP'; count: number; sectorCode: string; fieldCode: string };

export type YearFigures = {
  year: number;
  /** Connections brokered by the connection points. */
  throughConnectionPoints: number;
  /** Connections with foreign partners through the representative offices. */
  foreign: ForeignBatch[];
  /** Consulting and transfer contracts the provincial centres signed themselves. */
  centreContracts: { count: number; totalVnd: number };
};

export const yearFigures: YearFigures[] = [
  {
    year: 2017,
    throughConnectionPoints: 28,
    foreign: [
      { country: 'KR', count: 60, sectorCode: 'C', fieldCode: '203' },
      { country: 'CN', count: 12, sectorCode: 'Q', fieldCode: '304' },
    ],
    centreContracts: { count: 1960, totalVnd: 38_500_000_000 },
  },
  {
    year: 2018,
    throughConnectionPoints: 41,
    foreign: [
      { country: 'KR', count: 120, sectorCode: 'C', fieldCode: '203' },
      { country: 'CN', count: 18, sectorCode: 'Q', fieldCode: '304' },
      { country: 'JP', count: 3, sectorCode: 'D', fieldCode: '202' },
    ],
    centreContracts: { count: 2410, totalVnd: 47_200_000_000 },
  },
  {
    year: 2019,
    throughConnectionPoints: 50,
    foreign: [
      { country: 'KR', count: 200, sectorCode: 'C', fieldCode: '203' },
      { country: 'CN', count: 30, sectorCode: 'Q', fieldCode: '304' },
      { country: 'SG', count: 5, sectorCode: 'E', fieldCode: '207' },
      { country: 'JP', count: 4, sectorCode: 'D', fieldCode: '202' },
    ],
    centreContracts: { count: 2828, totalVnd: 59_000_000_000 },
  },
  {
    year: 2020,
    throughConnectionPoints: 35,
    foreign: [
      { country: 'KR', count: 70, sectorCode: 'C', fieldCode: '203' },
      { country: 'CN', count: 10, sectorCode: 'Q', fieldCode: '304' },
    ],
    centreContracts: { count: 2150, totalVnd: 44_800_000_000 },
  },
  {
    year: 2021,
    throughConnectionPoints: 38,
    foreign: [
      { country: 'KR', count: 55, sectorCode: 'C', fieldCode: '203' },
      { country: 'SG', count: 6, sectorCode: 'E', fieldCode: '207' },
    ],
    centreContracts: { count: 2040, totalVnd: 43_100_000_000 },
  },
  {
    year: 2022,
    throughConnectionPoints: 57,
    foreign: [
      { country: 'KR', count: 110, sectorCode: 'C', fieldCode: '203' },
      { country: 'JP', count: 9, sectorCode: 'D', fieldCode: '202' },
      { country: 'CN', count: 20, sectorCode: 'Q', fieldCode: '304' },
    ],
    centreContracts: { count: 2560, totalVnd: 55_300_000_000 },
  },
  {
    year: 2023,
    throughConnectionPoints: 72,
    foreign: [
      { country: 'KR', count: 150, sectorCode: 'C', fieldCode: '203' },
      { country: 'JP', count: 12, sectorCode: 'D', fieldCode: '202' },
      { country: 'SG', count: 8, sectorCode: 'E', fieldCode: '205' },
    ],
    centreContracts: { count: 2905, totalVnd: 63_400_000_000 },
  },
  {
    year: 2024,
    throughConnectionPoints: 84,
    foreign: [
      { country: 'KR', count: 170, sectorCode: 'C', fieldCode: '203' },
      { country: 'CN', count: 25, sectorCode: 'Q', fieldCode: '304' },
      { country: 'JP', count: 15, sectorCode: 'D', fieldCode: '202' },
    ],
    centreContracts: { count: 3012, totalVnd: 66_900_000_000 },
  },
];

/** Techdemo 2019 in Pleiku, Gia Lai: 12 MoUs on technology transfer worth over 500 billion VND. */
export const techdemo2019 = {
  kind: 'techdemo',
  name: 'Trình diễn, kết nối cung – cầu công nghệ (Techdemo) 2019',
  startsOn: '2019-11-24',
  endsOn: '2019-11-26',
  /** The province as it was in 2019 (before the 2025 merger). */
  provinceName: 'Gia Lai',
  venue: 'Thành phố Pleiku, Gia Lai',
  mouValuesBillionVnd: [85, 72, 60, 55, 48, 42, 38, 35, 30, 25, 15, 7.5],
};

export const techconnect2023 = {
  kind: 'techconnect',
  name: 'Techconnect và Đổi mới sáng tạo Việt Nam 2023',
  startsOn: '2023-10-05',
  endsOn: '2023-10-07',
  provinceName: 'Quảng Ninh',
  venue: 'Thành phố Hạ Long, Quảng Ninh',
  mouValuesBillionVnd: [40, 32, 25, 18, 12, 9],
};
