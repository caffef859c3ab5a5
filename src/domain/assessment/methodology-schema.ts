import { z } from 'zod';
import type { BandPoint, Fallback, Methodology, Rule, ValueSource } from './methodology-types.js';

/** The shape of a methodology document; cross-references are checked by `validateMethodology`. */
const text = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
const points = z.number().finite().nonnegative();
const provenance = { verified: z.boolean(), note: text.optional(), source: z.string().optional() };

const fallback: z.ZodType<Fallback> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('zero') }),
  z.object({ kind: z.literal('exclude') }),
  z.object({ kind: z.literal('fixed'), points }),
]);

const option = z.object({ id: code, label: text, points });

const answerSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), unit: text, min: z.number().finite().optional(), max: z.number().finite().optional(), integer: z.boolean() }),
  z.object({ kind: z.literal('percentage') }),
  z.object({ kind: z.literal('choice'), options: z.array(option).min(2) }),
  z.object({ kind: z.literal('yes-no'), points: z.object({ yes: points, no: points }) }),
  z.object({ kind: z.literal('multi-select'), options: z.array(option).min(1) }),
]);

const question = z.object({
  id: code,
  label: text,
  help: text.optional(),
  example: text.optional(),
  answer: answerSpec,
  dontKnow: fallback.nullable(),
  notApplicable: fallback.nullable(),
});

const valueSource: z.ZodType<ValueSource> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), question: code }),
  z.object({ kind: z.literal('ratio'), numerator: code, denominator: code, multiplier: z.number().finite().positive(), label: text, unit: text }),
]);

const bands: z.ZodType<BandPoint[]> = z.array(z.object({ at: z.number().finite(), points })).min(1);
const bandMode = z.enum(['linear', 'step']);

const rule: z.ZodType<Rule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('option-points'), question: code }),
    z.object({ kind: z.literal('bands'), value: valueSource, mode: bandMode, bands }),
    z.object({ kind: z.literal('benchmark'), value: valueSource, benchmark: code, mode: bandMode, bands, missing: fallback }),
    z.object({ kind: z.literal('sum'), rules: z.array(rule).min(1) }),
    z.object({ kind: z.literal('max'), rules: z.array(rule).min(1) }),
  ]),
);

const criterion = z.object({
  ...provenance,
  code,
  group: code,
  number: z.number().int().positive(),
  name: text,
  help: text,
  maxPoints: points,
  gapKind: z.enum(['equipment', 'process', 'skills', 'management', 'rd', 'innovation']),
  nextStep: text,
  keywords: z.object({ vi: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
  questions: z.array(question).min(1),
  scoring: z.object({ ...provenance, rule }),
});

const weights = z.record(z.string(), z.number().finite().positive());

export const methodologySchema: z.ZodType<Methodology> = z.object({
  ...provenance,
  id: code,
  code,
  version: z.number().int().positive(),
  name: text,
  legalReference: z.object({ document: z.string().min(1), title: text, issuedOn: z.iso.date().optional(), url: z.url().optional() }),
  status: z.enum(['draft', 'published']),
  totalPoints: points,
  groups: z.array(z.object({ ...provenance, code, name: text, maxPoints: points })).min(1),
  criteria: z.array(criterion).min(1),
  benchmarks: z.array(
    z.object({
      ...provenance,
      id: code,
      name: text,
      unit: text,
      bySector: z.record(z.string().regex(/^\d{2}$/), z.number().finite().positive()),
      default: z.number().finite().positive().optional(),
    }),
  ),
  coefficient: z.object({
    ...provenance,
    formula: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('min-max-ratio') }),
      z.object({ kind: z.literal('one-minus-cv') }),
      z.object({ kind: z.literal('geometric-arithmetic-ratio'), weights }),
      z.object({ kind: z.literal('weighted-geometric-mean'), weights }),
    ]),
  }),
  levels: z.object({
    ...provenance,
    bands: z.array(z.object({ code, name: text, minTotal: points, minCoefficient: z.number().min(0).max(1) })).min(1),
  }),
});
