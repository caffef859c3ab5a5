import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { containsPattern } from '../../../domain/text/like-pattern.js';
import { legacyProvinces, provinces, referenceItems } from '../../../db/schema/index.js';

export type ProvinceRow = typeof provinces.$inferSelect;
export type LegacyProvinceRow = typeof legacyProvinces.$inferSelect;
export type ReferenceItemRow = typeof referenceItems.$inferSelect;

export function listProvinces(db: Executor): Promise<ProvinceRow[]> {
  return db.select().from(provinces).orderBy(asc(provinces.code));
}

export function listLegacyProvinces(db: Executor): Promise<LegacyProvinceRow[]> {
  return db.select().from(legacyProvinces).orderBy(asc(legacyProvinces.code));
}

export async function findProvince(db: Executor, code: string): Promise<ProvinceRow | null> {
  const [row] = await db.select().from(provinces).where(eq(provinces.code, code));
  return row ?? null;
}

export async function findLegacyProvince(db: Executor, code: string): Promise<LegacyProvinceRow | null> {
  const [row] = await db.select().from(legacyProvinces).where(eq(legacyProvinces.code, code));
  return row ?? null;
}

export async function updateProvince(db: Executor, code: string, patch: Partial<Pick<ProvinceRow, 'name' | 'nameEn' | 'aliases'>>): Promise<ProvinceRow> {
  const [row] = await db
    .update(provinces)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(provinces.code, code))
    .returning();
  return row;
}

/** The codes among `codes` that are active in `category`. */
export async function findActiveCodes(db: Executor, category: string, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: referenceItems.code })
    .from(referenceItems)
    .where(and(eq(referenceItems.category, category), eq(referenceItems.active, true), inArray(referenceItems.code, codes)));
  return new Set(rows.map((r) => r.code));
}

/** An active code and the active codes directly under it (a level-1 S&T field and its level-2 fields). */
export async function activeCodeWithChildren(db: Executor, category: string, code: string): Promise<string[]> {
  const rows = await db
    .select({ code: referenceItems.code })
    .from(referenceItems)
    .where(
      and(
        eq(referenceItems.category, category),
        eq(referenceItems.active, true),
        sql`(${referenceItems.code} = ${code} or ${referenceItems.parentCode} = ${code})`,
      ),
    );
  // Children alone (the code itself inactive or unknown) do not count.
  return rows.some((r) => r.code === code) ? rows.map((r) => r.code) : [];
}

export function countByCategory(db: Executor) {
  return db
    .select({
      category: referenceItems.category,
      total: sql<number>`count(*)::int`,
      active: sql<number>`count(*) filter (where ${referenceItems.active})::int`,
    })
    .from(referenceItems)
    .groupBy(referenceItems.category)
    .orderBy(asc(referenceItems.category));
}

/** Items of one category; `foldedQuery` matches code, Vietnamese or English name without diacritics. */
export function listItems(db: Executor, category: string, foldedQuery?: string): Promise<ReferenceItemRow[]> {
  const conditions: SQL[] = [eq(referenceItems.category, category)];
  if (foldedQuery) {
    const pattern = containsPattern(foldedQuery);
    conditions.push(
      sql`(tb_fold(${referenceItems.code}) like ${pattern} or tb_fold(${referenceItems.name}) like ${pattern} or tb_fold(${referenceItems.nameEn}) like ${pattern})`,
    );
  }
  return db
    .select()
    .from(referenceItems)
    .where(and(...conditions))
    .orderBy(asc(referenceItems.sortOrder), asc(referenceItems.code));
}

export async function findItem(db: Executor, category: string, code: string): Promise<ReferenceItemRow | null> {
  const [row] = await db
    .select()
    .from(referenceItems)
    .where(and(eq(referenceItems.category, category), eq(referenceItems.code, code)));
  return row ?? null;
}

export async function insertItem(db: Executor, item: typeof referenceItems.$inferInsert): Promise<ReferenceItemRow | null> {
  const [row] = await db.insert(referenceItems).values(item).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateItem(
  db: Executor,
  category: string,
  code: string,
  patch: Partial<Pick<ReferenceItemRow, 'name' | 'nameEn' | 'active'>>,
): Promise<ReferenceItemRow> {
  const [row] = await db
    .update(referenceItems)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(referenceItems.category, category), eq(referenceItems.code, code)))
    .returning();
  return row;
}

export async function maxSortOrder(db: Executor, category: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${referenceItems.sortOrder}), 0)::int` })
    .from(referenceItems)
    .where(eq(referenceItems.category, category));
  return row.max;
}
