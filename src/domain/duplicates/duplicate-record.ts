/**
 * What duplicate detection reads of an offer or a demand: the interchange format's fields
 * (DESIGN.md §5), all optional but `externalId` and `title`. A demand's minimum TRL and budget
 * stand in for an offer's TRL and price.
 */
export type DuplicateRecord = {
  externalId: string;
  title: string;
  language?: 'vi' | 'en' | null;
  summary?: string | null;
  description?: string | null;
  keywords?: readonly string[] | null;
  sectorCode?: string | null;
  fieldCodes?: readonly string[] | null;
  ownerName?: string | null;
  province?: string | null;
  country?: string | null;
  trl?: number | null;
  priceVnd?: number | null;
};

/** A line that cannot be read as a record, and why (English, for the command line). */
export type RecordProblem = { problem: string };

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
const code = (value: unknown) => (typeof value === 'number' ? String(value) : text(value));
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const list = (value: unknown) => (Array.isArray(value) ? value.map(code).filter((v): v is string => v !== null) : null);

/**
 * A record from one parsed JSON Lines value, leniently: fields of the wrong type are ignored
 * (a duplicate check should not fail on a price written as text), but a record without an
 * `externalId` or a `title` cannot be reported or compared.
 */
export function duplicateRecordOf(value: unknown): DuplicateRecord | RecordProblem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'not a JSON object' };
  const line = value as Record<string, unknown>;
  const externalId = code(line.externalId);
  if (externalId === null) return { problem: 'externalId is missing' };
  const title = text(line.title);
  if (title === null) return { problem: `title is missing (externalId ${externalId})` };
  return {
    externalId: externalId.trim(),
    title,
    language: line.language === 'vi' || line.language === 'en' ? line.language : null,
    summary: text(line.summary),
    description: text(line.description),
    keywords: list(line.keywords),
    sectorCode: code(line.sectorCode),
    fieldCodes: list(line.fieldCodes),
    ownerName: text(line.ownerName),
    province: code(line.province),
    country: code(line.country),
    trl: number(line.trl) ?? number(line.minTrl),
    priceVnd: number(line.priceVnd) ?? number(line.budgetVnd),
  };
}
