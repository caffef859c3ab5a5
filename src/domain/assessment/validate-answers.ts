import type { Answer, AnswerInput, Answers } from './answers.js';
import { indexMethodology } from './methodology-index.js';
import type { Methodology, Question, Text } from './methodology-types.js';
import { formatNumber } from './numbers.js';

export type AnswerErrorCode =
  | 'other-methodology'
  | 'unknown-question'
  | 'duplicate-answer'
  | 'dont-know-not-allowed'
  | 'not-applicable-not-allowed'
  | 'not-a-number'
  | 'not-integer'
  | 'below-minimum'
  | 'above-maximum'
  | 'unknown-option'
  | 'not-yes-no';

/** A rejected answer, naming the question by id and by its label (null when the version has no such question). */
export type AnswerError = { questionId: string; label: Text | null; code: AnswerErrorCode; message: Text };

export type AnswersValidation = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

const n = (value: number) => ({ vi: formatNumber(value, 'vi'), en: formatNumber(value, 'en') });

function reason(code: AnswerErrorCode, input: AnswerInput, limit: number): Text {
  switch (code) {
    case 'other-methodology':
      return { vi: `thuộc bộ tiêu chí khác (${input.methodologyId})`, en: `belongs to another methodology version (${input.methodologyId})` };
    case 'unknown-question':
      return { vi: 'không có trong phiên bản bộ tiêu chí này', en: 'is not in this methodology version' };
    case 'duplicate-answer':
      return { vi: 'được trả lời hai lần', en: 'is answered twice' };
    case 'dont-know-not-allowed':
      return { vi: 'không cho phép trả lời "không biết"', en: 'does not allow "don\'t know"' };
    case 'not-applicable-not-allowed':
      return { vi: 'không cho phép trả lời "không áp dụng"', en: 'does not allow "not applicable"' };
    case 'not-a-number':
      return { vi: 'phải là một số', en: 'must be a number' };
    case 'not-integer':
      return { vi: 'phải là số nguyên', en: 'must be a whole number' };
    case 'below-minimum':
      return { vi: `không được nhỏ hơn ${n(limit).vi}`, en: `must not be below ${n(limit).en}` };
    case 'above-maximum':
      return { vi: `không được lớn hơn ${n(limit).vi}`, en: `must not be above ${n(limit).en}` };
    case 'unknown-option':
      return { vi: 'có phương án không có trong danh sách', en: 'has an option that is not in the list' };
    case 'not-yes-no':
      return { vi: 'phải là "có" hoặc "không"', en: 'must be yes or no' };
    default: {
      const never: never = code;
      return never;
    }
  }
}

type Problem = { code: AnswerErrorCode; limit: number };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The first problem of an answered value, with the limit it broke; null when the value fits the question. */
function valueProblem(question: Question, value: unknown): Problem | null {
  const answer = question.answer;
  switch (answer.kind) {
    case 'number':
    case 'percentage': {
      if (!isNumber(value)) return { code: 'not-a-number', limit: 0 };
      const [min, max] = answer.kind === 'percentage' ? [0, 100] : [answer.min, answer.max];
      if (answer.kind === 'number' && answer.integer && !Number.isInteger(value)) return { code: 'not-integer', limit: 0 };
      if (min !== undefined && value < min) return { code: 'below-minimum', limit: min };
      if (max !== undefined && value > max) return { code: 'above-maximum', limit: max };
      return null;
    }
    case 'choice':
      return typeof value === 'string' && answer.options.some((o) => o.id === value) ? null : { code: 'unknown-option', limit: 0 };
    case 'multi-select': {
      const known = Array.isArray(value) && value.every((v) => typeof v === 'string' && answer.options.some((o) => o.id === v));
      return known ? null : { code: 'unknown-option', limit: 0 };
    }
    case 'yes-no':
      return typeof value === 'boolean' ? null : { code: 'not-yes-no', limit: 0 };
    default: {
      const never: never = answer;
      return never;
    }
  }
}

function toAnswer(input: AnswerInput): Answer {
  if (input.status !== 'answered') return { status: input.status };
  const value = Array.isArray(input.value) ? [...new Set(input.value as string[])] : (input.value as number | boolean | string);
  return { status: 'answered', value };
}

/** The first problem of one answer, given the question ids already answered. */
function answerProblem(methodology: Methodology, input: AnswerInput, question: Question | null, seen: Set<string>): Problem | null {
  if (input.methodologyId !== methodology.id) return { code: 'other-methodology', limit: 0 };
  if (!question) return { code: 'unknown-question', limit: 0 };
  if (seen.has(input.questionId)) return { code: 'duplicate-answer', limit: 0 };
  if (input.status === 'dont-know') return question.dontKnow ? null : { code: 'dont-know-not-allowed', limit: 0 };
  if (input.status === 'not-applicable') return question.notApplicable ? null : { code: 'not-applicable-not-allowed', limit: 0 };
  return valueProblem(question, input.value);
}

function answerError(input: AnswerInput, question: Question | null, problem: Problem): AnswerError {
  const why = reason(problem.code, input, problem.limit);
  const name = question ? question.label : { vi: input.questionId, en: input.questionId };
  return {
    questionId: input.questionId,
    label: question?.label ?? null,
    code: problem.code,
    message: { vi: `Câu "${name.vi}" (${input.questionId}) ${why.vi}.`, en: `Question "${name.en}" (${input.questionId}) ${why.en}.` },
  };
}

/**
 * Checks answers (a whole questionnaire or the few saved as one goes) against one methodology version.
 * Partial sets are fine; every bad answer is reported, and a caller writes nothing unless `ok`.
 */
export function validateAnswers(methodology: Methodology, inputs: AnswerInput[]): AnswersValidation {
  const { questions } = indexMethodology(methodology);
  const errors: AnswerError[] = [];
  const answers: Answers = {};
  const seen = new Set<string>();
  for (const input of inputs) {
    // An answer given for another version still names the question by this version's label when the id exists here.
    const question = questions.get(input.questionId)?.question ?? null;
    const problem = answerProblem(methodology, input, question, seen);
    if (problem) errors.push(answerError(input, question, problem));
    else answers[input.questionId] = toAnswer(input);
    seen.add(input.questionId);
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}
