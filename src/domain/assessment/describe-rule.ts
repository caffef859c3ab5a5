import { benchmarkValue, valueLabel } from './evaluate-rule.js';
import { indexMethodology, type MethodologyIndex } from './methodology-index.js';
import type { BandMode, BandPoint, Criterion, Fallback, Methodology, Rule, Text, ValueSource } from './methodology-types.js';
import { formatNumber } from './numbers.js';

type Language = 'vi' | 'en';

const words = {
  vi: {
    points: 'điểm',
    optionOf: 'Điểm theo phương án chọn ở câu',
    sumOf: 'Tổng điểm các phương án chọn ở câu',
    yes: 'Có',
    no: 'Không',
    linear: 'Nội suy tuyến tính theo',
    step: 'Theo ngưỡng của',
    from: 'từ',
    against: 'so với chuẩn ngành',
    sector: 'ngành',
    noBenchmark: 'chưa có chuẩn cho ngành này',
    ratio: 'tỷ lệ so với chuẩn',
    sum: 'Tổng của',
    max: 'Cao nhất trong',
    cap: 'tối đa',
    zero: '0 điểm',
    exclude: 'loại khỏi tổng và quy đổi lại',
  },
  en: {
    points: 'points',
    optionOf: 'Points of the option chosen for',
    sumOf: 'Sum of the options chosen for',
    yes: 'Yes',
    no: 'No',
    linear: 'Linear between thresholds of',
    step: 'Step thresholds of',
    from: 'from',
    against: 'against the sector benchmark',
    sector: 'division',
    noBenchmark: 'no benchmark for this sector',
    ratio: 'ratio to the benchmark',
    sum: 'Sum of',
    max: 'Highest of',
    cap: 'capped at',
    zero: '0 points',
    exclude: 'left out and the rest rescaled',
  },
} as const;

const num = (value: number, lang: Language) => formatNumber(value, lang);

function bandsText(bands: BandPoint[], mode: BandMode, unit: string, lang: Language): string {
  const w = words[lang];
  const at = (b: BandPoint) => `${mode === 'step' ? `${w.from} ` : ''}${num(b.at, lang)}${unit ? ` ${unit}` : ''}`;
  return bands.map((b) => `${at(b)} → ${num(b.points, lang)} ${w.points}`).join('; ');
}

function valueText(source: ValueSource, index: MethodologyIndex, lang: Language): string {
  const label = (id: string) => `"${index.questions.get(id)?.question.label[lang] ?? id}"`;
  if (source.kind === 'answer') return label(source.question);
  const times = source.multiplier === 1 ? '' : ` × ${num(source.multiplier, lang)}`;
  return `${source.label[lang]} = ${label(source.numerator)} ÷ ${label(source.denominator)}${times}`;
}

function fallbackText(fallback: Fallback, lang: Language): string {
  if (fallback.kind === 'fixed') return `${num(fallback.points, lang)} ${words[lang].points}`;
  return words[lang][fallback.kind];
}

function describe(rule: Rule, index: MethodologyIndex, sector: string | null, lang: Language): string {
  const w = words[lang];
  switch (rule.kind) {
    case 'option-points': {
      const question = index.questions.get(rule.question)?.question;
      const label = `"${question?.label[lang] ?? rule.question}"`;
      const spec = question?.answer;
      if (spec?.kind === 'yes-no') return `${label}: ${w.yes} → ${num(spec.points.yes, lang)}; ${w.no} → ${num(spec.points.no, lang)} ${w.points}`;
      const options = spec?.kind === 'choice' || spec?.kind === 'multi-select' ? spec.options : [];
      const list = options.map((o) => `${o.label[lang]} → ${num(o.points, lang)}`).join('; ');
      return `${spec?.kind === 'multi-select' ? w.sumOf : w.optionOf} ${label} (${list} ${w.points})`;
    }
    case 'bands':
      return `${w[rule.mode]} ${valueText(rule.value, index, lang)}: ${bandsText(rule.bands, rule.mode, valueLabel(rule.value, index).unit[lang], lang)}`;
    case 'benchmark': {
      const benchmark = index.benchmarks.get(rule.benchmark);
      const reference = benchmarkValue(rule.benchmark, index, sector);
      const against =
        reference === undefined
          ? `${w.noBenchmark}: ${fallbackText(rule.missing, lang)}`
          : `${sector === null ? '' : `${w.sector} ${sector}: `}${num(reference, lang)} ${benchmark?.unit[lang] ?? ''}`.trim();
      return `${valueText(rule.value, index, lang)} ${w.against} (${against}); ${w.ratio}: ${bandsText(rule.bands, rule.mode, '', lang)}`;
    }
    case 'sum':
    case 'max':
      return `${w[rule.kind]}: ${rule.rules.map((r, i) => `(${i + 1}) ${describe(r, index, sector, lang)}`).join('; ')}`;
    default: {
      const never: never = rule;
      return never;
    }
  }
}

// Descriptions depend only on the criterion and the sector, so each is built once per criterion object and sector.
const cache = new WeakMap<Criterion, Map<string, Text>>();

/** The rule a criterion was scored with, in words, with the sector's benchmark where it uses one. */
export function describeCriterionRule(methodology: Methodology, criterion: Criterion, sector: string | null): Text {
  const perSector = cache.get(criterion) ?? new Map<string, Text>();
  cache.set(criterion, perSector);
  const key = sector ?? '';
  const cached = perSector.get(key);
  if (cached) return cached;
  const index = indexMethodology(methodology);
  const text = (lang: Language) =>
    `${describe(criterion.scoring.rule, index, sector, lang)} (${words[lang].cap} ${num(criterion.maxPoints, lang)} ${words[lang].points})`;
  const result = { vi: text('vi'), en: text('en') };
  perSector.set(key, result);
  return result;
}
