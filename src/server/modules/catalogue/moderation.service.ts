import type { Executor } from '../../../db/client.js';
import { QUALITY_THRESHOLD } from '../../../domain/catalogue/listing-quality.js';
import { catalogueTypes, type CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { EXPIRY_NOTICE_DAYS, type CatalogueRecordSummary } from '../../../shared/catalogue/moderation.schemas.js';
import type { Actor } from '../auth/actor.js';
import { authorizeModeration, authorizeOverview, authorizeWorkspace } from './catalogue.policy.js';
import { qualityNotes } from './listing-quality.js';
import * as repo from './moderation.repository.js';
import { decodeWorkListCursor, encodeWorkListCursor } from './work-list-cursor.js';

/** Live records listed as expiring soon in the queue (a reminder, not a work list, so it has no pages). */
const EXPIRING_LIMIT = 500;
const DAY_MS = 86_400_000;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function toSummary({ sortAt, ...row }: repo.SummaryRow, since: Date | null, now: Date): CatalogueRecordSummary {
  return {
    ...row,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    ageDays: Math.max(0, Math.floor((now.getTime() - (since ?? row.updatedAt).getTime()) / DAY_MS)),
  };
}

type WorkListQuery = { type?: CatalogueType; cursor?: string; limit: number };

/** Counts by kind, every kind present. */
function countsByType(counts: Partial<Record<CatalogueType, number>>): Record<CatalogueType, number> {
  return Object.fromEntries(catalogueTypes.map((t) => [t, counts[t] ?? 0])) as Record<CatalogueType, number>;
}

/** One page of a work list and its real totals: the total of the kind asked for (all kinds without one), and counts by kind. */
function workListPage(
  rows: repo.SummaryRow[],
  counts: Record<CatalogueType, number>,
  query: WorkListQuery,
  since: (row: repo.SummaryRow) => Date | null,
  now: Date,
) {
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(row, since(row), now)),
    total: query.type ? counts[query.type] : catalogueTypes.reduce((sum, t) => sum + counts[t], 0),
    nextCursor: rows.length > query.limit && last ? encodeWorkListCursor(repo.positionOf(last)) : null,
    counts,
  };
}

/**
 * Records waiting for review in the actor's provinces, oldest first, a page at a time, with their
 * real counts by kind, plus live records whose validity ends within EXPIRY_NOTICE_DAYS (for a reminder).
 */
export async function moderationQueue(db: Executor, actor: Actor, query: WorkListQuery, minQuality: number | null = QUALITY_THRESHOLD, now = new Date()) {
  const provinces = authorizeModeration(actor);
  const after = decodeWorkListCursor(query.cursor);
  const rows = await repo.submittedRecords(db, provinces, query.type, { limit: query.limit, after });
  const counts = countsByType(await repo.countSubmitted(db, provinces));
  const expiring = await expiringSoon(db, provinces, now);
  const page = workListPage(rows, counts, query, (row) => row.submittedAt, now);
  const quality = await qualityNotes(db, page.items, minQuality);
  return { ...page, items: page.items.map((item) => ({ ...item, quality: quality.get(item.id) ?? null })), expiringSoon: expiring };
}

/**
 * Live records whose validity ends within `days`, soonest first: the first EXPIRING_LIMIT for the
 * queue's reminder list, or all of them, however many, for the reminders (`all`).
 */
export async function expiringSoon(db: Executor, provinces: string[] | null, now = new Date(), options: { days?: number; all?: boolean } = {}) {
  const until = isoDay(new Date(now.getTime() + (options.days ?? EXPIRY_NOTICE_DAYS) * DAY_MS));
  const rows: repo.SummaryRow[] = [];
  for (let after: repo.WorkListPosition | undefined; ;) {
    const page = await repo.expiringRecords(db, provinces, isoDay(now), until, { limit: EXPIRING_LIMIT, after });
    rows.push(...page.slice(0, EXPIRING_LIMIT));
    if (page.length <= EXPIRING_LIMIT || !options.all) break;
    after = repo.positionOf(page[EXPIRING_LIMIT - 1]);
  }
  return rows.map((row) => toSummary(row, null, now)).sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? ''));
}

/** Agency view: counts by kind × status × province across the network. */
export async function moderationOverview(db: Executor, actor: Actor) {
  authorizeOverview(actor);
  return { items: await repo.countByStatusAndProvince(db) };
}

/** Offers, demands and experts of the actor's organisation (or all their organisations), every status, most recently changed first, a page at a time. */
export async function workspaceRecords(db: Executor, actor: Actor, organisationId: string | undefined, query: WorkListQuery, now = new Date()) {
  authorizeWorkspace(actor, organisationId);
  const ids = organisationId ? [organisationId] : actor.memberships.map((m) => m.organisationId);
  const after = decodeWorkListCursor(query.cursor);
  const rows = ids.length ? await repo.organisationRecords(db, ids, query.type, { limit: query.limit, after }) : [];
  const counts = countsByType(ids.length ? await repo.countOrganisationRecords(db, ids) : {});
  return workListPage(rows, counts, query, () => null, now);
}
