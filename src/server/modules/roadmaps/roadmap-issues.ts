import type { Outcome, RoadmapIssue } from '../../../domain/roadmaps/issues.js';
import type { Language } from '../../../shared/i18n/language.js';
import { roadmapIssueText } from '../../../shared/roadmaps/issue-messages.js';
import { FieldError } from '../../errors.js';

const problemTexts = {
  record_not_visible: { vi: 'Không tìm thấy hồ sơ này, hoặc bạn không được xem nó.', en: 'No such record, or you may not see it.' },
  assessment_of_other_enterprise: {
    vi: 'Phiếu đánh giá này không phải của doanh nghiệp sở hữu lộ trình.',
    en: 'This assessment is not of the roadmap’s enterprise.',
  },
  not_a_weakness: { vi: 'Tiêu chí này không nằm trong các điểm yếu của phiếu đánh giá.', en: 'This criterion is not among the assessment’s weaknesses.' },
  not_a_gap_item: {
    vi: 'Chỉ hạng mục đến từ một điểm yếu của phiếu đánh giá mới tạo được nhu cầu.',
    en: 'Only an item brought in from an assessment weakness can create a demand.',
  },
} as const;

/** A roadmap-specific refusal on one field, with its sentence in the reader's language. */
export const fieldProblem = (path: string, key: keyof typeof problemTexts, lang: Language) => new FieldError([{ path, key, message: problemTexts[key][lang] }]);

/** The same refusal on several fields at once. */
export const fieldProblems = (paths: readonly string[], key: keyof typeof problemTexts, lang: Language) =>
  new FieldError(paths.map((path) => ({ path, key, message: problemTexts[key][lang] })));

/** Domain issues as the API's field error: each field named with the rule's code and a sentence in the caller's language. */
export function issuesError(issues: readonly RoadmapIssue[], lang: Language): FieldError {
  return new FieldError(issues.map((found) => ({ path: found.field, key: found.code, message: roadmapIssueText(found, lang) })));
}

/** The outcome's value, or its issues thrown as a 400 (so nothing is written). */
export function valueOf<T>(result: Outcome<T>, lang: Language, prefix = ''): T {
  if (!result.ok) throw issuesError(prefix ? result.issues.map((i) => ({ ...i, field: i.field ? `${prefix}.${i.field}` : prefix })) : result.issues, lang);
  return result.value;
}
