import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { connectionPoints, organisations, provinces } from '../../../db/schema/index.js';

export type ConnectionPointRecord = typeof connectionPoints.$inferSelect;
type ConnectionPointValues = Omit<typeof connectionPoints.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
export type ConnectionPointRow = ConnectionPointRecord & { host: { id: string; nameVi: string; kind: string } };

function selectWithHost(db: Executor) {
  return db
    .select({ point: connectionPoints, host: { id: organisations.id, nameVi: organisations.nameVi, kind: organisations.kind } })
    .from(connectionPoints)
    .innerJoin(organisations, eq(organisations.id, connectionPoints.hostOrganisationId));
}

const flatten = (r: { point: ConnectionPointRecord; host: ConnectionPointRow['host'] }): ConnectionPointRow => ({ ...r.point, host: r.host });

export async function listConnectionPoints(db: Executor, includeInactive: boolean): Promise<ConnectionPointRow[]> {
  const rows = await selectWithHost(db)
    .where(includeInactive ? undefined : eq(connectionPoints.active, true))
    .orderBy(asc(connectionPoints.nameVi), asc(connectionPoints.id));
  return rows.map(flatten);
}

export async function findConnectionPoint(db: Executor, id: string): Promise<ConnectionPointRow | null> {
  const [row] = await selectWithHost(db).where(eq(connectionPoints.id, id));
  return row ? flatten(row) : null;
}

export async function lockConnectionPoint(tx: Executor, id: string): Promise<ConnectionPointRecord | null> {
  const [row] = await tx.select().from(connectionPoints).where(eq(connectionPoints.id, id)).for('update');
  return row ?? null;
}

export async function findHostCandidate(db: Executor, id: string) {
  const [row] = await db.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export async function insertConnectionPoint(tx: Executor, values: ConnectionPointValues): Promise<ConnectionPointRecord> {
  const [row] = await tx.insert(connectionPoints).values(values).returning();
  return row;
}

/** Applies the change only at the expected version; null when someone else changed it first. */
export async function updateConnectionPointRow(tx: Executor, id: string, version: number, values: Partial<ConnectionPointValues>) {
  const [row] = await tx
    .update(connectionPoints)
    .set({ ...values, version: sql`${connectionPoints.version} + 1`, updatedAt: new Date() })
    .where(and(eq(connectionPoints.id, id), eq(connectionPoints.version, version)))
    .returning();
  return row ?? null;
}

export async function provinceNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: provinces.code, name: provinces.name }).from(provinces).where(inArray(provinces.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}
