import type { Db, Executor } from '../../../db/client.js';
import { decideStage, type ConnectionStage, type ProgressStage, type StageRequest } from '../../../domain/connections/stages.js';
import type { z } from 'zod';
import type { ConnectionCreateBody, ConnectionListQuery } from '../../../shared/connections/connections.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { notify } from '../notifications/notifications.service.js';
import { adjustRollup } from '../reports/connection-rollup.repository.js';
import { connectionTitle } from '../../../domain/connections/title.js';
import { claimBroker } from './broker-claim.js';
import { applyStage } from './apply-stage.js';
import { authorizeConnectionStart, canReopen, connectionAccess, connectionListScope } from './connections.policy.js';
import * as repo from './connections.repository.js';
import { describeConnection, notifyParties } from './connection-view.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

/** The organisation with this id, or 400 on `path` when there is none. */
async function organisationField(db: Executor, id: string | null, path: string) {
  const org = id ? await repo.findOrganisationBrief(db, id) : undefined;
  if (id && !org) throw new FieldError([{ path, key: 'unknown_code' }]);
  return org;
}

/** The demand and offer as stored, then the parties the connections policy allows the caller to start it between. */
async function resolveParties(db: Executor, actor: Actor, body: z.infer<typeof ConnectionCreateBody>) {
  const demand = body.demandId ? await repo.findDemandForConnection(db, body.demandId) : undefined;
  if (body.demandId && (!demand || !['open', 'connecting'].includes(demand.status))) throw new FieldError([{ path: 'demandId', key: 'unknown_code' }]);
  const offer = body.offerId ? await repo.findOfferForConnection(db, body.offerId) : undefined;
  if (body.offerId && (!offer || offer.status !== 'published')) throw new FieldError([{ path: 'offerId', key: 'unknown_code' }]);
  if (!demand && !body.seekerOrganisationId) throw new FieldError([{ path: 'seekerOrganisationId', key: 'blank' }]);
  if (!offer && !body.supplierOrganisationId) throw new FieldError([{ path: 'supplierOrganisationId', key: 'blank' }]);
  const named = { seekerOrganisationId: body.seekerOrganisationId, supplierOrganisationId: body.supplierOrganisationId };
  const namedSeeker = await organisationField(db, body.seekerOrganisationId ?? null, 'seekerOrganisationId');
  await organisationField(db, body.supplierOrganisationId ?? null, 'supplierOrganisationId');
  const demandOwner = demand?.ownerOrganisationId ? await repo.findOrganisationBrief(db, demand.ownerOrganisationId) : undefined;
  // Whoever brokers it covers the demand's province (or its owner's); without a demand, the named seeker's.
  const provinceCode = demand ? (demand.provinceCode ?? demandOwner?.provinceCode ?? null) : (namedSeeker?.provinceCode ?? null);
  const parties = authorizeConnectionStart(actor, { demand, offer, named, provinceCode });
  const seeker = await organisationField(db, parties.seekerId, 'seekerOrganisationId');
  const supplier = await organisationField(db, parties.supplierId, 'supplierOrganisationId');
  return { demand, offer, seeker, supplier, requestedBy: parties.requestedBy };
}

/** Opens a connection request from a match, an offer's page ("Tôi quan tâm") or by a broker. */
export async function createConnection(db: Db, actor: Actor, ctx: AuditContext, body: z.infer<typeof ConnectionCreateBody>) {
  // A match is a machine's suggestion: the other party hears from a person, in their words.
  if (body.origin === 'match' && !body.message) throw new FieldError([{ path: 'message', key: 'match_note_required' }]);
  return db.transaction(async (tx) => {
    const { demand, offer, seeker, supplier, requestedBy } = await resolveParties(tx, actor, body);
    const provinceCode = demand?.provinceCode ?? seeker?.provinceCode ?? null;
    const asBroker = requestedBy === 'broker';
    const point = await repo.connectionPointForProvince(tx, provinceCode);
    const foreignCountry = supplier?.country && supplier.country !== 'VN' ? supplier.country : offer?.country && offer.country !== 'VN' ? offer.country : null;
    const row = await repo.insertConnection(tx, {
      demandId: demand?.id ?? null,
      offerId: offer?.id ?? null,
      seekerOrganisationId: seeker?.id ?? null,
      supplierOrganisationId: supplier?.id ?? null,
      supplierName: supplier ? null : (offer?.ownerName ?? null),
      channel: body.channel ?? (asBroker || point ? 'connection-point' : 'direct'),
      origin: body.origin,
      requestedBy,
      partnerCountry: foreignCountry,
      sectorCode: demand?.sectorCode ?? offer?.sectorCode ?? null,
      fieldCode: demand?.fieldCodes[0] ?? offer?.fieldCodes[0] ?? null,
      connectionPointId: point?.id ?? null,
      brokerId: asBroker ? actor.userId : null,
      eventId: body.eventId ?? null,
      provinceCode,
      legacyProvinceCode: demand?.legacyProvinceCode ?? seeker?.legacyProvinceCode ?? null,
      stage: 'proposed',
      openedOn: vietnamToday(),
      createdBy: actor.userId,
    });
    await repo.insertStageEvent(tx, {
      connectionId: row.id,
      fromStage: null,
      toStage: 'proposed',
      occurredOn: row.openedOn,
      note: body.message ?? null,
      actorId: actor.userId,
    });
    if (body.message) await repo.insertMessage(tx, { connectionId: row.id, authorId: actor.userId, body: body.message });
    await adjustRollup(tx, row, 1);
    await recordAudit(tx, ctx, { action: 'connection.create', entityType: 'connection', entityId: row.id, organisationId: seeker?.id ?? null, after: row });
    const title = demand?.title ?? offer?.title ?? '';
    const answering = row.requestedBy === 'supplier' ? [row.seekerOrganisationId] : [row.supplierOrganisationId];
    const recipients = [...(await repo.memberIdsOf(tx, answering)), ...(await repo.staffOfConnectionPoint(tx, row.connectionPointId))];
    await notify(
      tx,
      recipients.filter((id) => id !== actor.userId),
      { kind: 'connection.requested', params: { by: actor.name, title }, link: `/connections/${row.id}` },
    );
    return describeConnection(tx, actor, row);
  });
}

