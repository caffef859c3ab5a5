import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db, Executor } from '../../../db/client.js';
import { newItem, newRoadmap } from '../../../domain/roadmaps/new-roadmap.js';
import { addItem, addLink, moveItem, removeItem, removeLink, replaceItem, replaceLayers } from '../../../domain/roadmaps/operations.js';
import { reviewState } from '../../../domain/roadmaps/review.js';
import { linkKinds, type Layer, type LinkKind, type Roadmap, type RoadmapScope } from '../../../domain/roadmaps/types.js';
import { validateRoadmap } from '../../../domain/roadmaps/validate-roadmap.js';
import type { Language } from '../../../shared/i18n/language.js';
import type {
  ItemBody,
  LayersBody,
  LinkBody,
  MoveBody,
  RoadmapCreateBody,
  RoadmapListQuery,
  RoadmapPatchBody,
} from '../../../shared/roadmaps/roadmaps.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { fieldProblems, issuesError, valueOf } from './roadmap-issues.js';
import { recordAccess } from './roadmap-record-access.js';
import { liveStates, propagateFromRecords } from './roadmap-records.service.js';
import {
  authorizeCreateRoadmap,
  authorizeEditRoadmap,
  authorizeViewRoadmap,
  canEditRoadmap,
  isResponsibleFor,
  roadmapListScope,
  responsibilityScope,
  type RoadmapFacts,
} from './roadmaps.policy.js';
import * as repo from './roadmaps.repository.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

/** The row's columns that follow from its document, written with every save. */
export function documentColumns(doc: Roadmap) {
  return {
    titleVi: doc.title.vi || doc.title.en,
    titleEn: doc.title.en || doc.title.vi,
    scopeKind: doc.scope.kind,
    vsicCode: doc.scope.kind === 'sector' ? doc.scope.vsicCode : null,
    organisationId: doc.scope.kind === 'enterprise' ? doc.scope.organisationId : null,
    reviewDate: doc.reviewDate,
    document: doc,
  };
}

/** A roadmap row with what the policy reads of it; 404 when missing or not visible to the caller. */
export async function loadRoadmap(db: Executor, actor: Actor | null, id: string) {
  const row = await repo.findRoadmap(db, id);
  if (!row) throw new AppError('NOT_FOUND', { entity: 'roadmap' });
  const enterprise = row.organisationId ? await repo.organisationFacts(db, row.organisationId) : undefined;
  const facts: RoadmapFacts = { ...row, organisationProvince: enterprise?.provinceCode ?? null };
  authorizeViewRoadmap(actor, facts);
  return { row, facts };
}

/** Roadmaps the caller may see, those past review flagged for their owner and the enterprise's connection point. */
export async function listRoadmaps(db: Db, actor: Actor | null, query: z.infer<typeof RoadmapListQuery>) {
  const today = vietnamToday();
  const reviewDue = query.reviewDue === 'true' ? { today, responsible: responsibilityScope(actor) } : undefined;
  const { rows, total, nextCursor } = await repo.listRoadmaps(db, roadmapListScope(actor), { ...query, reviewDue });
  return {
    total,
    nextCursor,
    items: rows.map((r) => {
      const state = reviewState(r.reviewDate, today);
      return {
        id: r.id,
        title: { vi: r.titleVi, en: r.titleEn },
        scopeKind: r.scopeKind as RoadmapScope['kind'],
        vsicCode: r.vsicCode,
        organisationId: r.organisationId,
        ownerOrganisationId: r.ownerOrganisationId,
        ownerName: r.ownerName,
        published: r.published,
        reviewDate: r.reviewDate,
        reviewState: state,
        flagged: state === 'overdue' && isResponsibleFor(actor, { ...r, organisationProvince: r.organisationProvince }),
        itemCount: r.itemCount,
        updatedAt: r.updatedAt.toISOString(),
      };
    }),
  };
}

/** One roadmap with its items' live states, its history and the caller's abilities. */
export async function roadmapDetail(db: Db, actor: Actor | null, id: string) {
  const { row, facts } = await loadRoadmap(db, actor, id);
  const owner = await repo.organisationFacts(db, row.ownerOrganisationId);
  const history = await repo.itemEvents(db, id);
  const editable = canEditRoadmap(actor, facts);
  return {
    roadmap: row.document,
    version: row.version,
    published: row.published,
    ownerName: owner?.name ?? '',
    reviewState: reviewState(row.reviewDate, vietnamToday()),
    live: await liveStates(db, row.document, actor),
    history: history.map((h) => ({ itemId: h.itemId, fromStatus: h.fromStatus, toStatus: h.toStatus, cause: h.cause, occurredAt: h.occurredAt.toISOString() })),
    canEdit: editable,
    canPublish: editable,
  };
}

