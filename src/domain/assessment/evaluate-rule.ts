import type { Answers } from './answers.js';
import { ruleMaxPoints, type LeafRule, type MethodologyIndex } from './methodology-index.js';
import type { BandMode, BandPoint, Fallback, Rule, Text, ValueSource } from './methodology-types.js';

/** Why a criterion's points are not simply read from a full answer; shown in the report. */
export type ScoreFlag = 'dont-know' | 'not-applicable' | 'unanswered' | 'benchmark-missing' | 'undefined-ratio';

/** A figure a rule computed on the way (a ratio, a value against the sector benchmark). */
export type DerivedValue = { label: Text; value: number; unit: Text; benchmark?: number; ratioToBenchmark?: number };

/** `points: null` means excluded: left out, and the rest rescaled to the same maximum. */
export type RuleOutcome = { points: number | null; max: number; flags: ScoreFlag[]; derived: DerivedValue[] };

export type RuleContext = { index: MethodologyIndex; answers: Answers; sector: string | null };

type Resolved = { ok: true; value: number; derived: DerivedValue | null } | { ok: false; flag: ScoreFlag; fallback: Fallback };

const zero: Fallback = { kind: 'zero' };
const percent: Text = { vi: '%', en: '%' };

/** Points at `x` on a piecewise function; bands are ordered by `at`. */
export function bandPoints(bands: BandPoint[], mode: BandMode, x: number): number {
  if (mode === 'step') {
    let points = 0;
    for (const band of bands) if (band.at <= x) points = band.points;
    return points;
  }
  if (x <= bands[0].at) return bands[0].points;
  for (let i = 1; i < bands.length; i++) {
    const [a, b] = [bands[i - 1], bands[i]];
    if (x < b.at) return a.points + ((x - a.at) / (b.at - a.at)) * (b.points - a.points);
  }
  return bands[bands.length - 1].points;
}

/** A number answer, or why there is none and how the question says to score that. */
function answerNumber(id: string, ctx: RuleContext): Resolved {
  const answer = ctx.answers[id];
  const question = ctx.index.questions.get(id)?.question;
  if (!answer || !question) return { ok: false, flag: 'unanswered', fallback: zero };
  if (answer.status === 'dont-know') return { ok: false, flag: 'dont-know', fallback: question.dontKnow ?? zero };
  if (answer.status === 'not-applicable') return { ok: false, flag: 'not-applicable', fallback: question.notApplicable ?? zero };
  return typeof answer.value === 'number' ? { ok: true, value: answer.value, derived: null } : { ok: false, flag: 'unanswered', fallback: zero };
}

function resolveValue(source: ValueSource, ctx: RuleContext): Resolved {
  if (source.kind === 'answer') return answerNumber(source.question, ctx);
  const numerator = answerNumber(source.numerator, ctx);
  if (!numerator.ok) return numerator;
  const denominator = answerNumber(source.denominator, ctx);
  if (!denominator.ok) return denominator;
  if (denominator.value === 0) return { ok: false, flag: 'undefined-ratio', fallback: zero };
  const value = (numerator.value / denominator.value) * source.multiplier;
  return { ok: true, value, derived: { label: source.label, value, unit: source.unit } };
}

/** The label and unit of the number a value source yields. */
export function valueLabel(source: ValueSource, index: MethodologyIndex): { label: Text; unit: Text } {
  if (source.kind === 'ratio') return { label: source.label, unit: source.unit };
  const question = index.questions.get(source.question)?.question;
  const unit = question?.answer.kind === 'number' ? question.answer.unit : percent;
  return { label: question?.label ?? { vi: source.question, en: source.question }, unit };
}

/** A benchmark's value for a VSIC division, or its default; undefined when it has neither. */
export function benchmarkValue(id: string, index: MethodologyIndex, sector: string | null): number | undefined {
  const benchmark = index.benchmarks.get(id);
  return (sector !== null ? benchmark?.bySector[sector] : undefined) ?? benchmark?.default;
}

function fallbackOutcome(fallback: Fallback, max: number, flag: ScoreFlag): RuleOutcome {
  const points = fallback.kind === 'exclude' ? null : fallback.kind === 'fixed' ? fallback.points : 0;
  return { points, max, flags: [flag], derived: [] };
}

function optionPoints(rule: Extract<LeafRule, { kind: 'option-points' }>, max: number, ctx: RuleContext): RuleOutcome {
  const answer = ctx.answers[rule.question];
  const question = ctx.index.questions.get(rule.question)?.question;
  if (!answer || !question) return fallbackOutcome(zero, max, 'unanswered');
  if (answer.status === 'dont-know') return fallbackOutcome(question.dontKnow ?? zero, max, 'dont-know');
  if (answer.status === 'not-applicable') return fallbackOutcome(question.notApplicable ?? zero, max, 'not-applicable');
  const spec = question.answer;
  const value = answer.value;
  let points = 0;
  if (spec.kind === 'yes-no' && typeof value === 'boolean') points = value ? spec.points.yes : spec.points.no;
  else if (spec.kind === 'choice') points = spec.options.find((o) => o.id === value)?.points ?? 0;
  else if (spec.kind === 'multi-select' && Array.isArray(value)) points = spec.options.filter((o) => value.includes(o.id)).reduce((s, o) => s + o.points, 0);
  return { points, max, flags: [], derived: [] };
}

function evaluateLeaf(rule: LeafRule, ctx: RuleContext): RuleOutcome {
  const max = ruleMaxPoints(rule, ctx.index.questions);
  if (rule.kind === 'option-points') return optionPoints(rule, max, ctx);
  const resolved = resolveValue(rule.value, ctx);
  if (!resolved.ok) return fallbackOutcome(resolved.fallback, max, resolved.flag);
  if (rule.kind === 'bands') {
    return { points: bandPoints(rule.bands, rule.mode, resolved.value), max, flags: [], derived: resolved.derived ? [resolved.derived] : [] };
  }
  const reference = benchmarkValue(rule.benchmark, ctx.index, ctx.sector);
  if (reference === undefined) return fallbackOutcome(rule.missing, max, 'benchmark-missing');
  const ratio = resolved.value / reference;
  const { label, unit } = valueLabel(rule.value, ctx.index);
  return {
    points: bandPoints(rule.bands, rule.mode, ratio),
    max,
    flags: [],
    derived: [{ label, value: resolved.value, unit, benchmark: reference, ratioToBenchmark: ratio }],
  };
}

/**
 * Points of a rule before the criterion's cap. In a sum, an excluded part is left out and the
 * others are scaled up to the sum's maximum; a sum or max whose every part is excluded is excluded.
 */
export function evaluateRule(rule: Rule, ctx: RuleContext): RuleOutcome {
  if (rule.kind !== 'sum' && rule.kind !== 'max') return evaluateLeaf(rule, ctx);
  const parts = rule.rules.map((r) => evaluateRule(r, ctx));
  const flags = [...new Set(parts.flatMap((p) => p.flags))];
  const derived = parts.flatMap((p) => p.derived);
  const included = parts.filter((p): p is RuleOutcome & { points: number } => p.points !== null);
  const max = rule.kind === 'sum' ? parts.reduce((s, p) => s + p.max, 0) : Math.max(...parts.map((p) => p.max));
  if (!included.length) return { points: null, max, flags, derived };
  if (rule.kind === 'max') return { points: Math.max(...included.map((p) => p.points)), max, flags, derived };
  const includedMax = included.reduce((s, p) => s + p.max, 0);
  const sum = included.reduce((s, p) => s + p.points, 0);
  return { points: includedMax > 0 ? (sum * max) / includedMax : sum, max, flags, derived };
}
