import type { Executor } from '../../../db/client.js';
import { parseSearchQuery } from '../../../domain/catalogue/search-query.js';
import { publicationMachine, type WorkflowAction } from '../../../domain/catalogue/workflow.js';
import type { ExpertCreate, ExpertListQuery, ExpertPatch } from '../../../shared/catalogue/expert.schemas.js';
import { notFound } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { OwnerAccessResolver } from '../attachments/attachment-owner.js';
import { canEditContent, canView } from '../catalogue/catalogue.policy.js';
import { searchCatalogue } from '../catalogue/catalogue-search.repository.js';
import { resolveProvinceFilter } from '../catalogue/catalogue-search.service.js';
import { decodeOffsetCursor, encodeOffsetCursor } from '../catalogue/list-cursor.js';
import { assertCatalogueCodes, resolveOwnership, resolveProvinceField } from '../catalogue/record-ownership.js';
import { transitionRecord, updateRecord, type CatalogueKind } from '../catalogue/record-workflow.service.js';
import { toExpertFull, toExpertListItem, toExpertPublic } from './expert-view.js';
import * as repo from './experts.repository.js';

export const expertKind: CatalogueKind<repo.ExpertRow> = {
  type: 'expert',
  machine: publicationMachine,
  lock: repo.lockExpert,
  write: repo.writeExpert,
  nonMaterialFields: ['email', 'phone', 'validUntil'],
};

type ExpertInput = Omit<ExpertCreate, 'name'> & { name?: string };

async function expertColumns(db: Executor, input: ExpertInput): Promise<Partial<repo.ExpertRow>> {
  await assertCatalogueCodes(db, input);
  const { province: _province, ownerOrganisationId: _owner, ...fields } = input;
  const values = { ...fields, ...(await resolveProvinceField(db, input.province)) };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<repo.ExpertRow>;
}

/** Published experts matching the query, with facets and highlighted snippets. */
export async function listExperts(db: Executor, query: ExpertListQuery) {
  const parsed = parseSearchQuery(query.q);
  const offset = decodeOffsetCursor(query.cursor);
  const filters = repo.expertFilterConditions({
    statuses: ['published'],
    fieldCodes: query.field,
    provinceCodes: await resolveProvinceFilter(db, query.province),
    countries: query.country?.map((c) => c.toUpperCase()),
    language: query.language,
  });
  const sort = query.sort === 'trl' ? 'relevance' : query.sort;
  const page = await searchCatalogue(db, repo.expertSearchSpec, { parsed, filters, sort, offset, limit: query.limit });
  const rows = await repo.findExpertsByIds(db, page.ids);
  const next = offset + rows.length;
  return {
    items: rows.map((row) => toExpertListItem(row, parsed)),
    total: page.total,
    nextCursor: next < page.total && rows.length > 0 ? encodeOffsetCursor(next) : null,
    facets: page.facets,
  };
}

export async function getExpert(db: Executor, actor: Actor | null, id: string) {
  const row = await repo.findExpert(db, id);
  if (!row || !canView(publicationMachine, actor, row)) throw notFound('expert');
  return canEditContent(publicationMachine, actor, row) || actor?.isAgency ? toExpertFull(row, actor) : toExpertPublic(row);
}

/** A new draft profile. `actor` null is a trusted system write (import, seed). Callable inside a transaction. */
export async function createExpert(db: Executor, actor: Actor | null, input: ExpertCreate, ctx: AuditContext) {
  return db.transaction(async (tx) => {
    const ownership = await resolveOwnership(tx, actor, input);
    const columns = await expertColumns(tx, input);
    const row = await repo.insertExpert(tx, { ...columns, name: input.name, ...ownership, createdBy: actor?.userId ?? null });
    await recordAudit(tx, ctx, {
      action: 'expert.create',
      entityType: 'expert',
      entityId: row.id,
      organisationId: row.ownerOrganisationId,
      after: toExpertPublic(row),
    });
    return toExpertFull(row, actor);
  });
}

export async function updateExpert(db: Executor, actor: Actor, id: string, patch: ExpertPatch, ctx: AuditContext) {
  const { version, ...fields } = patch;
  return db.transaction(async (tx) => toExpertFull(await updateRecord(tx, expertKind, actor, id, version, await expertColumns(tx, fields), ctx), actor));
}

export async function moveExpert(db: Executor, actor: Actor, id: string, action: WorkflowAction, ctx: AuditContext, reason?: string) {
  return toExpertFull(await transitionRecord(db, expertKind, actor, id, action, ctx, reason), actor);
}

export const expertAccess: OwnerAccessResolver = async (db, actor, id) => {
  const row = await repo.findExpert(db, id);
  if (!row) return null;
  return {
    organisationId: row.ownerOrganisationId,
    canView: canView(publicationMachine, actor, row),
    canEdit: canEditContent(publicationMachine, actor, row),
    canSeeConfidential: false,
  };
};
