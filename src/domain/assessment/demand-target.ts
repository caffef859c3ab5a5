import type { Answers } from './answers.js';
import { displayAnswer } from './display-answer.js';
import { benchmarkValue, evaluateRule, valueLabel, type RuleContext } from './evaluate-rule.js';
import { leavesOf, type LeafRule } from './methodology-index.js';
import type { BandMode, BandPoint, Criterion, Text } from './methodology-types.js';
import { roundPoints } from './numbers.js';

export type Comparison = 'at-least' | 'at-most' | 'below';

/** What to reach: a figure (with the sector benchmark when the rule uses one) or an answer. */
export type DemandTarget =
  | { kind: 'figure'; label: Text; unit: Text; comparison: Comparison; target: number; current: number | null; benchmark: number | null }
  | { kind: 'answer'; label: Text; target: Text; current: Text };

/** The threshold that gives a rule's best points, and on which side of it a value must be. */
function bestThreshold(bands: BandPoint[], mode: BandMode): { at: number; comparison: Comparison } {
  const best = Math.max(...bands.map((b) => b.points));
  if (bands[bands.length - 1].points >= bands[0].points) return { at: bands.find((b) => b.points === best)?.at ?? bands[0].at, comparison: 'at-least' };
  // Lower is better: the last threshold still at the best points; in step mode the next one must not be reached.
  const i = bands.map((b) => b.points).lastIndexOf(best);
  const next = bands[i + 1];
  return mode === 'step' && next ? { at: next.at, comparison: 'below' } : { at: bands[i].at, comparison: 'at-most' };
}

function answerTarget(rule: Extract<LeafRule, { kind: 'option-points' }>, ctx: RuleContext): DemandTarget | null {
  const question = ctx.index.questions.get(rule.question)?.question;
  if (!question) return null;
  const spec = question.answer;
  const current = displayAnswer(question, ctx.answers[rule.question]);
  const yes = { vi: 'Có', en: 'Yes' };
  const no = { vi: 'Không', en: 'No' };
  switch (spec.kind) {
    case 'yes-no':
      return { kind: 'answer', label: question.label, target: spec.points.yes >= spec.points.no ? yes : no, current };
    case 'choice': {
      const best = spec.options.reduce((a, b) => (b.points > a.points ? b : a));
      return { kind: 'answer', label: question.label, target: best.label, current };
    }
    case 'multi-select': {
      const answer = ctx.answers[rule.question];
      const chosen = answer?.status === 'answered' && Array.isArray(answer.value) ? answer.value : [];
      const missing = spec.options.filter((o) => !chosen.includes(o.id) && o.points > 0).sort((a, b) => b.points - a.points);
      if (!missing.length) return null;
      return {
        kind: 'answer',
        label: question.label,
        target: { vi: missing.map((o) => o.label.vi).join('; '), en: missing.map((o) => o.label.en).join('; ') },
        current,
      };
    }
    case 'number':
    case 'percentage':
      return null;
    default: {
      const never: never = spec;
      return never;
    }
  }
}

function figureTarget(rule: Extract<LeafRule, { kind: 'bands' | 'benchmark' }>, ctx: RuleContext): DemandTarget | null {
  const outcome = evaluateRule(rule, ctx);
  const { label, unit } = valueLabel(rule.value, ctx.index);
  const threshold = bestThreshold(rule.bands, rule.mode);
  const answered = rule.value.kind === 'answer' ? ctx.answers[rule.value.question] : undefined;
  const direct = answered?.status === 'answered' && typeof answered.value === 'number' ? answered.value : null;
  const derived = outcome.derived[0];
  const current = derived ? roundPoints(derived.value) : direct;
  if (rule.kind === 'bands') return { kind: 'figure', label, unit, comparison: threshold.comparison, target: threshold.at, current, benchmark: null };
  const benchmark = benchmarkValue(rule.benchmark, ctx.index, ctx.sector) ?? null;
  if (benchmark === null) return null;
  return { kind: 'figure', label, unit, comparison: threshold.comparison, target: roundPoints(threshold.at * benchmark), current, benchmark };
}

/** The target for the part of a criterion's rule that lost the most points (none when nothing was lost). */
export function demandTarget(criterion: Criterion, ctx: RuleContext): DemandTarget | null {
  let worst: { leaf: LeafRule; lost: number } | null = null;
  for (const leaf of leavesOf(criterion.scoring.rule)) {
    const outcome = evaluateRule(leaf, ctx);
    const lost = outcome.points === null ? 0 : outcome.max - outcome.points;
    if (lost > 0 && (!worst || lost > worst.lost)) worst = { leaf, lost };
  }
  if (!worst) return null;
  return worst.leaf.kind === 'option-points' ? answerTarget(worst.leaf, ctx) : figureTarget(worst.leaf, ctx);
}

/** The answers a scored criterion echoes, enough to evaluate its rule again. */
export function echoedAnswers(inputs: Array<{ questionId: string; answer: Answers[string] | null }>): Answers {
  return Object.fromEntries(inputs.flatMap((i) => (i.answer ? [[i.questionId, i.answer]] : [])));
}
