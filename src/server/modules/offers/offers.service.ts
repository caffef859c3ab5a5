import type { Executor } from '../../../db/client.js';
import { parseSearchQuery } from '../../../domain/catalogue/search-query.js';
import { publicationMachine, type WorkflowAction } from '../../../domain/catalogue/workflow.js';
import type { OfferCreate, OfferListQuery, OfferPatch } from '../../../shared/catalogue/offer.schemas.js';
import { notFound } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { OwnerAccessResolver } from '../attachments/attachment-owner.js';
import { canEditContent, canView } from '../catalogue/catalogue.policy.js';
import { searchCatalogue } from '../catalogue/catalogue-search.repository.js';
import { decodeOffsetCursor, encodeOffsetCursor } from '../catalogue/list-cursor.js';
import { resolveOwnership, resolveProvinceFilter } from '../catalogue/record-ownership.js';
import { transitionRecord, updateRecord } from '../catalogue/record-workflow.service.js';
import { anyCode, commonFilters, trlBetween } from '../catalogue/search-filter.js';
import { offerColumns, offerNonMaterialFields, patchFields } from './offer-input.js';
import { toOfferFull, toOfferListItem, toOfferPublic } from './offer-view.js';
import * as repo from './offers.repository.js';

export const offerKind = {
  type: 'offer' as const,
  machine: publicationMachine,
  nonMaterialFields: offerNonMaterialFields,
};

/** Published offers matching the query, with facet counts and highlighted snippets. */
export async function listOffers(db: Executor, query: OfferListQuery) {
  const parsed = parseSearchQuery(query.q);
  const offset = decodeOffsetCursor(query.cursor);
  const filters = [
    ...commonFilters({ ...query, province: await resolveProvinceFilter(db, query.province) }),
    anyCode(['sector', 'vsic'], query.sector),
    trlBetween(query.trlMin, query.trlMax),
    anyCode('form', query.transferForm),
    anyCode('ownerType', query.ownerType),
  ];
  const search = { type: 'offer' as const, trl: 'trl', facets: ['sector', 'province', 'country', 'ownerType', 'language', 'trl', 'field'] as const };
  const page = await searchCatalogue(db, search, { parsed, statuses: ['published'], filters, sort: query.sort, offset, limit: query.limit });
  const rows = await repo.findOffersByIds(db, page.ids);
  const next = offset + rows.length;
  return {
    items: rows.map((row) => toOfferListItem(row, parsed)),
    total: page.total,
    nextCursor: next < page.total && rows.length > 0 ? encodeOffsetCursor(next) : null,
    facets: page.facets,
  };
}

/** One offer: the whole record for its editors and moderators, the public part for others; 404 if not visible. */
export async function getOffer(db: Executor, actor: Actor | null, id: string) {
  const row = await repo.findOffer(db, id);
  if (!row || !canView(publicationMachine, actor, row)) throw notFound('offer');
  return canEditContent(publicationMachine, actor, row) || actor?.isAgency ? toOfferFull(row, actor) : toOfferPublic(row);
}

/** A new draft. `actor` null is a trusted system write (import, seed). Callable inside a transaction. */
export async function createOffer(db: Executor, actor: Actor | null, input: OfferCreate, ctx: AuditContext) {
  return db.transaction(async (tx) => {
    const ownership = await resolveOwnership(tx, actor, input);
    const columns = await offerColumns(tx, input);
    const row = await repo.insertOffer(tx, { ...columns, title: input.title, ...ownership, createdBy: actor?.userId ?? null });
    await recordAudit(tx, ctx, {
      action: 'offer.create',
      entityType: 'offer',
      entityId: row.id,
      organisationId: row.ownerOrganisationId,
      after: toOfferPublic(row),
    });
    return toOfferFull(row, actor);
  });
}

/** An edit based on `patch.version`; 409 VERSION_CONFLICT with the changed fields when stale. */
export async function updateOffer(db: Executor, actor: Actor, id: string, patch: OfferPatch, ctx: AuditContext) {
  return db.transaction(async (tx) => {
    const columns = await offerColumns(tx, patchFields(patch));
    const row = await updateRecord(tx, offerKind, actor, id, patch.version, columns, ctx);
    return toOfferFull(row, actor);
  });
}

export async function moveOffer(db: Executor, actor: Actor, id: string, action: WorkflowAction, ctx: AuditContext, reason?: string) {
  return toOfferFull(await transitionRecord(db, offerKind, actor, id, action, ctx, reason), actor);
}

/** Attachment access for an offer's files. */
export const offerAccess: OwnerAccessResolver = async (db, actor, id) => {
  const row = await repo.findOffer(db, id);
  if (!row) return null;
  return {
    organisationId: row.ownerOrganisationId,
    canView: canView(publicationMachine, actor, row),
    canEdit: canEditContent(publicationMachine, actor, row),
    canSeeConfidential: false,
  };
};
