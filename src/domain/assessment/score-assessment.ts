import type { Answer, Answers } from './answers.js';
import { classifyLevel, describeCoefficient, synchronisationCoefficient } from './coefficient.js';
import { describeCriterionRule } from './describe-rule.js';
import { evaluateRule, type DerivedValue, type RuleContext, type ScoreFlag } from './evaluate-rule.js';
import { indexMethodology } from './methodology-index.js';
import type { Criterion, GapKind, Methodology, Text } from './methodology-types.js';
import { roundPoints, roundShare } from './numbers.js';
import { isProvisional } from './provisional.js';

/** The enterprise's VSIC division (two digits), which picks the sector benchmarks. */
export type ScoringContext = { sector: string | null };

/** An answer the rule read (format it for people with `displayAnswer`). */
export type InputEcho = { questionId: string; label: Text; answer: Answer | null };

/** One criterion in the report: what was answered, the rule in words, the points and why they may be partial. */
export type CriterionScore = {
  code: string;
  group: string;
  number: number;
  name: Text;
  gapKind: GapKind;
  maxPoints: number;
  /** null: excluded (every input "not applicable" or the like scored as excluded); the group is rescaled. */
  points: number | null;
  share: number | null;
  rule: Text;
  inputs: InputEcho[];
  derived: DerivedValue[];
  flags: ScoreFlag[];
  verified: boolean;
};

export type GroupScore = { code: string; name: Text; maxPoints: number; points: number; share: number | null; excluded: boolean; rescaled: boolean };

/** A scored assessment with the methodology version it was scored with; plain JSON-safe data (it shares text objects with the methodology until serialised). */
export type AssessmentScore = {
  methodologyId: string;
  methodologyCode: string;
  version: number;
  provisional: boolean;
  sector: string | null;
  criteria: CriterionScore[];
  groups: GroupScore[];
  total: number;
  maxTotal: number;
  coefficient: number;
  coefficientFormula: Text;
  level: { code: string; name: Text };
};

function scoreCriterion(methodology: Methodology, criterion: Criterion, ctx: RuleContext): CriterionScore {
  const outcome = evaluateRule(criterion.scoring.rule, ctx);
  const points = outcome.points === null ? null : roundPoints(Math.min(criterion.maxPoints, Math.max(0, outcome.points)));
  const inputs = (ctx.index.ruleQuestions.get(criterion.code) ?? []).map((id): InputEcho => ({
    questionId: id,
    label: ctx.index.questions.get(id)?.question.label ?? { vi: id, en: id },
    answer: ctx.answers[id] ?? null,
  }));
  return {
    code: criterion.code,
    group: criterion.group,
    number: criterion.number,
    name: criterion.name,
    gapKind: criterion.gapKind,
    maxPoints: criterion.maxPoints,
    points,
    share: points === null || criterion.maxPoints === 0 ? null : roundShare(points / criterion.maxPoints),
    rule: describeCriterionRule(methodology, criterion, ctx.sector),
    inputs,
    derived: outcome.derived,
    flags: outcome.flags,
    verified: criterion.verified && criterion.scoring.verified,
  };
}

/**
 * Scores answers under one methodology version. Criterion points are capped and rounded to
 * 2 decimals; a group sums them and, when some were excluded, scales the sum to the group's
 * maximum; the total sums the groups (scaled likewise when a whole group is excluded). The
 * coefficient is computed from the rounded group shares and rounded to 4 decimals; the level
 * comes from the rounded total and coefficient.
 */
export function scoreAssessment(methodology: Methodology, answers: Answers, context: ScoringContext): AssessmentScore {
  const index = indexMethodology(methodology);
  const ctx: RuleContext = { index, answers, sector: context.sector };
  const criteria = methodology.criteria.map((c) => scoreCriterion(methodology, c, ctx));
  const groups = methodology.groups.map((group): GroupScore => {
    const scored = criteria.filter((c) => c.group === group.code && c.points !== null);
    const scoredMax = scored.reduce((s, c) => s + c.maxPoints, 0);
    const sum = scored.reduce((s, c) => s + (c.points ?? 0), 0);
    const excluded = scored.length === 0;
    const rescaled = !excluded && scoredMax < group.maxPoints;
    const points = excluded ? 0 : roundPoints(rescaled && scoredMax > 0 ? (sum * group.maxPoints) / scoredMax : sum);
    const share = excluded || group.maxPoints === 0 ? null : roundShare(points / group.maxPoints);
    return { code: group.code, name: group.name, maxPoints: group.maxPoints, points, share, excluded, rescaled };
  });
  const present = groups.filter((g) => !g.excluded);
  const presentMax = present.reduce((s, g) => s + g.maxPoints, 0);
  const sum = present.reduce((s, g) => s + g.points, 0);
  const total = roundPoints(presentMax > 0 && presentMax < methodology.totalPoints ? (sum * methodology.totalPoints) / presentMax : sum);
  const shares = present.filter((g) => g.share !== null).map((g) => ({ group: g.code, share: g.share ?? 0 }));
  const coefficient = roundShare(synchronisationCoefficient(methodology.coefficient.formula, shares));
  const level = classifyLevel(methodology.levels.bands, total, coefficient);
  return {
    methodologyId: methodology.id,
    methodologyCode: methodology.code,
    version: methodology.version,
    provisional: isProvisional(methodology),
    sector: context.sector,
    criteria,
    groups,
    total,
    maxTotal: methodology.totalPoints,
    coefficient,
    coefficientFormula: describeCoefficient(methodology.coefficient.formula),
    level: { code: level.code, name: level.name },
  };
}
