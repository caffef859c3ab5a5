import { describe, expect, it } from 'vitest';
import { fishSauceMap } from '../../domain/roadmaps/demo/fish-sauce-map.js';
import { countByNode, mapMatcher, type MatchableRecord } from '../../domain/roadmaps/technology-map/matcher.js';
import { fold } from '../../domain/text/fold.js';
import { demoExperts } from './data/experts.js';
import { generateDemands } from './generate/demands.js';
import { generateOffers } from './generate/offers.js';

// The demo technology map must find records in the demo catalogue, or its counts show zeros.
const asRecord = (r: { vsicSections: string[]; fieldCodes: string[]; keywords: string[] }): MatchableRecord => ({
  vsicCodes: r.vsicSections,
  fieldCodes: r.fieldCodes,
  foldedKeywords: r.keywords.map(fold),
});
const offers = generateOffers();
const demands = generateDemands();
const records = [
  ...offers.map((o) => ({ kind: 'offer' as const, record: asRecord(o) })),
  ...demands.map((d) => ({ kind: 'demand' as const, record: asRecord(d) })),
  ...demoExperts.map((e) => ({ kind: 'expert' as const, record: { vsicCodes: [], fieldCodes: e.fields, foldedKeywords: e.expertise.map(fold) } })),
];

describe('the demo fish-sauce map on the demo catalogue', () => {
  it('finds offers, demands and experts under most of its nodes', () => {
    const counts = countByNode(fishSauceMap, records);
    const found = fishSauceMap.nodes.filter((n) => Object.keys(counts.get(n.id) ?? {}).length > 0);
    expect(found.length).toBeGreaterThanOrEqual(14);
    expect(counts.get('ns-traditional')).toMatchObject({ offer: expect.any(Number), demand: expect.any(Number), expert: expect.any(Number) });
  });

  it("puts the Cửa Hội enterprise's needs under the technologies they are about", () => {
    const nodesOf = mapMatcher(fishSauceMap);
    const demandTitled = (start: string) => demands.find((d) => d.title.startsWith(start));
    const fermentation = demandTitled('Cần công nghệ rút ngắn thời gian ủ chượp');
    const traceability = demandTitled('Cần hệ thống truy xuất nguồn gốc và tem điện tử cho nước mắm');
    const wastewater = demandTitled('Cần công nghệ xử lý nước thải và mùi cho cơ sở chế biến nước mắm');
    expect(fermentation && nodesOf(asRecord(fermentation))).toContain('ns-enzyme');
    expect(traceability && nodesOf(asRecord(traceability))).toContain('ns-traceability');
    expect(wastewater && nodesOf(asRecord(wastewater))).toContain('ns-wastewater');
  });

  it("leaves other sectors' records out", () => {
    const nodesOf = mapMatcher(fishSauceMap);
    const textile = demands.find((d) => d.title.includes('dệt nhuộm'));
    const coffee = offers.find((o) => o.title.includes('cà phê'));
    expect(textile && nodesOf(asRecord(textile))).toEqual([]);
    expect(coffee && nodesOf(asRecord(coffee))).toEqual([]);
  });
});
