import { describe, expect, it } from 'vitest';
import { defaultEligibilityRule, eligibleEnterprises, evaluateEligibility, type EvidenceItem } from './award-eligibility.js';
import { rankNominees, type NomineeScores, type TieDecision } from './award-ranking.js';

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
