// Fixtures for this folder's unit tests only.
import type { Answer, Answers, AnswerValue } from './answers.js';
import type { Criterion, Methodology, Rule } from './methodology-types.js';

const text = (en: string) => ({ vi: en, en });

/** An answered value, as `validateAnswers` stores it. */
export const answered = (value: AnswerValue): Answer => ({ status: 'answered', value });

/** A criterion whose one percentage question `<code>.q` gives points linearly, 0 % → 0 and 100 % → `maxPoints`. */
export function percentageCriterion(code: string, group: string, number: number, maxPoints: number, gapKind: Criterion['gapKind'] = 'equipment'): Criterion {
  const rule: Rule = {
    kind: 'bands',
    value: { kind: 'answer', question: `${code}.q` },
    mode: 'linear',
    bands: [
      { at: 0, points: 0 },
      { at: 100, points: maxPoints },
    ],
  };
  return {
    code,
    group,
    number,
    name: text(`Criterion ${code}`),
    help: text('Help'),
    maxPoints,
    gapKind,
    verified: true,
    nextStep: text(`Improve ${code}`),
    keywords: { vi: [code], en: [code] },
    questions: [
      { id: `${code}.q`, label: text(`Share for ${code}`), answer: { kind: 'percentage' }, dontKnow: { kind: 'zero' }, notApplicable: { kind: 'exclude' } },
    ],
    scoring: { verified: true, rule },
  };
}

/**
 * Two groups of 10 points: A (A1 6 points, A2 4 points) and B (B3 10 points), every answer a
 * percentage scored linearly, coefficient min/max of the group shares, three levels. All verified.
 */
export function tinyMethodology(): Methodology {
  return {
    id: 'tiny-v1',
    code: 'tiny',
    version: 1,
    name: text('Tiny'),
    legalReference: { document: 'TEST', title: text('Test') },
    status: 'published',
    verified: true,
    totalPoints: 20,
    groups: [
      { code: 'A', name: text('Group A'), maxPoints: 10, verified: true },
      { code: 'B', name: text('Group B'), maxPoints: 10, verified: true },
    ],
    criteria: [percentageCriterion('A1', 'A', 1, 6, 'equipment'), percentageCriterion('A2', 'A', 2, 4, 'skills'), percentageCriterion('B3', 'B', 3, 10, 'rd')],
    benchmarks: [],
    coefficient: { verified: true, formula: { kind: 'min-max-ratio' } },
    levels: {
      verified: true,
      bands: [
        { code: 'low', name: text('Low'), minTotal: 0, minCoefficient: 0 },
        { code: 'mid', name: text('Mid'), minTotal: 10, minCoefficient: 0.5 },
        { code: 'high', name: text('High'), minTotal: 15, minCoefficient: 0.8 },
      ],
    },
  };
}

/** Answers of the tiny methodology: the three percentages. */
export const tinyAnswers = (a1: number, a2: number, b3: number) => ({ 'A1.q': answered(a1), 'A2.q': answered(a2), 'B3.q': answered(b3) });

/** A food processor (VSIC division 10) answering every question of Circular 17; O17 is "don't know". */
export const foodProcessor: Answers = {
  'T1.generation': answered('current'),
  'T2.age': answered(8),
  'T3.automated': answered(35),
  'T3.control': answered(true),
  'T4.equipmentValue': answered(16000),
  'T4.productionWorkers': answered(80),
  'T5.newInvestment': answered(4000),
  'T6.energyCost': answered(5000),
  'T6.outputValue': answered(100000),
  'T7.line': answered('partial'),
  'E8.revenue': answered(120000),
  'E8.employees': answered(100),
  'E9.profit': answered(6000),
  'E10.certification': answered('national'),
  'E10.defectRate': answered(2),
  'E11.utilisation': answered(75),
  'E12.environment': answered('compliant'),
  'O13.systems': answered(['iso9001', 'food']),
  'O14.technicalStaff': answered(12),
  'O15.information': answered('modules'),
  'O16.strategy': answered('informal'),
  'O17.trainedShare': { status: 'dont-know' },
  'R18.rdSpend': answered(600),
  'R19.rdStaff': answered(2),
  'R20.projects': answered(1),
  'R21.patents': answered(0),
  'R22.institutes': answered(true),
  'R22.programmes': answered(false),
  'I23.newProducts': answered(2),
  'I24.newRevenueShare': answered(10),
  'I25.newProcesses': answered(1),
  'I26.activities': answered(['ideas', 'network']),
};
