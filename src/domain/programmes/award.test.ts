import { describe, expect, it } from 'vitest';
import { defaultEligibilityRule, eligibleEnterprises, evaluateEligibility, type EvidenceItem } from './award-eligibility.js';
import { defaultRankingRule, rankNominees, tierSizes, type NomineeScores, type TieDecision } from './award-ranking.js';

const evidence = (
  id: string,
  enterpriseId: string,
  activity: EvidenceItem['activity'],
  date: string,
  kind: EvidenceItem['source']['kind'] = 'agreement',
): EvidenceItem => ({
  id,
  enterpriseId,
  activity,
  date,
  source: { kind, recordId: `rec-${id}` },
});

describe('innovation award eligibility', () => {
  const round = defaultEligibilityRule(2016, 2018);

  it('makes an enterprise eligible by a transfer contract of 2017 in the pipeline, with that evidence attached', () => {
    const items = [
      evidence('e1', 'ent-1', 'technology-transfer-received', '2017-05-20'),
      evidence('e2', 'ent-2', 'quality-management', '2015-12-31', 'declared'),
    ];
    expect(eligibleEnterprises(items, round)).toEqual([
      { enterpriseId: 'ent-1', eligible: true, activities: ['technology-transfer-received'], evidence: [items[0]], setAside: [] },
    ]);
    expect(evaluateEligibility('ent-2', items, round)).toMatchObject({ eligible: false, setAside: [{ item: items[1], reason: 'outside-period' }] });
  });

  it('counts distinct activities against the rule, and sets aside activities the round does not count', () => {
    const items = [
      evidence('a', 'ent-1', 'equipment-investment', '2016-01-01', 'assessment'),
      evidence('b', 'ent-1', 'equipment-investment', '2018-12-31', 'assessment'),
      evidence('c', 'ent-1', 'industrial-property', '2018-06-01', 'offer-ip'),
      evidence('d', 'ent-2', 'rd-application', '2017-01-01', 'programme-task'),
    ];
    const strict = { ...round, minActivities: 2, qualifyingActivities: ['equipment-investment', 'industrial-property'] as const };
    expect(eligibleEnterprises(items, strict).map((e) => [e.enterpriseId, e.activities])).toEqual([['ent-1', ['industrial-property', 'equipment-investment']]]);
    expect(evaluateEligibility('ent-2', items, strict).setAside).toEqual([{ item: items[3], reason: 'not-qualifying' }]);
    expect(eligibleEnterprises(items, round).map((e) => e.enterpriseId)).toEqual(['ent-1', 'ent-2']);
  });
});

// Four to six scorers whose totals average exactly `mean`.
function nominee(id: string, mean: number, scorers = 4 + (id.length % 3)): NomineeScores {
  const spread = [-2, 2, -1, 1, 0, 0].slice(0, scorers);
  if (scorers % 2 === 1) spread[scorers - 1] = 0;
  return { dossierId: id, scores: spread.map((d, i) => ({ scorerId: `s${i}`, total: mean + d })) };
}

