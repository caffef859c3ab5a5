import { methodologySchema } from './methodology-schema.js';
import { indexMethodology, leavesOf, questionsOfValue, ruleMaxPoints, type MethodologyIndex } from './methodology-index.js';
import type { BandPoint, Criterion, Fallback, Methodology, Text } from './methodology-types.js';

/** A problem in a methodology document; `path` points into it (e.g. `criteria[3].scoring.rule.bands`). */
export type MethodologyIssue = { path: string; code: string; message: Text };

export type MethodologyValidation =
  { ok: true; methodology: Methodology; warnings: MethodologyIssue[] } | { ok: false; errors: MethodologyIssue[]; warnings: MethodologyIssue[] };

const issue = (path: string, code: string, vi: string, en: string): MethodologyIssue => ({ path, code, message: { vi, en } });
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Paths of strings not in Unicode NFC (Vietnamese typed on some keyboards arrives decomposed). */
function nonNfcPaths(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nonNfcPaths(item, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nonNfcPaths(item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

function duplicates(values: Array<string | number>): Array<string | number> {
  const seen = new Set<string | number>();
  return [...new Set(values.filter((v) => seen.has(v) || !seen.add(v)))];
}

function checkBands(bands: BandPoint[], path: string, errors: MethodologyIssue[]) {
  if (bands.some((b, i) => i > 0 && b.at <= bands[i - 1].at)) {
    errors.push(issue(path, 'bands-not-increasing', 'Các ngưỡng phải tăng dần.', 'Band thresholds must increase.'));
  }
}

function checkFallback(fallback: Fallback | null, criterion: Criterion, path: string, errors: MethodologyIssue[]) {
  if (fallback?.kind === 'fixed' && fallback.points > criterion.maxPoints) {
    errors.push(
      issue(
        path,
        'fallback-over-max',
        `Điểm cố định vượt quá ${criterion.maxPoints} điểm của tiêu chí.`,
        `Fixed points exceed the criterion's ${criterion.maxPoints}.`,
      ),
    );
  }
}

/** Every reference of a criterion's rule points at a question of the right kind or a known benchmark. */
function checkRule(criterion: Criterion, path: string, index: MethodologyIndex, errors: MethodologyIssue[]) {
  const kindOf = (id: string) => index.questions.get(id)?.question.answer.kind;
  const unknown = (id: string) =>
    errors.push(issue(path, 'unknown-question', `Quy tắc dùng câu hỏi không có: ${id}.`, `The rule reads an unknown question: ${id}.`));
  for (const leaf of leavesOf(criterion.scoring.rule)) {
    if (leaf.kind === 'option-points') {
      const kind = kindOf(leaf.question);
      if (!kind) unknown(leaf.question);
      else if (kind === 'number' || kind === 'percentage') {
        errors.push(
          issue(path, 'rule-needs-options', `Câu ${leaf.question} không có phương án để tính điểm.`, `Question ${leaf.question} has no options to score.`),
        );
      }
      continue;
    }
    for (const id of questionsOfValue(leaf.value)) {
      const kind = kindOf(id);
      if (!kind) unknown(id);
      else if (kind !== 'number' && kind !== 'percentage') {
        errors.push(issue(path, 'rule-needs-number', `Câu ${id} không phải câu trả lời bằng số.`, `Question ${id} is not answered with a number.`));
      }
    }
    checkBands(leaf.bands, `${path}.bands`, errors);
    if (leaf.kind === 'benchmark') {
      if (!index.benchmarks.has(leaf.benchmark))
        errors.push(issue(path, 'unknown-benchmark', `Không có chuẩn so sánh ${leaf.benchmark}.`, `Unknown benchmark ${leaf.benchmark}.`));
      checkFallback(leaf.missing, criterion, `${path}.missing`, errors);
    }
  }
}

function checkCriteria(m: Methodology, index: MethodologyIndex, errors: MethodologyIssue[], warnings: MethodologyIssue[]) {
  const read = new Set([...index.ruleQuestions.values()].flat());
  m.criteria.forEach((criterion, i) => {
    const path = `criteria[${i}]`;
    if (!index.groups.has(criterion.group))
      errors.push(issue(`${path}.group`, 'unknown-group', `Không có nhóm ${criterion.group}.`, `Unknown group ${criterion.group}.`));
    criterion.questions.forEach((question, j) => {
      const qPath = `${path}.questions[${j}]`;
      const answer = question.answer;
      if (answer.kind === 'choice' || answer.kind === 'multi-select') {
        for (const id of duplicates(answer.options.map((o) => o.id)))
          errors.push(issue(`${qPath}.answer.options`, 'duplicate-option', `Phương án ${id} bị trùng.`, `Option ${id} is repeated.`));
      }
      if (answer.kind === 'number' && answer.min !== undefined && answer.max !== undefined && answer.min > answer.max) {
        errors.push(issue(`${qPath}.answer`, 'min-over-max', 'Giá trị nhỏ nhất lớn hơn giá trị lớn nhất.', 'The minimum is above the maximum.'));
      }
      checkFallback(question.dontKnow, criterion, `${qPath}.dontKnow`, errors);
      checkFallback(question.notApplicable, criterion, `${qPath}.notApplicable`, errors);
      if (!read.has(question.id))
        warnings.push(issue(qPath, 'question-unused', `Câu ${question.id} không được quy tắc nào dùng.`, `No rule reads question ${question.id}.`));
    });
    checkRule(criterion, `${path}.scoring.rule`, index, errors);
    const reachable = ruleMaxPoints(criterion.scoring.rule, index.questions);
    if (reachable < criterion.maxPoints - 1e-9) {
      warnings.push(
        issue(
          `${path}.scoring.rule`,
          'max-unreachable',
          `Quy tắc chỉ đạt tối đa ${reachable}/${criterion.maxPoints} điểm.`,
          `The rule reaches at most ${reachable} of ${criterion.maxPoints} points.`,
        ),
      );
    }
  });
}

function checkTotals(m: Methodology, index: MethodologyIndex, errors: MethodologyIssue[]) {
  m.groups.forEach((group, i) => {
    const sum = (index.criteriaByGroup.get(group.code) ?? []).reduce((s, c) => s + c.maxPoints, 0);
    if (!close(sum, group.maxPoints)) {
      errors.push(
        issue(
          `groups[${i}].maxPoints`,
          'group-total',
          `Nhóm ${group.code}: tổng điểm các tiêu chí ${sum} ≠ ${group.maxPoints}.`,
          `Group ${group.code}: its criteria sum to ${sum}, not ${group.maxPoints}.`,
        ),
      );
    }
  });
  const sum = m.groups.reduce((s, g) => s + g.maxPoints, 0);
  if (!close(sum, m.totalPoints))
    errors.push(issue('totalPoints', 'total', `Tổng điểm các nhóm ${sum} ≠ ${m.totalPoints}.`, `The groups sum to ${sum}, not ${m.totalPoints}.`));
}

function checkCoefficientAndLevels(m: Methodology, errors: MethodologyIssue[]) {
  const formula = m.coefficient.formula;
  if (formula.kind === 'geometric-arithmetic-ratio' || formula.kind === 'weighted-geometric-mean') {
    const keys = Object.keys(formula.weights).sort().join(',');
    if (
      keys !==
      m.groups
        .map((g) => g.code)
        .sort()
        .join(',')
    ) {
      errors.push(issue('coefficient.formula.weights', 'weights-groups', 'Cần đúng một trọng số cho mỗi nhóm.', 'Give exactly one weight per group.'));
    }
  }
  const bands = m.levels.bands;
  if (bands[0].minTotal !== 0 || bands[0].minCoefficient !== 0) {
    errors.push(
      issue('levels.bands[0]', 'lowest-band', 'Mức thấp nhất phải bắt đầu từ 0 điểm và hệ số 0.', 'The lowest level must start at 0 points and coefficient 0.'),
    );
  }
  bands.forEach((band, i) => {
    const previous = bands[i - 1];
    if (previous && (band.minTotal < previous.minTotal || band.minCoefficient < previous.minCoefficient)) {
      errors.push(issue(`levels.bands[${i}]`, 'bands-order', 'Các mức phải xếp từ thấp đến cao.', 'Levels must be ordered from the lowest.'));
    }
    if (band.minTotal > m.totalPoints)
      errors.push(issue(`levels.bands[${i}].minTotal`, 'band-over-total', 'Ngưỡng vượt quá tổng điểm.', 'The threshold exceeds the total points.'));
  });
}

function checkUnique(m: Methodology, errors: MethodologyIssue[]) {
  const lists: Array<[string, Array<string | number>]> = [
    ['groups', m.groups.map((g) => g.code)],
    ['criteria', m.criteria.map((c) => c.code)],
    ['criteria.number', m.criteria.map((c) => c.number)],
    ['questions', m.criteria.flatMap((c) => c.questions.map((q) => q.id))],
    ['benchmarks', m.benchmarks.map((b) => b.id)],
    ['levels.bands', m.levels.bands.map((b) => b.code)],
  ];
  for (const [path, values] of lists) {
    for (const value of duplicates(values)) errors.push(issue(path, 'duplicate', `Mã ${value} bị trùng.`, `${value} is repeated.`));
  }
}

/** Checks a methodology document: its shape, then totals, references, bands and NFC text; warnings do not block publishing. */
export function validateMethodology(document: unknown): MethodologyValidation {
  const parsed = methodologySchema.safeParse(document);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => issue(i.path.map(String).join('.'), 'shape', `Sai cấu trúc: ${i.message}`, i.message));
    return { ok: false, errors, warnings: [] };
  }
  const m = parsed.data;
  const errors: MethodologyIssue[] = [];
  const warnings: MethodologyIssue[] = [];
  for (const path of nonNfcPaths(m, '', [])) errors.push(issue(path, 'not-nfc', 'Văn bản chưa ở dạng Unicode NFC.', 'Text is not in Unicode NFC.'));
  checkUnique(m, errors);
  const index = indexMethodology(m);
  checkTotals(m, index, errors);
  checkCriteria(m, index, errors, warnings);
  checkCoefficientAndLevels(m, errors);
  return errors.length ? { ok: false, errors, warnings } : { ok: true, methodology: m, warnings };
}
