import { lastActivityOf } from '../../../domain/connections/last-activity.js';
import type { Executor } from '../../../db/client.js';
import { connectionTitle } from '../../../domain/connections/title.js';
import type { ConnectionDetail } from '../../../shared/connections/connections.schemas.js';
import type { NotificationKind } from '../../../shared/notifications/notification-texts.js';
import type { Actor } from '../auth/actor.js';
import { notify } from '../notifications/notifications.service.js';
import { connectionAccess } from './connections.policy.js';
import * as repo from './connections.repository.js';

/** The full view of a connection for someone allowed to see it, with what they may do next. */
export async function describeConnection(db: Executor, actor: Actor, row: repo.ConnectionRow): Promise<ConnectionDetail> {
  const [demand, offer, seeker, supplier, broker, parts] = await Promise.all([
    row.demandId ? repo.findDemandForConnection(db, row.demandId) : undefined,
    row.offerId ? repo.findOfferForConnection(db, row.offerId) : undefined,
    row.seekerOrganisationId ? repo.findOrganisationBrief(db, row.seekerOrganisationId) : undefined,
    row.supplierOrganisationId ? repo.findOrganisationBrief(db, row.supplierOrganisationId) : undefined,
    repo.userName(db, row.brokerId),
    repo.loadConnectionParts(db, row.id),
  ]);
  const access = connectionAccess(actor, row);
  const contents = parts.agreements.some((a) => a.kind === 'transfer-contract') ? await repo.activeContractContents(db) : [];
  const agreements = parts.agreements.map((a) => ({
    id: a.id,
    connectionId: a.connectionId,
    eventId: a.eventId,
    kind: a.kind as ConnectionDetail['agreements'][number]['kind'],
    title: a.title,
    parties: a.parties,
    valueVnd: a.valueVnd,
    signedOn: a.signedOn,
    transferRight: a.transferRight,
    transferForms: a.transferForms,
    transferModes: a.transferModes,
    checklist: a.checklist,
    missingContents: a.kind === 'transfer-contract' ? contents.filter((c) => !a.checklist.includes(c.code)) : [],
  }));
  const seekerName = seeker?.nameVi ?? row.seekerName;
  const supplierName = supplier?.nameVi ?? row.supplierName ?? offer?.ownerName ?? null;
  return {
    id: row.id,
    title: connectionTitle({ demandTitle: demand?.title, offerTitle: offer?.title, seekerName, supplierName }),
    demand: demand ? { id: demand.id, title: demand.title } : null,
    offer: offer ? { id: offer.id, title: offer.title } : null,
    seeker: { organisationId: row.seekerOrganisationId, name: seekerName },
    supplier: { organisationId: row.supplierOrganisationId, name: supplierName },
    channel: row.channel as ConnectionDetail['channel'],
    origin: row.origin as ConnectionDetail['origin'],
    partnerCountry: row.partnerCountry,
    provinceCode: row.provinceCode,
    connectionPointId: row.connectionPointId,
    broker,
    stage: row.stage as ConnectionDetail['stage'],
    resumeStage: row.resumeStage,
    openedOn: row.openedOn,
    lastActivityAt: lastActivityOf(
      row.openedOn,
      parts.history.map((h) => h.occurredOn),
      parts.messages.map((m) => m.createdAt),
    ).toISOString(),
    version: row.version,
    history: parts.history,
    messages: parts.messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    agreements,
    abilities: { canRespond: access.canRespond, canAdvance: access.canAdvance, canMessage: access.canMessage, canRecordAgreement: access.canRecordAgreement },
  };
}

/** Tells both parties and the broker's staff, except the person who acted. */
export async function notifyParties(
  tx: Executor,
  actor: Actor | null,
  row: repo.ConnectionRow,
  content: { kind: NotificationKind; params: Record<string, string | number | null> },
) {
  const [demand, offer] = await Promise.all([
    row.demandId ? repo.findDemandForConnection(tx, row.demandId) : undefined,
    row.offerId ? repo.findOfferForConnection(tx, row.offerId) : undefined,
  ]);
  const recipients = [
    ...(await repo.memberIdsOf(tx, [row.seekerOrganisationId, row.supplierOrganisationId])),
    ...(await repo.staffOfConnectionPoint(tx, row.connectionPointId)),
    ...(row.brokerId ? [row.brokerId] : []),
  ].filter((id) => id !== actor?.userId);
  await notify(tx, recipients, {
    kind: content.kind,
    params: { title: demand?.title ?? offer?.title ?? '', ...content.params },
    link: `/connections/${row.id}`,
  });
}
