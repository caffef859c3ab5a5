import { describe, expect, it } from 'vitest';
import { checkComposition } from './council-composition.js';
import { compositionRuleProblems, defaultCompositionRules, normalisedRule, type CouncilMember } from './council-rules.js';

const identification = defaultCompositionRules.identification;
const five: CouncilMember[] = [
  { personId: 'chair', role: 'chair', organisationId: 'univ-1', external: true },
  { personId: 'vice', role: 'vice-chair', organisationId: 'inst-1', external: true },
  { personId: 'm1', role: 'member', organisationId: 'inst-2', external: true },
  { personId: 'm2', role: 'member', organisationId: 'univ-2', external: true },
  { personId: 'm3', role: 'member', organisationId: 'bank-1', external: true },
  { personId: 'sec', role: 'secretary', organisationId: 'agency', external: false },
];

describe('a kind’s composition rule as agency staff edit it', () => {
  it('accepts every shipped default', () => {
    for (const rule of Object.values(defaultCompositionRules)) expect(compositionRuleProblems(rule)).toEqual([]);
  });

  it('names each impossible part: an inverted range, presiding roles beyond the smallest council, externals and quorum beyond the largest', () => {
    expect(
      compositionRuleProblems({
        ...identification,
        scorerCounts: [1, 3],
        chairs: { min: 1, max: 1 },
        viceChairs: { min: 2, max: 1 },
        minExternal: 4,
        quorum: { ...identification.quorum, minScorers: 5 },
      }),
    ).toEqual([
      { path: 'viceChairs.min', key: 'range_inverted' },
      { path: 'scorerCounts', key: 'roles_exceed_scorers' },
      { path: 'minExternal', key: 'external_exceed_scorers' },
      { path: 'quorum.minScorers', key: 'quorum_unreachable' },
    ]);
  });

  it('counts a scoring secretary among the presiding roles a council must hold', () => {
    const rule = { ...identification, scorerCounts: [2], minExternal: 0, quorum: { ...identification.quorum, minScorers: 2 } };
    expect(compositionRuleProblems(rule)).toEqual([]);
    expect(compositionRuleProblems({ ...rule, secretaryScores: true })).toEqual([{ path: 'scorerCounts', key: 'roles_exceed_scorers' }]);
  });

  it('stores scorer counts distinct and ascending', () => {
    expect(normalisedRule({ ...identification, scorerCounts: [9, 5, 7, 5] }).scorerCounts).toEqual([5, 7, 9]);
  });

  it('decides composition by the edited rule: five scorers break the default identification rule and keep one that allows five', () => {
    expect(checkComposition(five, identification).map((v) => v.key)).toContain('scorer_count');
    expect(checkComposition(five, { ...identification, scorerCounts: [5, 7, 9] })).toEqual([]);
  });
});
