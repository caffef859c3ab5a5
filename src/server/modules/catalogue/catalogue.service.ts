import type { Executor } from '../../../db/client.js';
import { widenSearch } from '../../../domain/catalogue/cross-language.js';
import { currentGlossary } from '../matching/matcher.js';
import { parseSearchQuery } from '../../../domain/catalogue/search-query.js';
import type { WorkflowAction } from '../../../domain/catalogue/workflow.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { forbidden } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { auditContextOf, type Actor } from '../auth/actor.js';
import type { OwnerAccessResolver } from '../attachments/attachment-owner.js';
import { authorizeView, canEditContent, canSeeWhole, canView } from './catalogue.policy.js';
import { canSeeConfidential, isOwnerSide } from './confidentiality.policy.js';
import { findRecord, findRecordsByIds, insertRecord, type InsertOf, type RowOf } from './catalogue.repository.js';
import { searchCatalogue } from './catalogue-search.repository.js';
import { decodeOffsetCursor, encodeOffsetCursor } from './list-cursor.js';
import { inputColumns } from './record-input.js';
import type { CreateOf, InputOf, ListQueryOf, RecordKind } from './record-kind.js';
import { resolveOwnership, resolveProvinceFilter } from './record-ownership.js';
import { listItemColumns, toFull, toListItem, toPublic } from './record-view.js';
import { transitionRecord, updateRecord } from './record-workflow.service.js';

/** Public records of a kind (published offers and experts, open demands) matching the query, with facet counts and highlighted snippets. */
export async function listRecords<T extends CatalogueType>(db: Executor, kind: RecordKind<T>, query: ListQueryOf<T>) {
  const typed = parseSearchQuery(query.q);
  // An English query also finds Vietnamese records and the reverse, through the matching glossary.
  const widened = query.q ? widenSearch(query.q, typed, await currentGlossary(db)) : null;
  const parsed = widened?.parsed ?? typed;
  const offset = decodeOffsetCursor(query.cursor);
  const filters = kind.search.filters({ ...query, province: await resolveProvinceFilter(db, query.province) });
  // A kind without TRL ranks by relevance when asked to sort by it.
  const sort = query.sort === 'trl' && !kind.search.trl ? 'relevance' : query.sort;
  const page = await searchCatalogue(
    db,
    { type: kind.type, ...kind.search },
    { parsed, statuses: kind.machine.publicStatuses, filters, sort, offset, limit: query.limit },
  );
  const rows = await findRecordsByIds(db, kind.type, page.ids, listItemColumns(kind));
  const next = offset + rows.length;
  // A corrected search marks the words it found ("mắm" for "mamm") as well as those typed.
  const marked = [...parsed.terms, ...(page.corrections ?? []).flatMap((c) => c.alternatives)];
  return {
    items: rows.map((row) => toListItem(kind, row, marked)),
    total: page.total,
    estimated: page.estimated,
    nextCursor: next < page.total && rows.length > 0 ? encodeOffsetCursor(next) : null,
    facets: page.facets,
    widened: widened?.widening ?? null,
    corrected: page.corrections,
  };
}

/** Whether the caller reads a record's confidential part, by the one rule (`canSeeConfidential`); true for a kind without one. */
async function readsConfidential<T extends CatalogueType>(db: Executor, kind: RecordKind<T>, actor: Actor | null, row: RowOf<T>): Promise<boolean> {
  return !kind.confidential || canSeeConfidential(actor, row, await kind.confidential.connectionsOf(db, row.id));
}

/**
 * The whole record a write answers with: without the confidential part unless the rule lets the
 * caller read it; when it does and the caller is not the demand's own side (a moderator), that
 * read is audited like a page view.
 */
async function wholeFor<T extends CatalogueType>(db: Executor, kind: RecordKind<T>, actor: Actor | null, row: RowOf<T>) {
  const reads = await readsConfidential(db, kind, actor, row);
  if (reads && kind.confidential && actor) await auditConfidentialRead(db, actor, row as RowOf<'demand'>, undefined);
  return toFull(kind, row, actor, reads);
}

/** An audit entry naming who read a record's confidential part, when it is not the record's own side. */
async function auditConfidentialRead(db: Executor, actor: Actor, row: RowOf<'demand'>, request: Reader, what: Record<string, unknown> = {}) {
  if (isOwnerSide(actor, row)) return;
  await recordAudit(db, auditContextOf(actor, request), {
    action: 'demand.read-confidential',
    entityType: 'demand',
    entityId: row.id,
    organisationId: row.ownerOrganisationId,
    after: what,
  });
}