export async function getConnection(db: Db, actor: Actor, id: string) {
  const row = await repo.findConnection(db, id);
  if (!row || !connectionAccess(actor, row).canView) throw new AppError('NOT_FOUND', { entity: 'connection' });
  return describeConnection(db, actor, row);
}

export async function listConnections(db: Db, actor: Actor, query: z.infer<typeof ConnectionListQuery>) {
  const cursor = query.cursor ? repo.decodeListCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw new FieldError([{ path: 'cursor', key: 'invalid_cursor' }]);
  const { items, total, years } = await repo.listConnections(db, connectionListScope(actor), { ...query, cursor });
  const hasMore = items.length > query.limit;
  const page = hasMore ? items.slice(0, query.limit) : items;
  const last = page[page.length - 1];
  return {
    items: page.map(({ demandTitle, offerTitle, closed: _closed, ...c }) => ({
      ...c,
      title: connectionTitle({ demandTitle, offerTitle, seekerName: c.seekerName, supplierName: c.supplierName }),
      channel: c.channel as 'direct',
      stage: c.stage as ConnectionStage,
      lastActivityAt: c.lastActivityAt.toISOString(),
    })),
    total,
    years,
    nextCursor: hasMore ? repo.encodeListCursor({ closed: last.closed, activity: last.lastActivityAt, id: last.id }) : null,
  };
}

/** Moves a connection along its stages; skipping or going back is refused (declined, stalled, reopened excepted). */
export async function changeStage(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: { stage: StageRequest; occurredOn?: string; note?: string; version: number },
) {
  return db.transaction(async (tx) => {
    const row = await repo.findConnection(tx, id);
    if (!row) throw new AppError('NOT_FOUND', { entity: 'connection' });
    const access = connectionAccess(actor, row);
    if (!access.canView) throw new AppError('NOT_FOUND', { entity: 'connection' });
    const answering = row.stage === 'proposed' && (body.stage === 'accepted' || body.stage === 'declined');
    const allowed =
      body.stage === 'reopened'
        ? canReopen(access, row, row.stage === 'declined' ? await repo.declinerSide(tx, row) : null)
        : answering
          ? access.canRespond
          : access.canAdvance;
    if (!allowed) throw new AppError('FORBIDDEN', { reason: 'not_allowed_for_stage' });
    if (row.version !== body.version) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version, changedFields: ['stage'] });
    if (body.occurredOn && body.occurredOn > vietnamToday()) throw new FieldError([{ path: 'occurredOn', key: 'date_out_of_range' }]);
    const decision = decideStage({ stage: row.stage as ConnectionStage, resumeStage: row.resumeStage as ProgressStage | null }, body.stage);
    if (!decision.ok) throw new AppError('INVALID_TRANSITION', { from: row.stage, to: body.stage, reason: decision.reason });
    const updated = await applyStage(tx, actor, ctx, row, decision.next, { occurredOn: body.occurredOn ?? vietnamToday(), note: body.note ?? null });
    return describeConnection(tx, actor, await claimBroker(tx, actor, ctx, updated));
  });
}

export async function postMessage(db: Db, actor: Actor, ctx: AuditContext, id: string, body: string) {
  return db.transaction(async (tx) => {
    const row = await repo.findConnection(tx, id);
    if (!row || !connectionAccess(actor, row).canView) throw new AppError('NOT_FOUND', { entity: 'connection' });
    const message = await repo.insertMessage(tx, { connectionId: id, authorId: actor.userId, body: body.normalize('NFC') });
    await repo.touchConnection(tx, id);
    await recordAudit(tx, ctx, { action: 'connection.message', entityType: 'connection', entityId: id, after: { messageId: message.id } });
    await notifyParties(tx, actor, row, { kind: 'connection.message', params: { by: actor.name } });
    return describeConnection(tx, actor, await claimBroker(tx, actor, ctx, row));
  });
}