async function scopeFacts(db: Executor, scope: RoadmapScope) {
  if (scope.kind !== 'enterprise') return { kind: scope.kind };
  const enterprise = await repo.organisationFacts(db, scope.organisationId).catch(() => undefined);
  if (!enterprise || enterprise.kind !== 'enterprise') throw new FieldError([{ path: 'scope.organisationId', key: 'unknown_organisation' }]);
  return { kind: scope.kind, enterprise: { id: enterprise.id, provinceCode: enterprise.provinceCode } };
}

async function ownerFacts(db: Executor, id: string, path: string) {
  const owner = await repo.organisationFacts(db, id).catch(() => undefined);
  if (!owner) throw new FieldError([{ path, key: 'unknown_organisation' }]);
  return owner;
}

/** Writes a new roadmap (a fresh one or an import), its record index and its audit entry, in one transaction. */
async function insertDocument(db: Db, actor: Actor, ctx: AuditContext, doc: Roadmap, action: string) {
  return db.transaction(async (tx) => {
    if (await repo.findRoadmap(tx, doc.id)) throw new AppError('ALREADY_EXISTS', { entity: 'roadmap', field: 'id' });
    const row = await repo.insertRoadmap(tx, { id: doc.id, ownerOrganisationId: doc.ownerId, createdBy: actor.userId, ...documentColumns(doc) });
    await repo.replaceRecordLinks(tx, doc);
    await recordAudit(tx, ctx, { action, entityType: 'roadmap', entityId: doc.id, organisationId: doc.ownerId, after: { title: doc.title, scope: doc.scope } });
    return { id: row.id, version: row.version };
  });
}

/** A new roadmap with the five default layers. */
export async function createRoadmap(db: Db, actor: Actor, ctx: AuditContext, lang: Language, body: z.infer<typeof RoadmapCreateBody>) {
  const scope = await scopeFacts(db, body.scope);
  const owner = await ownerFacts(db, body.ownerOrganisationId, 'ownerOrganisationId');
  authorizeCreateRoadmap(actor, scope, owner);
  const doc = newRoadmap({
    id: randomUUID(),
    title: body.title,
    scope: body.scope,
    ownerId: owner.id,
    startYear: body.startYear,
    horizonYears: body.horizonYears,
    reviewDate: body.reviewDate ?? null,
    technologyMapId: body.technologyMapId ?? null,
  });
  const issues = validateRoadmap(doc);
  if (issues.length) throw issuesError(issues, lang);
  return insertDocument(db, actor, ctx, doc, 'roadmap.create');
}

/**
 * A roadmap brought in from a JSON document, ids kept; the caller must be allowed to create it for its
 * owner, and may tie its items only to records they may open (each one they may not is refused on its
 * field, and nothing is written).
 */
export async function importRoadmap(db: Db, actor: Actor, ctx: AuditContext, lang: Language, doc: Roadmap) {
  const scope = await scopeFacts(db, doc.scope).catch(() => {
    throw new FieldError([{ path: 'roadmap.scope.organisationId', key: 'unknown_organisation' }]);
  });
  const owner = await ownerFacts(db, doc.ownerId, 'roadmap.ownerId');
  authorizeCreateRoadmap(actor, scope, owner);
  const mayOpen = recordAccess(db, actor);
  const hidden: string[] = [];
  for (const [i, item] of doc.items.entries()) {
    for (const [j, record] of item.records.entries()) if (!(await mayOpen(record))) hidden.push(`roadmap.items[${i}].records[${j}].id`);
  }
  if (hidden.length) throw fieldProblems(hidden, 'record_not_visible', lang);
  return insertDocument(db, actor, ctx, doc, 'roadmap.import');
}

type Edit = { action: string; apply: (doc: Roadmap) => Roadmap; columns?: { published?: boolean } };

/**
 * The one way an edit is saved: the caller may edit, the domain operation accepts it, the document
 * is written by compare-and-set on `version` (409 when someone saved in between), items whose
 * status changed get a history entry, the record index and the audit entry follow, all at once.
 */
