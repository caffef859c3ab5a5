import type { Executor } from '../../../db/client.js';
import { parseSearchQuery } from '../../../domain/catalogue/search-query.js';
import { demandMachine, type WorkflowAction } from '../../../domain/catalogue/workflow.js';
import type { DemandCreate, DemandListQuery, DemandPatch } from '../../../shared/catalogue/demand.schemas.js';
import { notFound } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { OwnerAccessResolver } from '../attachments/attachment-owner.js';
import { canEditContent, canSeeConfidential, canView } from '../catalogue/catalogue.policy.js';
import { searchCatalogue } from '../catalogue/catalogue-search.repository.js';
import { decodeOffsetCursor, encodeOffsetCursor } from '../catalogue/list-cursor.js';
import { resolveOwnership, resolveProvinceFilter } from '../catalogue/record-ownership.js';
import { transitionRecord, updateRecord } from '../catalogue/record-workflow.service.js';
import { anyCode, commonFilters, flagIs, trlBetween } from '../catalogue/search-filter.js';
import { demandColumns, demandNonMaterialFields, demandPatchFields } from './demand-input.js';
import { toDemandFull, toDemandListItem, toDemandPublic } from './demand-view.js';
import { partyOrganisationsOfDemand } from '../connections/connections.repository.js';
import * as repo from './demands.repository.js';

export const demandKind = {
  type: 'demand' as const,
  machine: demandMachine,
  nonMaterialFields: demandNonMaterialFields,
};

/** Open demands (public parts only) matching the query, with facets and highlighted snippets. */
export async function listDemands(db: Executor, query: DemandListQuery) {
  const parsed = parseSearchQuery(query.q);
  const offset = decodeOffsetCursor(query.cursor);
  const filters = [
    ...commonFilters({ ...query, province: await resolveProvinceFilter(db, query.province) }),
    anyCode(['sector', 'vsic'], query.sector),
    trlBetween(query.trlMin, undefined),
    anyCode('form', query.transferForm),
    flagIs('seekAbroad', query.seekAbroad),
  ];
  const search = { type: 'demand' as const, trl: 'minTrl', facets: ['sector', 'province', 'country', 'language', 'trl', 'field'] as const };
  const page = await searchCatalogue(db, search, { parsed, statuses: demandMachine.publicStatuses, filters, sort: query.sort, offset, limit: query.limit });
  const rows = await repo.findDemandsByIds(db, page.ids);
  const next = offset + rows.length;
  return {
    items: rows.map((row) => toDemandListItem(row, parsed)),
    total: page.total,
    nextCursor: next < page.total && rows.length > 0 ? encodeOffsetCursor(next) : null,
    facets: page.facets,
  };
}

/** One demand: with confidential details only for those who may see them; 404 if not visible. */
export async function getDemand(db: Executor, actor: Actor | null, id: string) {
  const row = await repo.findDemand(db, id);
  if (!row || !canView(demandMachine, actor, row)) throw notFound('demand');
  return canSeeConfidential(actor, row, await partyOrganisationsOfDemand(db, id)) ? toDemandFull(row, actor) : toDemandPublic(row);
}

/** A new draft. `actor` null is a trusted system write (import, seed). Callable inside a transaction. */
export async function createDemand(db: Executor, actor: Actor | null, input: DemandCreate, ctx: AuditContext) {
  return db.transaction(async (tx) => {
    const ownership = await resolveOwnership(tx, actor, input);
    const columns = await demandColumns(tx, input);
    const row = await repo.insertDemand(tx, { ...columns, title: input.title, ...ownership, createdBy: actor?.userId ?? null });
    await recordAudit(tx, ctx, {
      action: 'demand.create',
      entityType: 'demand',
      entityId: row.id,
      organisationId: row.ownerOrganisationId,
      after: toDemandPublic(row),
    });
    return toDemandFull(row, actor);
  });
}

export async function updateDemand(db: Executor, actor: Actor, id: string, patch: DemandPatch, ctx: AuditContext) {
  return db.transaction(async (tx) => {
    const columns = await demandColumns(tx, demandPatchFields(patch));
    return toDemandFull(await updateRecord(tx, demandKind, actor, id, patch.version, columns, ctx), actor);
  });
}

export async function moveDemand(db: Executor, actor: Actor, id: string, action: WorkflowAction, ctx: AuditContext, reason?: string) {
  return toDemandFull(await transitionRecord(db, demandKind, actor, id, action, ctx, reason), actor);
}

/** Attachment access for a demand's files; confidential files follow canSeeConfidential. */
export const demandAccess: OwnerAccessResolver = async (db, actor, id) => {
  const row = await repo.findDemand(db, id);
  if (!row) return null;
  return {
    organisationId: row.ownerOrganisationId,
    canView: canView(demandMachine, actor, row),
    canEdit: canEditContent(demandMachine, actor, row),
    canSeeConfidential: canSeeConfidential(actor, row, await partyOrganisationsOfDemand(db, id)),
  };
};
