/** An offer of the duplicate set, in the interchange format (DESIGN.md §5), and text edits shared by the generators. */
export type SetRecord = {
  externalId: string;
  language: 'vi' | 'en';
  title: string;
  summary: string | null;
  description: string | null;
  keywords: string[];
  sectorCode: string | null;
  fieldCodes?: string[];
  trl: number | null;
  transferForms: string[];
  ownerType: string | null;
  ownerName?: string | null;
  country: string;
  province: string | null;
  priceVnd: number | null;
};

/** The text fields of a record, mapped by `edit` (keywords one by one). */
export function mapText(record: SetRecord, edit: (text: string) => string): SetRecord {
  return {
    ...record,
    title: edit(record.title),
    summary: record.summary === null ? null : edit(record.summary),
    description: record.description === null ? null : edit(record.description),
    keywords: record.keywords.map(edit),
  };
}

/** Text as typed on a keyboard without a Vietnamese input method: marks dropped, đ → d, case kept. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive pattern matching `term` as whole words only. */
export function wordPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Replaces `term` by `by` as a whole word, keeping a capital first letter where the text had one. */
export function replaceWord(text: string, term: string, by: string): string {
  return text.replace(wordPattern(term), (found) => (found[0] !== found[0].toLowerCase() ? by.charAt(0).toUpperCase() + by.slice(1) : by));
}

/** Sentences of a description, each with its closing punctuation. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