export async function editRoadmap(db: Db, actor: Actor, ctx: AuditContext, id: string, version: number, edit: Edit) {
  return db.transaction(async (tx) => {
    const { row, facts } = await loadRoadmap(tx, actor, id);
    authorizeEditRoadmap(actor, facts);
    if (row.version !== version) throw new AppError('VERSION_CONFLICT', { entity: 'roadmap' });
    let doc = edit.apply(row.document);
    const before = new Map(row.document.items.map((item) => [item.id, item.status]));
    const manual = doc.items.filter((item) => before.has(item.id) && before.get(item.id) !== item.status);
    const added = doc.items.filter((item) => !before.has(item.id));
    await repo.insertItemEvents(tx, [
      ...manual.map((item) => ({ roadmapId: id, itemId: item.id, fromStatus: before.get(item.id) ?? null, toStatus: item.status, actorId: actor.userId })),
      ...added.map((item) => ({ roadmapId: id, itemId: item.id, fromStatus: null, toStatus: item.status, actorId: actor.userId })),
    ]);
    // A record just tied to an item may already be at contract or transferred.
    doc = await propagateFromRecords(tx, doc, actor.userId);
    const saved = await repo.saveRoadmap(tx, id, version, { ...documentColumns(doc), ...edit.columns });
    if (!saved) throw new AppError('VERSION_CONFLICT', { entity: 'roadmap' });
    await repo.replaceRecordLinks(tx, doc);
    await recordAudit(tx, ctx, {
      action: edit.action,
      entityType: 'roadmap',
      entityId: id,
      organisationId: row.ownerOrganisationId,
      after: { version: saved.version },
    });
    return { id, version: saved.version, doc };
  });
}

/** Title, review date, publication. */
export async function patchRoadmap(db: Db, actor: Actor, ctx: AuditContext, lang: Language, id: string, body: z.infer<typeof RoadmapPatchBody>) {
  const saved = await editRoadmap(db, actor, ctx, id, body.version, {
    action: body.published === undefined ? 'roadmap.update' : body.published ? 'roadmap.publish' : 'roadmap.unpublish',
    columns: body.published === undefined ? {} : { published: body.published },
    apply: (doc) => {
      const next = { ...doc, title: body.title ?? doc.title, reviewDate: body.reviewDate === undefined ? doc.reviewDate : body.reviewDate };
      const issues = validateRoadmap(next).filter((i) => i.field === 'title');
      if (issues.length) throw issuesError(issues, lang);
      return next;
    },
  });
  return { id, version: saved.version };
}

export async function deleteRoadmap(db: Db, actor: Actor, ctx: AuditContext, id: string) {
  await db.transaction(async (tx) => {
    const { row, facts } = await loadRoadmap(tx, actor, id);
    authorizeEditRoadmap(actor, facts);
    await repo.deleteRoadmap(tx, id);
    await recordAudit(tx, ctx, {
      action: 'roadmap.delete',
      entityType: 'roadmap',
      entityId: id,
      organisationId: row.ownerOrganisationId,
      before: { title: row.document.title },
    });
  });
}

type ItemInput = z.infer<typeof ItemBody>;

const itemFrom = (body: ItemInput, id: string) =>
  newItem({
    id,
    layerCode: body.layerCode,
    title: body.title,
    description: body.description,
    period: body.period,
    status: body.status,
    confidence: body.confidence,
    mapNodeId: body.mapNodeId,
  });

/** A new item; its id is given (an import's) or made. */
export async function createItem(db: Db, actor: Actor, ctx: AuditContext, lang: Language, roadmapId: string, body: ItemInput) {
  const itemId = body.id ?? `item-${randomUUID().slice(0, 8)}`;
  const saved = await editRoadmap(db, actor, ctx, roadmapId, body.version, {
    action: 'roadmap.item.create',
    apply: (doc) => valueOf(addItem(doc, itemFrom(body, itemId)), lang),
  });
  return { id: itemId, version: saved.version };
}

/** An item edited in place; its records and gap note stay. */
export async function updateItem(db: Db, actor: Actor, ctx: AuditContext, lang: Language, roadmapId: string, itemId: string, body: ItemInput) {
  const saved = await editRoadmap(db, actor, ctx, roadmapId, body.version, {
    action: 'roadmap.item.update',
    apply: (doc) => {
      const current = doc.items.find((item) => item.id === itemId);
      if (!current) throw new AppError('NOT_FOUND', { entity: 'roadmap-item' });
      return valueOf(replaceItem(doc, { ...itemFrom(body, itemId), records: current.records, gap: current.gap }), lang);
    },
  });
  return { id: itemId, version: saved.version };
}

