import type { Executor } from '../../../db/client.js';
import { catalogueTypes, type CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { EXPIRY_NOTICE_DAYS, type CatalogueRecordSummary } from '../../../shared/catalogue/moderation.schemas.js';
import type { Actor } from '../auth/actor.js';
import { authorizeModeration, authorizeOverview, authorizeWorkspace } from './catalogue.policy.js';
import * as repo from './moderation.repository.js';

const QUEUE_LIMIT = 500;
const DAY_MS = 86_400_000;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function toSummary(row: repo.SummaryRow, since: Date | null, now: Date): CatalogueRecordSummary {
  return {
    ...row,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    ageDays: Math.max(0, Math.floor((now.getTime() - (since ?? row.updatedAt).getTime()) / DAY_MS)),
  };
}

function countByType(rows: { type: CatalogueType }[]): Record<CatalogueType, number> {
  const counts = Object.fromEntries(catalogueTypes.map((t) => [t, 0])) as Record<CatalogueType, number>;
  for (const row of rows) counts[row.type] += 1;
  return counts;
}

/**
 * Records waiting for review in the actor's provinces, oldest first, with counts by kind and
 * age, plus live records whose validity ends within EXPIRY_NOTICE_DAYS (for a reminder).
 */
export async function moderationQueue(db: Executor, actor: Actor, now = new Date()) {
  const provinces = authorizeModeration(actor);
  const submitted = await repo.submittedRecords(db, provinces, QUEUE_LIMIT);
  const items = submitted
    .map((row) => toSummary(row, row.submittedAt, now))
    .sort((a, b) => b.ageDays - a.ageDays || (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  const expiring = await expiringSoon(db, provinces, now);
  return { items, total: items.length, nextCursor: null, counts: countByType(items), expiringSoon: expiring };
}

/** Live records whose validity ends within `days`; the query behind reminders. */
export async function expiringSoon(db: Executor, provinces: string[] | null, now = new Date(), days = EXPIRY_NOTICE_DAYS) {
  const rows = await repo.expiringRecords(db, provinces, isoDay(now), isoDay(new Date(now.getTime() + days * DAY_MS)), QUEUE_LIMIT);
  return rows.map((row) => toSummary(row, null, now)).sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? ''));
}

/** Agency view: counts by kind × status × province across the network. */
export async function moderationOverview(db: Executor, actor: Actor) {
  authorizeOverview(actor);
  return { items: await repo.countByStatusAndProvince(db) };
}

/** Offers, demands and experts of the actor's organisation (or all their organisations), every status. */
export async function workspaceRecords(db: Executor, actor: Actor, organisationId: string | undefined, now = new Date()) {
  authorizeWorkspace(actor, organisationId);
  const ids = organisationId ? [organisationId] : actor.memberships.map((m) => m.organisationId);
  const rows = ids.length ? await repo.organisationRecords(db, ids, QUEUE_LIMIT) : [];
  const items = rows.map((row) => toSummary(row, null, now)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { items, total: items.length, nextCursor: null, counts: countByType(items) };
}
