import { highlight } from '../../../domain/catalogue/highlight.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import type { Actor } from '../auth/actor.js';
import { abilitiesOf } from './catalogue.policy.js';
import type { RowOf } from './catalogue.repository.js';
import type { RecordKind } from './record-kind.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The row with its timestamps as the API shows them. */
function withTimes(row: RowOf<CatalogueType>) {
  return {
    ...row,
    publishedAt: iso(row.publishedAt),
    submittedAt: iso(row.submittedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What anyone may see; parsed through the public schema, so nothing private (confidential details, contacts) can slip through. */
export function toPublic<T extends CatalogueType>(kind: RecordKind<T>, row: RowOf<T>) {
  return kind.schemas.public.parse(withTimes(row));
}

/**
 * The whole record with its workflow fields and the caller's abilities; only for those the policy
 * lets see it. Without `readsConfidential` a kind's confidential fields are left out (a platform
 * admin moderating a demand sees its workflow, not its secrets).
 */
export function toFull<T extends CatalogueType>(kind: RecordKind<T>, row: RowOf<T>, actor: Actor | null, readsConfidential: boolean) {
  const full = kind.schemas.full.parse({ ...withTimes(row), abilities: abilitiesOf(kind.machine, actor, row) });
  if (readsConfidential || !kind.confidential) return full;
  const hidden = kind.confidential.fields;
  // Typed as the whole record; the routes answer with the kind's Detail schema, whose private fields are optional.
  return Object.fromEntries(Object.entries(full).filter(([key]) => !hidden.includes(key))) as typeof full;
}

/** The columns a kind's list item shows: all a list reads (see findRecordsByIds). */
export function listItemColumns<T extends CatalogueType>(kind: RecordKind<T>): ReadonlySet<string> {
  return new Set(Object.keys(kind.schemas.listItem.shape));
}

/**
 * A search hit: the public part with title and summary snippets (never cut from confidential
 * text), from a row read with the list item's columns alone. Not parsed here: the list route's
 * response schema strips whatever a list item does not show, in the answer's one validation pass.
 */
export function toListItem<T extends CatalogueType>(kind: RecordKind<T>, row: RowOf<T>, terms: readonly string[]) {
  const [title, summary] = kind.highlight(row);
  return {
    ...row,
    publishedAt: iso(row.publishedAt),
    highlight: { title: highlight(title, terms, 300), summary: highlight(summary, terms) },
  };
}
