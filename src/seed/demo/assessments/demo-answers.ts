import type { AnswerInput } from '../../../domain/assessment/answers.js';
import type { Methodology, Question } from '../../../domain/assessment/methodology-types.js';
import type { Random } from '../generate/random.js';

/** Plausible figures of a food-processing firm, as fractions of its revenue or headcount, by capability s (0–1). */
type Firm = { s: number; employees: number; revenue: number };

const clamp = (x: number) => Math.max(0, Math.min(1, x));
const r0 = (x: number) => Math.round(x);
const r1 = (x: number) => Math.round(x * 10) / 10;

function figure(id: string, firm: Firm, s: number): number | boolean | null {
  const { employees, revenue } = firm;
  const workers = r0(employees * 0.7);
  const table: Record<string, () => number | boolean> = {
    'T2.age': () => r1(22 - 17 * s),
    'T3.automated': () => r0(15 + 70 * s),
    'T3.control': () => s > 0.5,
    'T4.equipmentValue': () => r0(workers * (150 + 900 * s)),
    'T4.productionWorkers': () => workers,
    'T5.newInvestment': () => r0(revenue * (0.01 + 0.08 * s)),
    'T6.energyCost': () => r0(revenue * (0.09 - 0.06 * s)),
    'T6.outputValue': () => r0(revenue * 0.92),
    'E8.revenue': () => revenue,
    'E8.employees': () => employees,
    'E9.profit': () => r0(revenue * (0.005 + 0.09 * s)),
    'E10.defectRate': () => r1(9 - 7.5 * s),
    'E11.utilisation': () => r0(45 + 50 * s),
    'O14.technicalStaff': () => r0(employees * (0.02 + 0.14 * s)),
    'O17.trainedShare': () => r0(10 + 75 * s),
    'R18.rdSpend': () => r0(revenue * (0.0005 + 0.02 * s)),
    'R19.rdStaff': () => r0(employees * 0.06 * s),
    'R20.projects': () => r0(4 * s),
    'R21.patents': () => r0(2.4 * s - 0.4),
    'R22.institutes': () => s > 0.35,
    'R22.programmes': () => s > 0.6,
    'I23.newProducts': () => r0(6 * s),
    'I24.newRevenueShare': () => r0(3 + 35 * s),
    'I25.newProcesses': () => r0(4 * s),
  };
  const make = table[id];
  return make ? make() : null;
}

function answerOf(question: Question, firm: Firm, s: number): AnswerInput['value'] {
  const spec = question.answer;
  switch (spec.kind) {
    case 'choice':
      return spec.options[Math.min(spec.options.length - 1, Math.floor(s * spec.options.length))].id;
    case 'multi-select':
      return spec.options.slice(0, Math.round(s * spec.options.length)).map((o) => o.id);
    case 'yes-no':
      return (figure(question.id, firm, s) as boolean | null) ?? s > 0.5;
    case 'number':
    case 'percentage': {
      const value = Math.max(0, (figure(question.id, firm, s) as number | null) ?? r0(100 * s));
      return spec.kind === 'percentage' ? Math.min(100, value) : value;
    }
    default: {
      const never: never = spec;
      return never;
    }
  }
}

/** A complete, valid questionnaire for a firm of capability `level` (0–1), each answer jittered a little. */
export function demoAnswers(methodology: Methodology, random: Random, firm: { level: number; employees: number; revenue: number }): AnswerInput[] {
  return methodology.criteria.flatMap((criterion) =>
    criterion.questions.map((question): AnswerInput => {
      const s = clamp(firm.level + (random.next() - 0.5) * 0.3);
      return { methodologyId: methodology.id, questionId: question.id, status: 'answered', value: answerOf(question, { s, ...firm }, s) };
    }),
  );
}
