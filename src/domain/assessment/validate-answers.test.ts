import { describe, expect, it } from 'vitest';
import type { AnswerInput } from './answers.js';
import { completeness } from './completeness.js';
import { circular04, circular17 } from './methodologies/index.js';
import { answered, foodProcessor } from './test-fixtures.js';
import { validateAnswers } from './validate-answers.js';

const v1 = 'tt17-2019-v1';
const input = (questionId: string, value: unknown, status: AnswerInput['status'] = 'answered', methodologyId = v1): AnswerInput => ({
  methodologyId,
  questionId,
  status,
  value,
});

function errorsOf(inputs: AnswerInput[]) {
  const result = validateAnswers(circular17, inputs);
  return result.ok ? [] : result.errors;
}

describe('answer validation', () => {
  it('accepts a partial questionnaire and keeps the answers', () => {
    const result = validateAnswers(circular17, [
      input('T2.age', 8),
      input('O17.trainedShare', undefined, 'dont-know'),
      input('O13.systems', ['iso9001', 'iso9001']),
    ]);
    expect(result).toEqual({ ok: true, answers: { 'T2.age': answered(8), 'O17.trainedShare': { status: 'dont-know' }, 'O13.systems': answered(['iso9001']) } });
  });

  it('names the question by id and label for a percentage over 100', () => {
    expect(errorsOf([input('E11.utilisation', 120)])).toEqual([
      {
        questionId: 'E11.utilisation',
        label: { vi: 'Tỷ lệ công suất thiết kế được sử dụng', en: 'Share of design capacity used' },
        code: 'above-maximum',
        message: {
          vi: 'Câu "Tỷ lệ công suất thiết kế được sử dụng" (E11.utilisation) không được lớn hơn 100.',
          en: 'Question "Share of design capacity used" (E11.utilisation) must not be above 100.',
        },
      },
    ]);
  });

  it('rejects a negative headcount, text in a number, a fraction of a person and a negative percentage', () => {
    const errors = errorsOf([input('E8.employees', -5), input('E8.revenue', 'khoảng 12 tỷ'), input('T4.productionWorkers', 80.5), input('T3.automated', -1)]);
    expect(errors.map((e) => [e.questionId, e.code])).toEqual([
      ['E8.employees', 'below-minimum'],
      ['E8.revenue', 'not-a-number'],
      ['T4.productionWorkers', 'not-integer'],
      ['T3.automated', 'below-minimum'],
    ]);
    expect(errors[0].message.en).toBe('Question "Total number of employees" (E8.employees) must not be below 0.');
  });

  it('rejects an answer given for another methodology version, naming the question', () => {
    const errors = errorsOf([input('T2.age', 8, 'answered', 'tt17-2019-v2')]);
    expect(errors).toEqual([
      expect.objectContaining({
        questionId: 'T2.age',
        code: 'other-methodology',
        label: { vi: 'Tuổi bình quân của thiết bị chính', en: 'Average age of the main equipment' },
      }),
    ]);
    expect(errors[0].message.vi).toContain('tt17-2019-v2');
  });

  it('rejects questions the version does not have, unknown options, and a question answered twice', () => {
    const errors = errorsOf([
      input('H4.employees', 10),
      input('T7.line', 'robotic'),
      input('O13.systems', ['iso9001', 'six-sigma']),
      input('T2.age', 3),
      input('T2.age', 4),
    ]);
    expect(errors.map((e) => [e.questionId, e.code, e.label?.en ?? null])).toEqual([
      ['H4.employees', 'unknown-question', null],
      ['T7.line', 'unknown-option', 'Synchronisation of the main line'],
      ['O13.systems', 'unknown-option', 'Management systems and standards applied'],
      ['T2.age', 'duplicate-answer', 'Average age of the main equipment'],
    ]);
  });

  it('rejects "don\'t know" and "not applicable" where the question does not allow them, and a non-boolean yes/no', () => {
    const errors = errorsOf([input('E8.revenue', undefined, 'dont-know'), input('T2.age', undefined, 'not-applicable'), input('T3.control', 'yes')]);
    expect(errors.map((e) => e.code)).toEqual(['dont-know-not-allowed', 'not-applicable-not-allowed', 'not-yes-no']);
  });

  it('checks against the methodology given: a question of Circular 04 is valid there', () => {
    expect(validateAnswers(circular04, [input('H4.employees', 10, 'answered', 'tt04-2014-v1')]).ok).toBe(true);
  });
});

describe('completeness of a draft', () => {
  it('counts answered questions per group, "don\'t know" included, and lists the missing ones', () => {
    const { 'R21.patents': _patents, 'R22.programmes': _programmes, ...partial } = foodProcessor;
    const result = completeness(circular17, partial);
    expect(result.groups.find((g) => g.group === 'R')).toEqual({
      group: 'R',
      answered: 4,
      total: 6,
      share: 0.6667,
      missing: ['R21.patents', 'R22.programmes'],
    });
    expect(result.groups.find((g) => g.group === 'O')).toMatchObject({ answered: 5, total: 5, share: 1 });
    expect(result).toMatchObject({ answered: 30, total: 32 });
  });
});
