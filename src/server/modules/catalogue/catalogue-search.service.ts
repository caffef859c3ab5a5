import type { Executor } from '../../../db/client.js';
import { highlight } from '../../../domain/catalogue/highlight.js';
import type { ParsedSearch } from '../../../domain/catalogue/search-query.js';
import { resolveProvinceField } from './record-ownership.js';

/**
 * Current province codes for a province filter. Legacy codes and names roll up to the unit they
 * merged into, so "Hà Tây" finds records of today's Hà Nội.
 */
export async function resolveProvinceFilter(db: Executor, values: string[] | undefined): Promise<string[] | undefined> {
  if (!values?.length) return undefined;
  const codes = await Promise.all(values.map(async (v) => (await resolveProvinceField(db, v))?.provinceCode));
  return [...new Set(codes.filter((c): c is string => !!c))];
}

/** Title and summary snippets for a list item; never built from confidential text. */
export function buildHighlight(parsed: ParsedSearch, title: string, summary: string | null) {
  return { title: highlight(title, parsed.terms, 300), summary: highlight(summary, parsed.terms) };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Timestamps as the API shows them. */
export function workflowTimes(row: { submittedAt: Date | null; createdAt: Date; updatedAt: Date }) {
  return { submittedAt: iso(row.submittedAt), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
export { iso };
