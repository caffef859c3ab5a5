import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { legacyProvinces, memberships, organisations, provinces } from '../../../db/schema/index.js';

export type OrganisationRecord = typeof organisations.$inferSelect;
export type OrganisationValues = Omit<typeof organisations.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
/** An organisation with the names of its current and legacy province. */
export type OrganisationRow = OrganisationRecord & { provinceName: string | null; legacyProvinceName: string | null };

const legacy = legacyProvinces;

function selectWithProvinces(db: Executor) {
  return db
    .select({ organisation: organisations, provinceName: provinces.name, legacyProvinceName: legacy.name })
    .from(organisations)
    .leftJoin(provinces, eq(provinces.code, organisations.provinceCode))
    .leftJoin(legacy, eq(legacy.code, organisations.legacyProvinceCode));
}

type Joined = { organisation: OrganisationRecord; provinceName: string | null; legacyProvinceName: string | null };
const flatten = (r: Joined): OrganisationRow => ({ ...r.organisation, provinceName: r.provinceName, legacyProvinceName: r.legacyProvinceName });

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationRow | null> {
  const [row] = await selectWithProvinces(db).where(eq(organisations.id, id));
  return row ? flatten(row) : null;
}

/** Locks the row until the transaction ends, so concurrent edits and member changes queue. */
export async function lockOrganisation(tx: Executor, id: string): Promise<OrganisationRecord | null> {
  const [row] = await tx.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row ?? null;
}

export async function insertOrganisation(tx: Executor, values: OrganisationValues): Promise<OrganisationRecord> {
  const [row] = await tx.insert(organisations).values(values).returning();
  return row;
}

/** Applies the change only if nobody else changed the record since `version`; null otherwise. */
export async function updateOrganisationRow(tx: Executor, id: string, version: number, values: Partial<OrganisationValues>) {
  const [row] = await tx
    .update(organisations)
    .set({ ...values, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning();
  return row ?? null;
}

export async function taxCodeTaken(db: Executor, taxCode: string, exceptId?: string): Promise<boolean> {
  const where = exceptId ? and(eq(organisations.taxCode, taxCode), ne(organisations.id, exceptId)) : eq(organisations.taxCode, taxCode);
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(where).limit(1);
  return !!row;
}

export async function countActiveMembers(db: Executor, organisationId: string): Promise<number> {
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, 'active')));
  return total;
}

/** The caller's membership rows (any status) among the given organisations. */
export async function findMembershipsOf(db: Executor, userId: string, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({ organisationId: memberships.organisationId, role: memberships.role, status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.organisationId, organisationIds)));
}

export type DirectoryFilter = {
  /** Already folded (lower case, no diacritics). */
  q?: string;
  kind?: string;
  provinceCode?: string;
  after?: { nameVi: string; id: string };
  limit: number;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listDirectory(db: Executor, filter: DirectoryFilter) {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    // Both expressions match trigram indexes, so PostgreSQL can OR two index scans.
    conditions.push(sql`(tb_fold(${organisations.nameVi}) like ${pattern} or tb_fold(${organisations.nameEn}) like ${pattern})`);
  }
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.provinceCode) conditions.push(eq(organisations.provinceCode, filter.provinceCode));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = filter.after ? and(where, sql`(${organisations.nameVi}, ${organisations.id}) > (${filter.after.nameVi}, ${filter.after.id}::uuid)`) : where;
  const [rows, [{ total }]] = await Promise.all([
    selectWithProvinces(db)
      .where(page)
      .orderBy(asc(organisations.nameVi), asc(organisations.id))
      .limit(filter.limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(organisations)
      .where(where),
  ]);
  return { rows: rows.map(flatten), total };
}