/** A record a moderator merged into another as a duplicate: its address leads to the kept one (the route redirects). */
export class RecordMerged extends Error {
  constructor(readonly keptId: string) {
    super('merged');
  }
}

/** The request a read came through, for its audit entry. */
type Reader = { id: string; ip: string } | undefined;

/** 404 unless the caller may see the record (its public part at least). */
export async function assertRecordVisible<T extends CatalogueType>(db: Executor, kind: RecordKind<T>, actor: Actor | null, id: string) {
  authorizeView(kind, actor, await findRecord(db, kind.type, id));
}

/**
 * One record: whole for those the policy lets read it, its public part for others; 404 if not
 * visible. A confidential part read by someone outside the demand's own side is audited.
 */
export async function getRecord<T extends CatalogueType>(db: Executor, kind: RecordKind<T>, actor: Actor | null, id: string, request?: Reader) {
  const row = await findRecord(db, kind.type, id);
  if (row && 'mergedIntoId' in row && row.mergedIntoId) throw new RecordMerged(row.mergedIntoId);
  authorizeView(kind, actor, row);
  if (!actor) return toPublic(kind, row);
  const confidential = !!kind.confidential && (await readsConfidential(db, kind, actor, row));
  // Parties of a connection read a demand whole; editors and the agency read any record whole (a demand's secrets only by the rule).
  if (!confidential && !canSeeWhole(kind.machine, actor, row)) return toPublic(kind, row);
  if (confidential) await auditConfidentialRead(db, actor, row as RowOf<'demand'>, request);
  return toFull(kind, row, actor, confidential || !kind.confidential);
}

/** A new draft. `actor` null is a trusted system write (import, seed). Callable inside a transaction. */
export async function createRecord<T extends CatalogueType>(db: Executor, kind: RecordKind<T>, actor: Actor | null, ctx: AuditContext, input: CreateOf<T>) {
  return db.transaction(async (tx) => {
    const ownership = await resolveOwnership(tx, actor, input);
    const columns = await inputColumns(tx, kind, input);
    const row = await insertRecord(tx, kind.type, { ...columns, ...ownership, createdBy: actor?.userId ?? null } as InsertOf<T>);
    await recordAudit(tx, ctx, {
      action: `${kind.type}.create`,
      entityType: kind.type,
      entityId: row.id,
      organisationId: row.ownerOrganisationId,
      after: toPublic(kind, row),
    });
    return wholeFor(tx, kind, actor, row);
  });
}

/** Who may not read a record's confidential part may not change it either (403): an edit of the rest leaves it out. */
async function authorizeConfidentialChange<T extends CatalogueType>(db: Executor, kind: RecordKind<T>, actor: Actor, id: string, patch: object) {
  if (!kind.confidential || !kind.confidential.fields.some((field) => field in patch)) return;
  const row = await findRecord(db, kind.type, id);
  // Only once the record is visible, so a hidden one still answers 404 from the edit itself.
  if (row && canView(kind.machine, actor, row) && !(await readsConfidential(db, kind, actor, row))) throw forbidden('confidential_not_allowed');
}

/** An edit based on `patch.version`; 409 VERSION_CONFLICT with the changed fields when stale. */
export async function updateRecordFields<T extends CatalogueType>(
  db: Executor,
  kind: RecordKind<T>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  patch: InputOf<T> & { version: number },
) {
  return db.transaction(async (tx) => {
    await authorizeConfidentialChange(tx, kind, actor, id, patch);
    return wholeFor(tx, kind, actor, await updateRecord(tx, kind, actor, id, patch.version, await inputColumns(tx, kind, patch), ctx));
  });
}

/** A workflow action (submit, publish, return…) on one record. */
export async function moveRecord<T extends CatalogueType>(
  db: Executor,
  kind: RecordKind<T>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  action: WorkflowAction,
  reason?: string,
  /** The listing-quality threshold "publish" checks (null: none). */
  minQuality: number | null = null,
) {
  return wholeFor(db, kind, actor, await transitionRecord(db, kind, actor, id, action, ctx, reason, true, minQuality));
}

/** Attachment access for a record's files; confidential files follow the kind's confidential part. */
export function recordAccess<T extends CatalogueType>(kind: RecordKind<T>): OwnerAccessResolver {
  return async (db, actor, id) => {
    const row = await findRecord(db, kind.type, id);
    if (!row) return null;
    return {
      organisationId: row.ownerOrganisationId,
      canView: canView(kind.machine, actor, row),
      canEdit: canEditContent(kind.machine, actor, row),
      canSeeConfidential: !!kind.confidential && canSeeConfidential(actor, row, await kind.confidential.connectionsOf(db, id)),
      ownerSide: !!actor && isOwnerSide(actor, row),
    };
  };
}