describe('innovation award ranking', () => {
  // 120 nominations: ranks 20–22, 50–51 and 99–102 share a score; two have only three scorers.
  const tied = new Map<number, number>([
    [21, 20],
    [22, 20],
    [51, 50],
    [100, 99],
    [101, 99],
    [102, 99],
  ]);
  const scoreOfRank = (rank: number) => 100 - 0.5 * (tied.get(rank) ?? rank);
  const nominees = Array.from({ length: 118 }, (_, i) => nominee(`n${String(i + 1).padStart(3, '0')}`, scoreOfRank(i + 1)));
  nominees.push(nominee('short-1', 99, 3), nominee('short-2', 40, 2));
  const chair = (ids: string[]): TieDecision => ({
    dossierIds: [...ids].reverse(),
    decidedBy: 'chair-1',
    decidedAt: new Date('2019-10-01T00:00:00Z'),
    note: 'higher export share',
  });

  it('reports the ties at the tier boundaries and the cut-off that need the chair', () => {
    const first = rankNominees(nominees);
    expect(first.complete).toBe(false);
    expect(first.notRankable).toEqual([
      { dossierId: 'short-1', scorers: 3 },
      { dossierId: 'short-2', scorers: 2 },
    ]);
    expect(first.unresolved.map((t) => [t.boundaries, t.dossierIds])).toEqual([
      [['tier-1/2'], ['n020', 'n021', 'n022']],
      [['tier-2/3'], ['n050', 'n051']],
      [['cut-off'], ['n099', 'n100', 'n101', 'n102']],
    ]);
    expect(first.ranked.find((r) => r.dossierId === 'n021')).toMatchObject({ tier: null, honoured: true });
    expect(first.ranked.find((r) => r.dossierId === 'n101')).toMatchObject({ tier: null, honoured: null });
    expect(first.honourees).toHaveLength(98);
  });

  it('gives exactly 100 honourees in three tiers once the chair has ordered every tie, and records each decision', () => {
    const decisions = rankNominees(nominees).unresolved.map((t) => chair(t.dossierIds));
    const result = rankNominees(nominees, undefined, decisions);
    expect(result.complete).toBe(true);
    expect(result.honourees).toHaveLength(100);
    expect([1, 2, 3].map((tier) => result.honourees.filter((h) => h.tier === tier).length)).toEqual([20, 30, 50]);
    expect(result.ties).toHaveLength(3);
    expect(result.ties.every((t) => t.decision?.decidedBy === 'chair-1')).toBe(true);
    const byId = new Map(result.ranked.map((r) => [r.dossierId, r]));
    expect(['n022', 'n021', 'n020'].map((id) => byId.get(id)?.tier)).toEqual([1, 2, 2]);
    expect(['n102', 'n101', 'n100', 'n099'].map((id) => byId.get(id)?.honoured)).toEqual([true, true, false, false]);
    expect(result.ranked.filter((r) => r.honoured === null || (r.honoured && r.tier === null))).toEqual([]);
  });

  it('with tiers by minimum score, only the cut-off can tie, and nobody under the lowest tier is honoured', () => {
    const rule = { maxHonourees: 3, minScorers: 4, minScore: 0, tiers: { kind: 'thresholds' as const, minScores: [90, 80, 70] as const }, decimals: 2 };
    const field = [nominee('a', 95), nominee('b', 85), nominee('c', 75), nominee('d', 75), nominee('e', 60)];
    expect(rankNominees(field, rule).unresolved.map((t) => [t.boundaries, t.dossierIds])).toEqual([[['cut-off'], ['c', 'd']]]);
    expect(rankNominees(field, rule, [{ ...chair(['c', 'd']), dossierIds: ['c', 'c'] }]).complete).toBe(false);
    const decided = rankNominees(field, rule, [chair(['c', 'd'])]);
    expect(decided.honourees.map((h) => [h.dossierId, h.tier])).toEqual([
      ['a', 1],
      ['b', 2],
      ['d', 3],
    ]);
    expect(rankNominees(field, { ...rule, maxHonourees: 10 }).honourees.map((h) => h.dossierId)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('innovation award tiers for any number of honourees', () => {
  const shares = defaultRankingRule.tiers.kind === 'shares' ? defaultRankingRule.tiers.shares : ([0.2, 0.3, 0.5] as const);
  const field = (count: number) => Array.from({ length: count }, (_, i) => nominee(`k${String(i + 1).padStart(3, '0')}`, 90 - i));
  const tiersOf = (count: number, maxHonourees = 100) => rankNominees(field(count), { ...defaultRankingRule, maxHonourees }).honourees.map((h) => h.tier);

  it('puts a single honouree in tier 1, two in tiers 1 and 2, three in one tier each', () => {
    expect(tiersOf(1)).toEqual([1]);
    expect(tiersOf(2)).toEqual([1, 2]);
    expect(tiersOf(3)).toEqual([1, 2, 3]);
    // One place left by the round: the best of many is honoured, in tier 1.
    expect(tiersOf(5, 1)).toEqual([1]);
  });

  it('follows the shares for a few honourees, by largest remainder', () => {
    expect(tiersOf(4)).toEqual([1, 2, 3, 3]);
    expect(tiersOf(5)).toEqual([1, 2, 2, 3, 3]);
    expect(tiersOf(7)).toEqual([1, 2, 2, 3, 3, 3, 3]);
    expect(tiersOf(10)).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  it('keeps every tier size within one of its share, best tiers never empty below, for 0 to 250 honourees', () => {
    for (let h = 0; h <= 250; h++) {
      const sizes = tierSizes(shares, h);
      expect(sizes[0] + sizes[1] + sizes[2]).toBe(h);
      for (let t = 0; t < Math.min(h, 3); t++) expect(sizes[t]).toBeGreaterThan(0);
      if (h >= 3) sizes.forEach((size, t) => expect(Math.abs(size - h * shares[t])).toBeLessThan(1 + 1e-9));
    }
    expect(tierSizes(shares, 100)).toEqual([20, 30, 50]);
    expect(tierSizes(shares, 99)).toEqual([20, 30, 49]);
    expect(tierSizes([0.29, 0.31, 0.4], 100)).toEqual([29, 31, 40]);
  });

  it("gives many nominations at most the round's number of honourees, in shares of it", () => {
    const tiers = tiersOf(150, 60);
    expect(tiers).toHaveLength(60);
    expect([1, 2, 3].map((t) => tiers.filter((x) => x === t).length)).toEqual([12, 18, 30]);
  });

  it('asks the chair when two tied honourees straddle tiers 1 and 2, or the only place, and then follows the order', () => {
    const pair = [nominee('p', 80), nominee('q', 80)];
    const two = rankNominees(pair);
    expect(two.unresolved.map((t) => [t.boundaries, t.dossierIds])).toEqual([[['tier-1/2'], ['p', 'q']]]);
    expect(two.ranked.map((r) => [r.tier, r.honoured])).toEqual([
      [null, true],
      [null, true],
    ]);
    const decision: TieDecision = { dossierIds: ['q', 'p'], decidedBy: 'chair-1', decidedAt: new Date('2019-10-01T00:00:00Z'), note: null };
    expect(rankNominees(pair, undefined, [decision]).honourees.map((h) => [h.dossierId, h.tier])).toEqual([
      ['q', 1],
      ['p', 2],
    ]);
    const onePlace = rankNominees(pair, { ...defaultRankingRule, maxHonourees: 1 });
    expect(onePlace.unresolved.map((t) => t.boundaries)).toEqual([['cut-off']]);
    expect(rankNominees(pair, { ...defaultRankingRule, maxHonourees: 1 }, [decision]).honourees.map((h) => [h.dossierId, h.tier])).toEqual([['q', 1]]);
  });

  it('asks only for ties that straddle a tier boundary, not for a tie inside one tier', () => {
    const result = rankNominees([nominee('a', 90), nominee('b', 80), nominee('c', 70), nominee('d', 70), nominee('e', 60)]);
    expect(tierSizes(shares, 5)).toEqual([1, 2, 2]);
    // c and d share positions 3 and 4: tier 2 and tier 3, so the chair decides.
    expect(result.unresolved.map((t) => t.dossierIds)).toEqual([['c', 'd']]);
    const inside = rankNominees([nominee('a', 90), nominee('b', 80), nominee('c', 80), nominee('d', 70), nominee('e', 60)]);
    expect(inside.complete).toBe(true);
    expect(inside.honourees.map((h) => h.tier)).toEqual([1, 2, 2, 3, 3]);
  });
});
