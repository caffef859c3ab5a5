import { highlight } from '../../../domain/catalogue/highlight.js';
import type { ParsedSearch } from '../../../domain/catalogue/search-query.js';

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
