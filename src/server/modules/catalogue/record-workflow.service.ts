import type { Executor } from '../../../db/client.js';
import { changedFields, isMaterialChange } from '../../../domain/catalogue/material-change.js';
import { isPublicStatus, transition, type WorkflowAction } from '../../../domain/catalogue/workflow.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { AppError } from '../../errors.js';
import { listAudit } from '../audit/audit.repository.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { enqueueRematch } from '../matching/rematch.job.js';
import { authorizeAction, authorizeEdit, authorizeView, authorizeWorkflow, isModerator } from './catalogue.policy.js';
import { lockRecord, writeRecord, type RowOf } from './catalogue.repository.js';
import { publicationBlock } from './listing-quality.js';
import type { RecordKind } from './record-kind.js';

/** Workflow columns a transition writes. */
type WorkflowValues = {
  status: string;
  returnReason?: string | null;
  submittedAt?: Date;
  publishedAt?: Date;
  moderatedBy?: string;
};

/** What the workflow needs from a kind of record. */
type WorkflowKind<T extends CatalogueType> = Pick<RecordKind<T>, 'type' | 'machine' | 'nonMaterialFields'>;

function valuesFor(action: WorkflowAction, to: string, actor: Actor, reason: string | undefined): WorkflowValues {
  const now = new Date();
  switch (action) {
    case 'submit':
    case 'review':
      return { status: to, submittedAt: now, returnReason: null };
    case 'publish':
      return { status: to, publishedAt: now, moderatedBy: actor.userId, returnReason: null };
    case 'return':
      return { status: to, returnReason: reason ?? null, moderatedBy: actor.userId };
    default:
      return { status: to };
  }
}

/**
 * Moves a record along its workflow: 404 if the caller cannot see it, 403 if not theirs to move, 409 if not from here.
 * "publish" of an offer or demand under the listing-quality threshold `minQuality` returns it to its
 * author instead, with the missing items as the reason (see `publicationBlock`).
 */
export async function transitionRecord<T extends CatalogueType>(
  db: Executor,
  kind: WorkflowKind<T>,
  actor: Actor,
  id: string,
  action: WorkflowAction,
  ctx: AuditContext,
  reason?: string,
  /** False when the caller queues one re-ranking for many records itself (bulk publishing). */
  rematch = true,
  /** The publication threshold (config `publishMinQuality`); null publishes whatever the score. */
  minQuality: number | null = null,
): Promise<RowOf<T>> {
  return db.transaction(async (tx) => {
    const row = await lockRecord(tx, kind.type, id);
    authorizeView(kind, actor, row);
    authorizeWorkflow(actor, row, action);
    const asked = transition(kind.machine, row.status, action);
    if (!asked.ok) throw new AppError('INVALID_TRANSITION', { from: asked.from, to: asked.to });
    authorizeAction(actor, row, action, asked.role);
    const block = action === 'publish' ? publicationBlock(kind.type, row, minQuality) : null;
    const done: WorkflowAction = block ? 'return' : action;
    const why = block?.reason ?? reason;
    const result = block ? transition(kind.machine, row.status, 'return') : asked;
    if (!result.ok) throw new AppError('INVALID_TRANSITION', { from: result.from, to: result.to });
    const values = valuesFor(done, result.to, actor, why);
    const after = await writeRecord(tx, kind.type, id, values as Partial<RowOf<T>>);
    await recordAudit(tx, ctx, {
      action: `${kind.type}.${done}`,
      entityType: kind.type,
      entityId: id,
      organisationId: row.ownerOrganisationId,
      before: { status: row.status, version: row.version },
      after: {
        status: after.status,
        version: after.version,
        ...(why ? { returnReason: why } : {}),
        ...(block ? { listingQuality: { score: block.score, missing: block.missing, threshold: minQuality } } : {}),
      },
    });
    if (rematch && isPublicStatus(kind.machine, after.status)) await enqueueRematch(tx, kind.type, [id], actor.userId);
    return after;
  });
}

/** Fields changed by the audited writes made after `version` (for a VERSION_CONFLICT answer). */
async function fieldsChangedSince(tx: Executor, type: CatalogueType, id: string, version: number): Promise<string[]> {
  const { items } = await listAudit(tx, { entityType: type, entityId: id, limit: 200 });
  const fields = new Set<string>();
  for (const entry of items) {
    const after = (entry.after ?? {}) as Record<string, unknown>;
    if (typeof after.version === 'number' && after.version > version) for (const key of Object.keys(after)) if (key !== 'version') fields.add(key);
  }
  return [...fields].sort();
}

const pick = (row: object, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k] ?? null]));

/**
 * Edits a record with optimistic locking. A material edit of a public record by its owner sends it
 * back to review; moderators' own edits need no review.
 */
export async function updateRecord<T extends CatalogueType>(
  db: Executor,
  kind: WorkflowKind<T>,
  actor: Actor,
  id: string,
  version: number,
  values: Partial<RowOf<T>>,
  ctx: AuditContext,
): Promise<RowOf<T>> {
  return db.transaction(async (tx) => {
    const row = await lockRecord(tx, kind.type, id);
    authorizeView(kind, actor, row);
    authorizeEdit(kind, actor, row);
    if (row.version !== version) {
      const changed = await fieldsChangedSince(tx, kind.type, id, version);
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version, yourVersion: version, changedFields: changed });
    }
    const changed = changedFields(row as Record<string, unknown>, values as Record<string, unknown>);
    if (changed.length === 0) return row;
    const needsReview = isPublicStatus(kind.machine, row.status) && !isModerator(actor, row) && isMaterialChange(changed, kind.nonMaterialFields);
    const review = needsReview ? transition(kind.machine, row.status, 'review') : null;
    const statusValues = review?.ok ? valuesFor('review', review.to, actor, undefined) : {};
    const after = await writeRecord(tx, kind.type, id, { ...pick(values, changed), ...statusValues } as Partial<RowOf<T>>);
    const shown = review?.ok ? [...changed, 'status'] : changed;
    await recordAudit(tx, ctx, {
      action: `${kind.type}.update`,
      entityType: kind.type,
      entityId: id,
      organisationId: after.ownerOrganisationId,
      before: { ...pick(row, shown), version: row.version },
      after: { ...pick(after, shown), version: after.version },
    });
    if (isPublicStatus(kind.machine, after.status)) await enqueueRematch(tx, kind.type, [id], actor.userId);
    return after;
  });
}