/** The drag-and-drop (or keyboard) move to another period and lane. */
export async function moveRoadmapItem(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  lang: Language,
  roadmapId: string,
  itemId: string,
  body: z.infer<typeof MoveBody>,
) {
  const saved = await editRoadmap(db, actor, ctx, roadmapId, body.version, {
    action: 'roadmap.item.move',
    apply: (doc) => valueOf(moveItem(doc, itemId, { period: body.period, layerCode: body.layerCode }), lang),
  });
  return { id: itemId, version: saved.version };
}

export async function deleteItem(db: Db, actor: Actor, ctx: AuditContext, lang: Language, roadmapId: string, itemId: string, version: number) {
  const saved = await editRoadmap(db, actor, ctx, roadmapId, version, {
    action: 'roadmap.item.delete',
    apply: (doc) => valueOf(removeItem(doc, itemId), lang).roadmap,
  });
  return { id: itemId, version: saved.version };
}

export async function createLink(db: Db, actor: Actor, ctx: AuditContext, lang: Language, roadmapId: string, body: z.infer<typeof LinkBody>) {
  const linkId = `link-${randomUUID().slice(0, 8)}`;
  const saved = await editRoadmap(db, actor, ctx, roadmapId, body.version, {
    action: 'roadmap.link.create',
    apply: (doc) => valueOf(addLink(doc, { id: linkId, kind: body.kind, from: body.from, to: body.to }), lang),
  });
  return { id: linkId, version: saved.version };
}

export async function deleteLink(db: Db, actor: Actor, ctx: AuditContext, lang: Language, roadmapId: string, linkId: string, version: number) {
  const saved = await editRoadmap(db, actor, ctx, roadmapId, version, {
    action: 'roadmap.link.delete',
    apply: (doc) => valueOf(removeLink(doc, linkId), lang),
  });
  return { id: linkId, version: saved.version };
}

/**
 * The lanes renamed, reordered, added or removed, and the link kinds each takes part in, in one edit.
 * A kept lane keeps the link kinds it allows unless new ones are given; a new one allows every kind
 * unless told otherwise (the direction rules still hold). A lane that still holds items, or kinds
 * that would refuse a link already drawn, are refused on `layers`, naming the lane or the link.
 */
export async function replaceRoadmapLayers(db: Db, actor: Actor, ctx: AuditContext, lang: Language, roadmapId: string, body: z.infer<typeof LayersBody>) {
  const saved = await editRoadmap(db, actor, ctx, roadmapId, body.version, {
    action: 'roadmap.layers.update',
    apply: (doc) => {
      const known = new Map(doc.layers.map((layer) => [layer.code, layer]));
      const layers: Layer[] = body.layers.map((input) => {
        const kept = input.code ? known.get(input.code) : undefined;
        const inOrder = (given: readonly LinkKind[]) => linkKinds.filter((kind) => given.includes(kind));
        const kinds = { ...(input.linkStarts && { linkStarts: inOrder(input.linkStarts) }), ...(input.linkEnds && { linkEnds: inOrder(input.linkEnds) }) };
        if (kept) return { ...kept, name: input.name, ...kinds };
        return { code: input.code || `layer-${randomUUID().slice(0, 8)}`, name: input.name, linkStarts: [...linkKinds], linkEnds: [...linkKinds], ...kinds };
      });
      const result = replaceLayers(doc, layers);
      if (result.ok) return result.value;
      throw issuesError(
        result.issues.map((found) => ({ ...found, ids: found.ids?.map((id) => readableName(doc, id, lang)) })),
        lang,
      );
    },
  });
  return { id: roadmapId, version: saved.version };
}

/** What a refusal about the lanes names: a lane by its name, a link as "from → to" by its items' titles. */
function readableName(doc: Roadmap, id: string, lang: Language): string {
  const local = (value: { vi: string; en: string }) => value[lang] || value[lang === 'vi' ? 'en' : 'vi'];
  const layer = doc.layers.find((l) => l.code === id);
  if (layer) return local(layer.name);
  const link = doc.links.find((l) => l.id === id);
  const title = (itemId: string) => {
    const item = doc.items.find((i) => i.id === itemId);
    return item ? local(item.title) : itemId;
  };
  return link ? `${title(link.from)} → ${title(link.to)}` : id;
}
