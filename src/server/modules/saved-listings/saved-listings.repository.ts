import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { savedListings } from '../../../db/schema/index.js';
import type { SavedListingType } from '../../../shared/saved-listings/saved-listings.schemas.js';

export type SavedRow = {
  type: SavedListingType;
  id: string;
  title: string;
  status: string;
  provinceCode: string | null;
  ownerOrganisationId: string | null;
  createdBy: string | null;
  savedAt: string;
};

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** A person's saves with the columns the catalogue's view rule reads, newest first (at most SAVED_LISTINGS_MAX of them exist). */
export async function savesOf(db: Executor, userId: string, type: SavedListingType | undefined): Promise<SavedRow[]> {
  return rowsOf<SavedRow>(
    await db.execute(sql`
      SELECT s.record_type AS type, s.record_id AS id, r.title, r.status, r.province_code AS "provinceCode",
             r.owner_organisation_id AS "ownerOrganisationId", r.created_by AS "createdBy",
             to_char(s.saved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "savedAt"
      FROM saved_listings s
      JOIN (
        SELECT 'offer' AS type, id, title, status, province_code, owner_organisation_id, created_by FROM offers
        UNION ALL SELECT 'demand', id, title, status, province_code, owner_organisation_id, created_by FROM demands
        UNION ALL SELECT 'expert', id, name, status, province_code, owner_organisation_id, created_by FROM experts
      ) r ON r.type = s.record_type AND r.id = s.record_id
      WHERE s.user_id = ${userId} ${type ? sql`AND s.record_type = ${type}` : sql``}
      ORDER BY s.saved_at DESC, s.record_id`),
  );
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
