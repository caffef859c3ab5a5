import { describe, expect, it } from 'vitest';
import { compileGlossary } from './glossary.js';
import { rankDemandsForOffer, rankOffersForDemand } from './rank.js';
import { defaultMatcherSettings as settings } from './settings.js';
import type { MatchDemand, MatchOffer } from './types.js';

const glossary = compileGlossary([
  { vi: 'nước mắm', en: 'fish sauce' },
  { vi: 'lên men', en: 'fermentation' },
  { vi: 'máy sấy', en: 'dryer' },
]);

const offer = (id: string, patch: Partial<MatchOffer>): MatchOffer => ({
  id,
  language: 'vi',
  title: '',
  summary: '',
  description: '',
  keywords: [],
  sectorCodes: [],
  fieldCodes: [],
  trl: null,
  priceVnd: null,
  country: 'VN',
  ...patch,
});
const demand: MatchDemand = {
  id: 'd1',
  language: 'vi',
  title: 'Rút ngắn thời gian lên men nước mắm',
  description: 'Cơ sở sản xuất nước mắm truyền thống cần công nghệ lên men nhanh.',
  keywords: ['nước mắm', 'lên men'],
  sectorCodes: ['C'],
  fieldCodes: ['206'],
  minTrl: 6,
  budgetVnd: 1_000_000_000,
  seekAbroad: true,
};
const offers = [
  offer('vi-sauce', { title: 'Công nghệ lên men nhanh nước mắm bằng enzyme', sectorCodes: ['C'], fieldCodes: ['206'], trl: 7, priceVnd: 500_000_000 }),
  offer('en-sauce', { language: 'en', title: 'Accelerated fish sauce fermentation with protease enzymes', country: 'KR', trl: 8 }),
  offer('dryer', { title: 'Máy sấy cà phê bằng bơm nhiệt', sectorCodes: ['C'] }),
  offer('unrelated', { title: 'Phần mềm quản lý kho' }),
];

describe('rankOffersForDemand', () => {
  const ranked = rankOffersForDemand(demand, offers, glossary, settings);

  it('ranks the Vietnamese and the English answer first and leaves out offers with no shared words', () => {
    expect(
      ranked
        .slice(0, 2)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['en-sauce', 'vi-sauce']);
    expect(ranked.map((m) => m.id)).not.toContain('unrelated');
  });

  it('scores 0–100 and explains each match in words', () => {
    expect(ranked.every((m) => m.score >= 0 && m.score <= 100)).toBe(true);
    const vi = ranked.find((m) => m.id === 'vi-sauce')!;
    expect(vi.reasons.map((r) => r.text.vi)).toEqual(
      expect.arrayContaining(['Cùng lĩnh vực KH&CN 206', 'Cùng ngành VSIC C', 'TRL 7 ≥ yêu cầu 6', 'Giá trong ngân sách']),
    );
    expect(vi.reasons.find((r) => r.kind === 'phrases')?.text.vi).toMatch(/nước mắm|lên men/);
    const en = ranked.find((m) => m.id === 'en-sauce')!;
    expect(en.reasons.map((r) => r.text.en)).toContain('Foreign source: KR');
  });

  it('without the glossary the English offer is not found', () => {
    const plain = rankOffersForDemand(demand, offers, null, settings);
    expect(plain.map((m) => m.id)).not.toContain('en-sauce');
  });

  it('puts an offer below the required TRL after an equal one that fits', () => {
    const twins = [offer('low', { title: 'Lên men nước mắm', trl: 3 }), offer('fit', { title: 'Lên men nước mắm', trl: 6 })];
    expect(rankOffersForDemand(demand, twins, glossary, settings).map((m) => m.id)).toEqual(['fit', 'low']);
  });

  it('puts an offer over budget after an equal one within it; no price is neutral', () => {
    const twins = [
      offer('over', { title: 'Lên men nước mắm', priceVnd: 3_000_000_000 }),
      offer('negotiable', { title: 'Lên men nước mắm', priceVnd: null }),
      offer('within', { title: 'Lên men nước mắm', priceVnd: 900_000_000 }),
    ];
    expect(rankOffersForDemand(demand, twins, glossary, settings).map((m) => m.id)).toEqual(['within', 'negotiable', 'over']);
  });
});

describe('rankDemandsForOffer', () => {
  it('ranks demands for an English offer across languages', () => {
    const other: MatchDemand = { ...demand, id: 'd2', title: 'Máy sấy cà phê', description: '', keywords: [] };
    const ranked = rankDemandsForOffer(offers[1], [other, demand], glossary, settings);
    expect(ranked[0].id).toBe('d1');
  });
});
