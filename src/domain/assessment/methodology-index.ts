import type { Benchmark, Criterion, Group, Methodology, Question, Rule, ValueSource } from './methodology-types.js';

/** A rule that reads answers directly (not a sum or max of other rules). */
export type LeafRule = Extract<Rule, { kind: 'option-points' | 'bands' | 'benchmark' }>;

/** Lookups over one methodology version, built once per document object. */
export type MethodologyIndex = {
  questions: Map<string, { question: Question; criterion: Criterion }>;
  criteriaByGroup: Map<string, Criterion[]>;
  groups: Map<string, Group>;
  benchmarks: Map<string, Benchmark>;
  /** Question ids each criterion's rule reads, in order of first use. */
  ruleQuestions: Map<string, string[]>;
};

// Published versions are immutable, so an index keyed by the document object stays valid;
// a new version is a new object and gets its own index.
const cache = new WeakMap<Methodology, MethodologyIndex>();

/** The lookups of a methodology, cached per document object. */
export function indexMethodology(methodology: Methodology): MethodologyIndex {
  const cached = cache.get(methodology);
  if (cached) return cached;
  const questions = new Map<string, { question: Question; criterion: Criterion }>();
  const criteriaByGroup = new Map<string, Criterion[]>(methodology.groups.map((g) => [g.code, []]));
  const ruleQuestions = new Map<string, string[]>();
  for (const criterion of methodology.criteria) {
    for (const question of criterion.questions) questions.set(question.id, { question, criterion });
    criteriaByGroup.get(criterion.group)?.push(criterion);
    ruleQuestions.set(criterion.code, questionsOfRule(criterion.scoring.rule));
  }
  const index: MethodologyIndex = {
    questions,
    criteriaByGroup,
    groups: new Map(methodology.groups.map((g) => [g.code, g])),
    benchmarks: new Map(methodology.benchmarks.map((b) => [b.id, b])),
    ruleQuestions,
  };
  cache.set(methodology, index);
  return index;
}

/** The question ids a value reads. */
export function questionsOfValue(value: ValueSource): string[] {
  return value.kind === 'answer' ? [value.question] : [value.numerator, value.denominator];
}

/** The rules that read answers, depth first. */
export function leavesOf(rule: Rule): LeafRule[] {
  return rule.kind === 'sum' || rule.kind === 'max' ? rule.rules.flatMap(leavesOf) : [rule];
}

/** The question ids a rule reads, in order of first use. */
function questionsOfRule(rule: Rule): string[] {
  const ids = leavesOf(rule).flatMap((leaf) => (leaf.kind === 'option-points' ? [leaf.question] : questionsOfValue(leaf.value)));
  return [...new Set(ids)];
}

// Scoring asks for every rule of every assessment; a rule object of a published version does not change.
const maxCache = new WeakMap<Rule, number>();

/** The most points a rule can give before the criterion's cap (0 for a reference to an unknown question). */
export function ruleMaxPoints(rule: Rule, questions: MethodologyIndex['questions']): number {
  const cached = maxCache.get(rule);
  if (cached !== undefined) return cached;
  const max = computeMaxPoints(rule, questions);
  maxCache.set(rule, max);
  return max;
}

function computeMaxPoints(rule: Rule, questions: MethodologyIndex['questions']): number {
  switch (rule.kind) {
    case 'option-points': {
      const answer = questions.get(rule.question)?.question.answer;
      if (answer?.kind === 'choice') return Math.max(...answer.options.map((o) => o.points));
      if (answer?.kind === 'multi-select') return answer.options.reduce((sum, o) => sum + o.points, 0);
      if (answer?.kind === 'yes-no') return Math.max(answer.points.yes, answer.points.no);
      return 0;
    }
    case 'bands':
    case 'benchmark':
      return Math.max(...rule.bands.map((b) => b.points));
    case 'sum':
      return rule.rules.reduce((sum, r) => sum + ruleMaxPoints(r, questions), 0);
    case 'max':
      return Math.max(...rule.rules.map((r) => ruleMaxPoints(r, questions)));
    default: {
      const never: never = rule;
      return never;
    }
  }
}
