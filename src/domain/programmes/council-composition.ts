import { isScorer, type CompositionRule, type CouncilMember, type CouncilRole, type CountRange } from './council-rules.js';

export type CompositionViolationKey =
  'scorer_count' | 'chair_count' | 'vice_chair_count' | 'secretary_count' | 'too_few_external' | 'member_from_proposing_organisation' | 'duplicate_member';

/** A broken rule, naming the field (`members`, `members[3].organisationId`) and what was expected. */
export type CompositionViolation = { path: string; key: CompositionViolationKey; expected?: string; actual?: number };

const roleChecks: Array<{ role: CouncilRole; range: (rule: CompositionRule) => CountRange; key: CompositionViolationKey }> = [
  { role: 'chair', range: (r) => r.chairs, key: 'chair_count' },
  { role: 'vice-chair', range: (r) => r.viceChairs, key: 'vice_chair_count' },
  { role: 'secretary', range: (r) => r.secretaries, key: 'secretary_count' },
];

const rangeText = (range: CountRange) => (range.min === range.max ? `${range.min}` : `${range.min}-${range.max}`);

/** Every rule of its kind the council's membership breaks; empty when it may sit. */
export function checkComposition(
  members: readonly CouncilMember[],
  rule: CompositionRule,
  proposingOrganisationIds: readonly string[] = [],
): CompositionViolation[] {
  const violations: CompositionViolation[] = [];
  const scorers = members.filter((m) => isScorer(m, rule));
  if (!rule.scorerCounts.includes(scorers.length)) {
    violations.push({ path: 'members', key: 'scorer_count', expected: rule.scorerCounts.join(' or '), actual: scorers.length });
  }
  for (const check of roleChecks) {
    const count = members.filter((m) => m.role === check.role).length;
    const range = check.range(rule);
    if (count < range.min || count > range.max) violations.push({ path: 'members', key: check.key, expected: rangeText(range), actual: count });
  }
  const external = scorers.filter((m) => m.external).length;
  if (external < rule.minExternal) violations.push({ path: 'members', key: 'too_few_external', expected: `${rule.minExternal}+`, actual: external });

  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.personId)) violations.push({ path: `members[${i}].personId`, key: 'duplicate_member' });
    seen.add(m.personId);
    if (!rule.proposerMayServe && m.organisationId !== null && proposingOrganisationIds.includes(m.organisationId)) {
      violations.push({ path: `members[${i}].organisationId`, key: 'member_from_proposing_organisation' });
    }
  });
  return violations;
}
