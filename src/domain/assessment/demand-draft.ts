import { displayAnswer } from './display-answer.js';
import { demandTarget, echoedAnswers, type Comparison, type DemandTarget } from './demand-target.js';
import { indexMethodology } from './methodology-index.js';
import type { GapKind, Methodology, Text } from './methodology-types.js';
import { formatNumber } from './numbers.js';
import type { AssessmentScore } from './score-assessment.js';
import { vsicSection } from './vsic-division.js';
import { gapLinks, type GapLink, type Weakness } from './weaknesses.js';

/** A technology demand pre-filled from a weakness, for the enterprise to edit and submit. */
export type DemandDraft = {
  title: Text;
  problem: Text;
  desiredOutcome: Text;
  target: DemandTarget | null;
  /** The enterprise's VSIC division and its section (the catalogue's sector code). */
  vsicDivision: string | null;
  sectorCode: string | null;
  keywords: { vi: string[]; en: string[] };
  gapKind: GapKind;
  link: GapLink;
  source: { methodologyId: string; version: number; criterion: string };
};

type Language = 'vi' | 'en';

const comparisonWords: Record<Comparison, Text> = {
  'at-least': { vi: 'ít nhất', en: 'at least' },
  'at-most': { vi: 'không quá', en: 'at most' },
  below: { vi: 'dưới', en: 'below' },
};

const num = (value: number, lang: Language) => formatNumber(value, lang);
const percent = (share: number, lang: Language) => `${num(share * 100, lang)} %`;

function targetText(target: DemandTarget, lang: Language): string {
  if (target.kind === 'answer') {
    const now = lang === 'vi' ? 'hiện nay' : 'now';
    return `${target.label[lang]}: ${target.target[lang]} (${now}: ${target.current[lang]})`;
  }
  const unit = (value: number) => `${num(value, lang)} ${target.unit[lang]}`;
  const notes = [
    target.current === null ? null : `${lang === 'vi' ? 'hiện nay' : 'now'} ${unit(target.current)}`,
    target.benchmark === null ? null : `${lang === 'vi' ? 'chuẩn ngành' : 'sector benchmark'} ${unit(target.benchmark)}`,
  ].filter(Boolean);
  return `${target.label[lang]}: ${comparisonWords[target.comparison][lang]} ${unit(target.target)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * A draft demand from one weakness: the problem as the assessment found it (points, the sector's
 * median share when known, the answers), and a desired outcome with the figure that would give
 * the criterion's full points under the sector's benchmark, followed by the criterion's next step.
 */
export function draftDemand(methodology: Methodology, score: AssessmentScore, weakness: Weakness): DemandDraft {
  const index = indexMethodology(methodology);
  const criterion = methodology.criteria.find((c) => c.code === weakness.code);
  const scored = score.criteria.find((c) => c.code === weakness.code);
  if (!criterion || !scored) throw new Error(`Criterion ${weakness.code} is not in methodology ${methodology.id}`);
  const target = demandTarget(criterion, { index, answers: echoedAnswers(scored.inputs), sector: score.sector });
  const text = (make: (lang: Language) => string): Text => ({ vi: make('vi'), en: make('en') });
  const document = methodology.legalReference.document;
  const median = weakness.sectorMedianShare;
  const facts = (lang: Language) =>
    scored.inputs
      .map((i) => {
        const question = index.questions.get(i.questionId)?.question;
        return `${i.label[lang]}: ${question ? displayAnswer(question, i.answer ?? undefined)[lang] : '—'}`;
      })
      .join('; ');
  return {
    title: text((lang) => `${lang === 'vi' ? 'Cần giải pháp cải thiện' : 'Seeking a solution to improve'}: ${criterion.name[lang]}`),
    problem: text((lang) =>
      lang === 'vi'
        ? `Đánh giá trình độ công nghệ theo ${document}: tiêu chí ${criterion.code} "${criterion.name.vi}" đạt ${num(weakness.points, lang)}/${num(weakness.maxPoints, lang)} điểm (${percent(weakness.share, lang)})${median === null ? '' : `, trung vị của ngành ${percent(median, lang)}`}. Hiện trạng: ${facts(lang)}.`
        : `Technology assessment under ${document}: criterion ${criterion.code} "${criterion.name.en}" scored ${num(weakness.points, lang)} of ${num(weakness.maxPoints, lang)} points (${percent(weakness.share, lang)})${median === null ? '' : `, sector median ${percent(median, lang)}`}. Current state: ${facts(lang)}.`,
    ),
    desiredOutcome: text((lang) => `${target ? `${targetText(target, lang)}. ` : ''}${criterion.nextStep[lang]}`),
    target,
    vsicDivision: score.sector,
    sectorCode: score.sector === null ? null : vsicSection(score.sector),
    keywords: criterion.keywords,
    gapKind: criterion.gapKind,
    link: gapLinks[criterion.gapKind],
    source: { methodologyId: score.methodologyId, version: score.version, criterion: criterion.code },
  };
}
