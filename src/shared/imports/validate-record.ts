import { z } from 'zod';
import { describeIssue, fieldMessageKeys, type FieldMessageKey } from '../errors/field-messages.js';
import { normaliseText } from '../../domain/text/fold.js';
import type { DemandRecord, InterchangeReference, OfferRecord, RowIssue } from '../../domain/interchange/interchange-records.js';
import { DemandLine, OfferLine } from './record-schemas.js';
import type { DealType } from '../../domain/interchange/transfer-deal-types.js';

export type Validated<T> = { ok: true; record: T } | { ok: false; issues: RowIssue[] };

export function issueOf(field: string, key: FieldMessageKey): RowIssue {
  return { field, code: key, message: fieldMessageKeys[key] };
}

/** Every schema issue, one per field and kind, named by the top-level field (its column), never "transferForms.0". */
function schemaIssues(error: z.ZodError, input: unknown): RowIssue[] {
  const issues = error.issues.map((issue): RowIssue => {
    const field = issue.path.length ? String(issue.path[0]) : 'row';
    // Only required fields fail when absent; "must not be blank" says so better than what the type check says.
    const absent = issue.path.length === 1 && (input as Record<string, unknown> | null)?.[String(issue.path[0])] == null;
    // An empty required text reads better as "must not be blank" than "at least 1 character".
    if (absent || (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1)) return issueOf(field, 'blank');
    const raw = { ...issue, params: 'params' in issue ? issue.params : undefined } as Parameters<typeof describeIssue>[0];
    return {
      field,
      code: issue.code,
      message: { vi: describeIssue(raw, 'vi'), en: describeIssue(raw, 'en') },
    };
  });
  return issues.filter((issue, index) => issues.findIndex((other) => other.field === issue.field && other.code === issue.code) === index);
}

/**
 * The coded fields of a row that failed the schema, read leniently (what does not parse is
 * left out), so its unknown codes are reported with its other errors, all at once.
 */
const ReferenceFields = z.object({
  sectorCode: OfferLine.shape.sectorCode.catch(null),
  fieldCodes: OfferLine.shape.fieldCodes.catch(null),
  province: OfferLine.shape.province.catch(null),
  country: OfferLine.shape.country.catch(null),
});

function allIssues(error: z.ZodError, input: unknown, reference: InterchangeReference, checkCountry: boolean): RowIssue[] {
  const issues = schemaIssues(error, input);
  const lenient = ReferenceFields.safeParse(input);
  if (!lenient.success) return issues;
  const more: RowIssue[] = [];
  checkReferences(lenient.data, reference, more);
  if (checkCountry) checkCountryCode(lenient.data.country, reference, more);
  return [...issues, ...more.filter((issue) => !issues.some((other) => other.field === issue.field))];
}

function checkCountryCode(value: string | null | undefined, reference: InterchangeReference, issues: RowIssue[]) {
  const country = value ? value.toUpperCase() : 'VN';
  if (!reference.countryCodes.has(country)) issues.push(issueOf('country', 'unknown_country'));
  return country;
}

const clean = (value: string | null | undefined) => {
  const text = value == null ? '' : normaliseText(value);
  return text === '' ? null : text;
};
const uniqueSorted = <T extends string>(values: readonly T[] | null | undefined) => [...new Set(values ?? [])].filter(Boolean).sort();
const cleanKeywords = (values: string[] | null | undefined) => [...new Set((values ?? []).map((k) => normaliseText(k)).filter(Boolean))];

/** Checks codes against reference lists and resolves the province; pushes an issue for each unknown one. */
function checkReferences(
  line: { sectorCode?: string | null; fieldCodes?: string[] | null; province?: string | null },
  reference: InterchangeReference,
  issues: RowIssue[],
) {
  const sectorCode = line.sectorCode ? line.sectorCode.toUpperCase() : null;
  if (sectorCode && !reference.sectorCodes.has(sectorCode)) issues.push(issueOf('sectorCode', 'unknown_code'));
  const fieldCodes = uniqueSorted(line.fieldCodes);
  if (fieldCodes.some((c) => !reference.fieldCodes.has(c))) issues.push(issueOf('fieldCodes', 'unknown_code'));
  const province = line.province ? reference.resolveProvince(line.province) : null;
  if (line.province && !province) issues.push(issueOf('province', 'unknown_province'));
  return { sectorCode: sectorCode || null, fieldCodes, province };
}

/** An offer line (a parsed JSON object, or a spreadsheet row turned into one) checked and normalised. */
export function validateOffer(input: unknown, reference: InterchangeReference): Validated<OfferRecord> {
  const parsed = OfferLine.safeParse(input);
  if (!parsed.success) return { ok: false, issues: allIssues(parsed.error, input, reference, true) };
  const line = parsed.data;
  const issues: RowIssue[] = [];
  const refs = checkReferences(line, reference, issues);
  const country = checkCountryCode(line.country, reference, issues);
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    record: {
      externalId: line.externalId,
      language: line.language ?? 'vi',
      title: normaliseText(line.title),
      summary: clean(line.summary),
      description: clean(line.description),
      keywords: cleanKeywords(line.keywords),
      ...refs,
      trl: line.trl ?? null,
      transferForms: uniqueSorted<DealType>(line.transferForms),
      ownerType: line.ownerType ?? null,
      ownerName: clean(line.ownerName),
      country,
      priceVnd: line.priceVnd ?? null,
    },
  };
}

export function validateDemand(input: unknown, reference: InterchangeReference): Validated<DemandRecord> {
  const parsed = DemandLine.safeParse(input);
  if (!parsed.success) return { ok: false, issues: allIssues(parsed.error, input, reference, false) };
  const line = parsed.data;
  const issues: RowIssue[] = [];
  const refs = checkReferences(line, reference, issues);
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    record: {
      externalId: line.externalId,
      language: line.language ?? 'vi',
      title: normaliseText(line.title),
      description: clean(line.description),
      keywords: cleanKeywords(line.keywords),
      ...refs,
      minTrl: line.minTrl ?? null,
      budgetVnd: line.budgetVnd ?? null,
      seekAbroad: line.seekAbroad ?? false,
    },
  };
}
