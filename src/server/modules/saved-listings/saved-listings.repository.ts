import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { savedListings } from '../../../db/schema/index.js';
import { savedListingTypes, type SavedListingType } from '../../../shared/saved-listings/saved-listings.schemas.js';
import { keyset, toPage } from '../../keyset-page.repository.js';
import type { SavedListScope } from './saved-listings.policy.js';

export type SavedRow = { type: SavedListingType; id: string; title: string; status: string; provinceCode: string | null; savedAt: string };

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

const textArray = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** `canView` in SQL over the listing `r`, so a page and its total hold exactly the saves the person may see. */
function visible(scope: SavedListScope) {
  if (scope.everything) return sql`true`;
  const byType = savedListingTypes.map((type) => sql`(r.type = ${type} AND r.status = ANY(${textArray(scope.publicStatuses[type])}))`);
  return sql`(${sql.join(byType, sql` OR `)}
    OR r.owner_organisation_id::text = ANY(${textArray(scope.organisationIds)})
    OR r.created_by = ${scope.userId}
    OR r.province_code = ANY(${textArray(scope.provinces)}))`;
}

/** A page of a person's saves they may still see, newest first, and how many there are. */
export async function savesOf(db: Executor, userId: string, filter: { type?: SavedListingType; scope: SavedListScope; cursor?: string; limit: number }) {
  const order = keyset([
    { column: sql`s.saved_at`, kind: 'timestamp', direction: 'desc' },
    { column: sql`s.record_id`, kind: 'uuid', direction: 'asc' },
  ]);
  const after = order.after(filter.cursor);
  const from = sql`
    FROM saved_listings s
    JOIN (
      SELECT 'offer' AS type, id, title, status, province_code, owner_organisation_id, created_by FROM offers
      UNION ALL SELECT 'demand', id, title, status, province_code, owner_organisation_id, created_by FROM demands
      UNION ALL SELECT 'expert', id, name, status, province_code, owner_organisation_id, created_by FROM experts
    ) r ON r.type = s.record_type AND r.id = s.record_id
    WHERE s.user_id = ${userId} ${filter.type ? sql`AND s.record_type = ${filter.type}` : sql``} AND ${visible(filter.scope)}`;
  const [rows, [counted]] = await Promise.all([
    db
      .execute(
        sql`SELECT s.record_type AS type, s.record_id AS id, r.title, r.status, r.province_code AS "provinceCode",
                   to_char(s.saved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "savedAt", ${order.cursorKey} AS "cursorKey"
            ${from} ${after ? sql`AND ${after}` : sql``}
            ORDER BY ${sql.join(order.orderBy, sql`, `)} LIMIT ${filter.limit + 1}`,
      )
      .then(rowsOf<SavedRow & { cursorKey: string }>),
    db.execute(sql`SELECT count(*)::int AS total ${from}`).then(rowsOf<{ total: number }>),
  ]);
  return { ...toPage(rows, filter.limit), total: Number(counted?.total ?? 0) };
}

export async function findSave(db: Executor, userId: string, recordId: string) {
  const [row] = await db
    .select()
    .from(savedListings)
    .where(and(eq(savedListings.userId, userId), eq(savedListings.recordId, recordId)));
  return row ?? null;
}

export async function countSaves(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(savedListings)
    .where(eq(savedListings.userId, userId));
  return row?.count ?? 0;
}

/** Saves a listing for a person; an existing save is kept as it was (null). */
export async function insertSave(db: Executor, row: typeof savedListings.$inferInsert) {
  const [saved] = await db.insert(savedListings).values(row).onConflictDoNothing().returning();
  return saved ?? null;
}

export async function deleteSave(db: Executor, userId: string, recordId: string) {
  const [gone] = await db
    .delete(savedListings)
    .where(and(eq(savedListings.userId, userId), eq(savedListings.recordId, recordId)))
    .returning();
  return gone ?? null;
}

/**
 * Moves the saves of a listing merged away as a duplicate to the kept one, each with its own date;
 * a person who saved both keeps their save of the kept one (one save a person and listing), and
 * their save of the merged one goes. Answers how many saves moved and how many were such doubles.
 */
export async function moveSaves(tx: Executor, type: SavedListingType, keptId: string, mergedId: string): Promise<{ moved: number; doubles: number }> {
  const [row] = rowsOf<{ gone: number; moved: number }>(
    await tx.execute(sql`
      WITH gone AS (
        DELETE FROM ${savedListings} WHERE record_type = ${type} AND record_id = ${mergedId}::uuid RETURNING user_id, record_type, saved_at),
      moved AS (
        INSERT INTO ${savedListings} (user_id, record_type, record_id, saved_at)
        SELECT user_id, record_type, ${keptId}::uuid, saved_at FROM gone
        ON CONFLICT (user_id, record_id) DO NOTHING
        RETURNING 1)
      SELECT (SELECT count(*) FROM gone)::int AS gone, (SELECT count(*) FROM moved)::int AS moved`),
  );
  const moved = Number(row?.moved ?? 0);
  return { moved, doubles: Number(row?.gone ?? 0) - moved };
}
