import type { Outcome, RoadmapIssue } from '../../../domain/roadmaps/issues.js';
import type { Language } from '../../../shared/i18n/language.js';
import { roadmapIssueText } from '../../../shared/roadmaps/issue-messages.js';
import { FieldError } from '../../errors.js';

/** Domain issues as the API's field error: each field named with the rule's code and a sentence in the caller's language. */
export function issuesError(issues: readonly RoadmapIssue[], lang: Language): FieldError {
  return new FieldError(issues.map((found) => ({ path: found.field, key: found.code, message: roadmapIssueText(found, lang) })));
}

/** The outcome's value, or its issues thrown as a 400 (so nothing is written). */
export function valueOf<T>(result: Outcome<T>, lang: Language, prefix = ''): T {
  if (!result.ok) throw issuesError(prefix ? result.issues.map((i) => ({ ...i, field: i.field ? `${prefix}.${i.field}` : prefix })) : result.issues, lang);
  return result.value;
}
