import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import type { SavedSearch, SavedSearchCreate, SavedSearchListQuery, SavedSearchPatch } from '../../../shared/saved-searches/saved-searches.schemas.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { listRecords } from '../catalogue/catalogue.service.js';
import { demandKind, expertKind, offerKind } from '../catalogue/kinds/index.js';
import { segmentOf, type ListQueryOf, type RecordKind } from '../catalogue/record-kind.js';
import { notify } from '../notifications/notifications.service.js';
import { authorizeSavedSearch } from './saved-searches.policy.js';
import * as repo from './saved-searches.repository.js';

const view = (row: repo.SavedSearchRow): SavedSearch => ({
  id: row.id,
  type: row.type as SavedSearch['type'],
  name: row.name,
  query: row.query,
  frequency: row.frequency as SavedSearch['frequency'],
  lastSentAt: row.lastSentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export async function listSavedSearches(db: Db, actor: Actor, query: z.infer<typeof SavedSearchListQuery>) {
  const { rows, total, nextCursor } = await repo.listForUser(db, actor.userId, query);
  return { items: rows.map(view), total, nextCursor };
}

/** Saves a catalogue search; records published from now on that match it will be announced. */
export async function createSavedSearch(db: Db, actor: Actor, audit: AuditContext, body: SavedSearchCreate) {
  return db.transaction(async (tx) => {
    const row = await repo.insertSavedSearch(tx, { userId: actor.userId, ...body });
    await recordAudit(tx, audit, { action: 'saved_search.create', entityType: 'saved_search', entityId: row.id, after: view(row) });
    return view(row);
  });
}

export async function updateSavedSearch(db: Db, actor: Actor, audit: AuditContext, id: string, body: SavedSearchPatch) {
  return db.transaction(async (tx) => {
    const before = await repo.findSavedSearch(tx, id);
    authorizeSavedSearch(actor, before);
    const row = await repo.updateSavedSearch(tx, id, body);
    await recordAudit(tx, audit, { action: 'saved_search.update', entityType: 'saved_search', entityId: id, before: view(before), after: view(row) });
    return view(row);
  });
}

export async function deleteSavedSearch(db: Db, actor: Actor, audit: AuditContext, id: string) {
  await db.transaction(async (tx) => {
    const before = await repo.findSavedSearch(tx, id);
    authorizeSavedSearch(actor, before);
    await repo.deleteSavedSearch(tx, id);
    await recordAudit(tx, audit, { action: 'saved_search.delete', entityType: 'saved_search', entityId: id, before: view(before) });
  });
}

/** "Not interested": the record is left out of every future digest of this person. */
export async function dismissRecord(db: Db, actor: Actor, recordId: string) {
  await repo.dismiss(db, actor.userId, recordId);
}

const kinds: Record<CatalogueType, RecordKind<CatalogueType>> = {
  offer: offerKind as unknown as RecordKind<CatalogueType>,
  demand: demandKind as unknown as RecordKind<CatalogueType>,
  expert: expertKind as unknown as RecordKind<CatalogueType>,
};
/** The newest matches a digest looks through: a search seldom gains more between two digests. */
const LOOKED_AT = 100;

/**
 * Sends every due digest: the public records the catalogue's own search finds for each saved
 * search (newest first), published after it was saved, not announced before and not set aside,
 * as one notification (in the app and, by preference, by e-mail). Returns how many were sent.
 */
export async function sendSavedSearchDigests(db: Db, now = new Date()): Promise<number> {
  let sent = 0;
  for (const search of await repo.dueSearches(db, now)) {
    const kind = kinds[search.type as CatalogueType];
    const parsed = kind?.schemas.listQuery.safeParse({ ...search.query, sort: 'newest', limit: LOOKED_AT });
    // A search saved under an older set of filters that no longer parses is left alone rather than failing every run.
    if (!kind || !parsed?.success) continue;
    const page = await listRecords(db, kind, parsed.data as ListQueryOf<CatalogueType>);
    const fresh = (page.items as Array<{ id: string; publishedAt: string | null; title?: string; name?: string }>).filter(
      (item) => item.publishedAt && new Date(item.publishedAt) > search.createdAt,
    );
    const handled = await repo.alreadyHandled(
      db,
      search,
      fresh.map((item) => item.id),
    );
    const news = fresh.filter((item) => !handled.has(item.id));
    if (news.length === 0) continue;
    const segment = segmentOf(kind.type);
    await db.transaction(async (tx) => {
      await repo.recordDeliveries(
        tx,
        search.id,
        news.map((item) => item.id),
        now,
      );
      await notify(tx, [search.userId], {
        kind: 'saved-search.digest',
        params: { name: search.name, count: news.length, title: news[0]!.title ?? news[0]!.name ?? '' },
        link: news.length === 1 ? `/${segment}/${news[0]!.id}` : `/${segment}?${new URLSearchParams({ ...search.query, sort: 'newest' }).toString()}`,
      });
    });
    sent += 1;
  }
  return sent;
}
