import type { Answer } from './answers.js';
import type { Question, Text } from './methodology-types.js';
import { formatNumber } from './numbers.js';

const fixed = {
  'dont-know': { vi: 'Không biết', en: "Don't know" },
  'not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
  unanswered: { vi: 'Chưa trả lời', en: 'Not answered' },
  none: { vi: '(không chọn)', en: '(none)' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
} satisfies Record<string, Text>;

const both = (make: (lang: 'vi' | 'en') => string): Text => ({ vi: make('vi'), en: make('en') });

/** An answer as the report shows it: a number with its unit, the chosen options' labels, or the status. */
export function displayAnswer(question: Question, answer: Answer | undefined): Text {
  if (!answer) return fixed.unanswered;
  if (answer.status !== 'answered') return fixed[answer.status];
  const spec = question.answer;
  const value = answer.value;
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' ? both((lang) => `${formatNumber(value, lang)} ${spec.unit[lang]}`) : fixed.unanswered;
    case 'percentage':
      return typeof value === 'number' ? both((lang) => `${formatNumber(value, lang)} %`) : fixed.unanswered;
    case 'yes-no':
      return value === true ? fixed.yes : value === false ? fixed.no : fixed.unanswered;
    case 'choice':
      return spec.options.find((o) => o.id === value)?.label ?? fixed.unanswered;
    case 'multi-select': {
      const chosen = spec.options.filter((o) => Array.isArray(value) && value.includes(o.id));
      return chosen.length ? both((lang) => chosen.map((o) => o.label[lang]).join('; ')) : fixed.none;
    }
    default: {
      const never: never = spec;
      return never;
    }
  }
}
