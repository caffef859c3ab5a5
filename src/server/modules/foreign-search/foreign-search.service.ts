import type { Db } from '../../../db/client.js';
import type { PageQuery } from '../../../shared/pagination.js';
import { foreignQueueStatuses, type ForeignOfferBody, type ForeignQueueQuery } from '../../../shared/foreign-search/foreign-search.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { connectionPointForProvince, memberIdsOf, staffOfConnectionPoint } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import { findRecord, writeRecord } from '../catalogue/catalogue.repository.js';
import { createRecord } from '../catalogue/catalogue.service.js';
import { offerKind } from '../catalogue/kinds/index.js';
import { expandReferenceCode } from '../reference/reference.service.js';
import * as repo from './foreign-search.repository.js';
import { authorizeForeignQueue, repOfficeOf } from './foreign-search.policy.js';

/** The queue of a representative office: demands seeking technology in its countries. */
export async function foreignQueue(db: Db, actor: Actor, query: ForeignQueueQuery) {
  const covered = authorizeForeignQueue(actor);
  if (query.country && covered && !covered.includes(query.country)) throw new FieldError([{ path: 'country', key: 'country_not_covered' }]);
  const countries = query.country ? [query.country] : covered;
  const fieldCodes = query.field ? await expandReferenceCode(db, 'st-field', query.field, 'querystring.field') : null;
  const statuses = query.status ? [query.status] : foreignQueueStatuses;
  const { items, total } = await repo.foreignQueue(db, countries, { statuses, fieldCodes, cursor: query.cursor, limit: query.limit });
  const hasMore = items.length > query.limit;
  const page = hasMore ? items.slice(0, query.limit) : items;
  const now = Date.now();
  return {
    items: page.map(({ publishedAt, status, ...item }) => ({
      ...item,
      status: status as (typeof foreignQueueStatuses)[number],
      ageDays: publishedAt ? Math.floor((now - publishedAt.getTime()) / 86_400_000) : 0,
    })),
    total,
    nextCursor: hasMore ? (page[page.length - 1].publishedAt?.toISOString() ?? null) : null,
    countries: covered,
  };
}

/**
 * A representative office records a foreign technology it found for a demand — an offer already
 * on the platform, or a new one it describes (published at once: the office vouches for it) — and
 * the demand's owner and connection point are told.
 */
export async function recordForeignOffer(db: Db, actor: Actor, ctx: AuditContext, demandId: string, body: ForeignOfferBody) {
  const covered = authorizeForeignQueue(actor);
  return db.transaction(async (tx) => {
    const demand = await repo.findSeekingDemand(tx, demandId);
    if (!demand || !demand.seekAbroad || !['open', 'connecting'].includes(demand.status)) throw new AppError('NOT_FOUND', { entity: 'demand' });
    if (covered && !demand.targetCountries.some((c) => covered.includes(c))) throw new AppError('NOT_FOUND', { entity: 'demand' });
    let offerId = body.offerId;
    if (body.offer) {
      if (covered && !covered.includes(body.offer.country ?? '')) throw new FieldError([{ path: 'offer.country', key: 'country_not_covered' }]);
      const created = await createRecord(tx, offerKind, null, ctx, { ...body.offer, ownerOrganisationId: null });
      await writeRecord(tx, 'offer', created.id, { status: 'published', publishedAt: new Date(), moderatedBy: actor.userId });
      offerId = created.id;
    }
    const offer = offerId ? await findRecord(tx, 'offer', offerId) : undefined;
    if (!offer || offer.status !== 'published') throw new FieldError([{ path: 'offerId', key: 'unknown_code' }]);
    const link = await repo.insertLink(tx, {
      demandId,
      offerId: offer.id,
      repOfficeOrganisationId: repOfficeOf(actor),
      note: body.note ?? null,
      createdBy: actor.userId,
    });
    if (!link) throw new AppError('ALREADY_EXISTS', { entity: 'foreign-offer-link' });
    await recordAudit(tx, ctx, {
      action: 'demand.foreign-offer.link',
      entityType: 'demand',
      entityId: demandId,
      organisationId: demand.ownerOrganisationId,
      after: link,
    });
    const point = await connectionPointForProvince(tx, demand.provinceCode);
    const recipients = [...(await memberIdsOf(tx, [demand.ownerOrganisationId])), ...(await staffOfConnectionPoint(tx, point?.id ?? null))];
    await notify(tx, recipients, { kind: 'foreign-offer.linked', params: { title: demand.title, offer: offer.title }, link: `/demands/${demandId}` });
    return linkOut(await repo.findLink(tx, link.id));
  });
}

const linkOut = <L extends { createdAt: Date }>(link: L) => ({ ...link, createdAt: link.createdAt.toISOString() });

/** Foreign offers found for a demand, a page at a time; visible to whoever may see the demand itself. */
export async function foreignOffersOf(db: Db, demandId: string, page: PageQuery) {
  const links = await repo.linksOfDemand(db, demandId, page);
  return { ...links, items: links.items.map(linkOut) };
}
