import { and, asc, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { glossaryTerms } from '../../../db/schema/index.js';
import { containsPattern } from '../../../domain/text/like-pattern.js';

export type GlossaryRow = typeof glossaryTerms.$inferSelect;

/** One page of terms by Vietnamese form; `foldedQuery` matches either language, accents ignored. */
export async function listTerms(db: Executor, filter: { foldedQuery?: string; offset: number; limit: number }) {
  const where: SQL | undefined = filter.foldedQuery
    ? sql`(tb_fold(${glossaryTerms.vi}) like ${containsPattern(filter.foldedQuery)} or lower(${glossaryTerms.en}) like ${containsPattern(filter.foldedQuery)})`
    : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(glossaryTerms).where(where).orderBy(asc(glossaryTerms.vi), asc(glossaryTerms.id)).offset(filter.offset).limit(filter.limit),
    db.select({ total: count() }).from(glossaryTerms).where(where),
  ]);
  return { rows, total };
}

export async function findTerm(db: Executor, id: string): Promise<GlossaryRow | undefined> {
  const [row] = await db.select().from(glossaryTerms).where(eq(glossaryTerms.id, id));
  return row;
}

/** Whether the pair is already there (letter case aside), other than the term `exceptId`. */
export async function pairExists(db: Executor, vi: string, en: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: glossaryTerms.id })
    .from(glossaryTerms)
    .where(
      and(
        sql`lower(${glossaryTerms.vi}) = lower(${vi})`,
        sql`lower(${glossaryTerms.en}) = lower(${en})`,
        exceptId ? ne(glossaryTerms.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return !!row;
}

export async function insertTerm(tx: Executor, values: typeof glossaryTerms.$inferInsert): Promise<GlossaryRow> {
  const [row] = await tx.insert(glossaryTerms).values(values).returning();
  return row;
}

/** Updates a term and its `updatedAt`, which invalidates every compiled copy of the glossary. */
export async function updateTerm(tx: Executor, id: string, values: Partial<GlossaryRow>): Promise<GlossaryRow> {
  const [row] = await tx
    .update(glossaryTerms)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(glossaryTerms.id, id))
    .returning();
  return row;
}

export async function deleteTerm(tx: Executor, id: string) {
  await tx.delete(glossaryTerms).where(eq(glossaryTerms.id, id));
}
