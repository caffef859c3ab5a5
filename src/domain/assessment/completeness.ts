import type { Answers } from './answers.js';
import { indexMethodology } from './methodology-index.js';
import type { Methodology } from './methodology-types.js';
import { roundShare } from './numbers.js';

/** How much of a group's questionnaire has an answer ("don't know" and "not applicable" count as answers). */
export type GroupCompleteness = { group: string; answered: number; total: number; share: number; missing: string[] };

export type Completeness = { groups: GroupCompleteness[]; answered: number; total: number; share: number };

/** Progress of a draft per group and overall, with the ids of unanswered questions. */
export function completeness(methodology: Methodology, answers: Answers): Completeness {
  const { criteriaByGroup } = indexMethodology(methodology);
  const groups = methodology.groups.map((group): GroupCompleteness => {
    const ids = (criteriaByGroup.get(group.code) ?? []).flatMap((c) => c.questions.map((q) => q.id));
    const missing = ids.filter((id) => !(id in answers));
    const answered = ids.length - missing.length;
    return { group: group.code, answered, total: ids.length, share: ids.length ? roundShare(answered / ids.length) : 1, missing };
  });
  const answered = groups.reduce((sum, g) => sum + g.answered, 0);
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  return { groups, answered, total, share: total ? roundShare(answered / total) : 1 };
}
