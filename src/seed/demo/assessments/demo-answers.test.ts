import { describe, expect, it } from 'vitest';
import { circular04, circular17 } from '../../../domain/assessment/methodologies/index.js';
import { scoreAssessment } from '../../../domain/assessment/score-assessment.js';
import { validateAnswers } from '../../../domain/assessment/validate-answers.js';
import { seededRandom } from '../generate/random.js';
import { demoAnswers } from './demo-answers.js';

describe('demo questionnaires', () => {
  it('are complete and valid under both shipped methodologies, and score higher for more capable firms', () => {
    for (const methodology of [circular17, circular04]) {
      const totals = [0.1, 0.5, 0.9].map((level) => {
        const checked = validateAnswers(methodology, demoAnswers(methodology, seededRandom(5), { level, employees: 80, revenue: 40_000 }));
        if (!checked.ok) throw new Error(checked.errors.map((e) => e.message.en).join('; '));
        expect(Object.keys(checked.answers)).toHaveLength(methodology.criteria.flatMap((c) => c.questions).length);
        return scoreAssessment(methodology, checked.answers, { sector: '10' }).total;
      });
      expect(totals[0]).toBeLessThan(totals[2]);
    }
  });
});
