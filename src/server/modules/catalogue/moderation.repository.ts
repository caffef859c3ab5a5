import { and, asc, desc, inArray, lte, gte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { demands, experts, offers } from '../../../db/schema/index.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';

type Source = {
  type: CatalogueType;
  table: PgTable;
  title: AnyPgColumn;
  c: Pick<
    typeof offers,
    'id' | 'status' | 'version' | 'provinceCode' | 'ownerOrganisationId' | 'ownerName' | 'returnReason' | 'submittedAt' | 'updatedAt' | 'validUntil'
  >;
  live: string[];
};

const sources: Source[] = [
  { type: 'offer', table: offers, title: offers.title, c: offers, live: ['published'] },
  { type: 'demand', table: demands, title: demands.title, c: demands as unknown as Source['c'], live: ['open', 'connecting'] },
  { type: 'expert', table: experts, title: experts.name, c: { ...experts, ownerName: experts.affiliationName } as unknown as Source['c'], live: ['published'] },
];

export type SummaryRow = {
  type: CatalogueType;
  id: string;
  title: string;
  status: string;
  version: number;
  provinceCode: string | null;
  ownerOrganisationId: string | null;
  ownerName: string | null;
  returnReason: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
  validUntil: string | null;
};

/** Rows of all three kinds; `where` builds each kind's condition from its columns. */
async function summaries(db: Executor, where: (s: Source) => SQL | undefined, order: 'oldest-submitted' | 'recent', limit: number) {
  const perKind = await Promise.all(
    sources.map(async (s) => {
      const rows = await db
        .select({
          id: sql<string>`${s.c.id}`,
          title: sql<string>`${s.title}`,
          status: sql<string>`${s.c.status}`,
          version: sql<number>`${s.c.version}`,
          provinceCode: sql<string | null>`${s.c.provinceCode}`,
          ownerOrganisationId: sql<string | null>`${s.c.ownerOrganisationId}`,
          ownerName: sql<string | null>`${s.c.ownerName}`,
          returnReason: sql<string | null>`${s.c.returnReason}`,
          submittedAt: s.c.submittedAt,
          updatedAt: s.c.updatedAt,
          validUntil: s.c.validUntil,
        })
        .from(s.table)
        .where(where(s))
        .orderBy(order === 'oldest-submitted' ? asc(s.c.submittedAt) : desc(s.c.updatedAt))
        .limit(limit);
      return rows.map((r) => ({ ...r, type: s.type }) as SummaryRow);
    }),
  );
  return perKind.flat();
}

/** Submitted records, oldest first, in the given provinces (all provinces when null). */
export function submittedRecords(db: Executor, provinces: string[] | null, limit: number) {
  return summaries(db, (s) => and(sql`${s.c.status} = 'submitted'`, provinces ? inArray(s.c.provinceCode, provinces) : undefined), 'oldest-submitted', limit);
}

/** Live records whose validity ends between today and `until` (ISO date). */
export function expiringRecords(db: Executor, provinces: string[] | null, today: string, until: string, limit: number) {
  return summaries(
    db,
    (s) =>
      and(inArray(s.c.status, s.live), gte(s.c.validUntil, today), lte(s.c.validUntil, until), provinces ? inArray(s.c.provinceCode, provinces) : undefined),
    'oldest-submitted',
    limit,
  );
}

/** Every record of the given organisations, whatever its status, most recently changed first. */
export function organisationRecords(db: Executor, organisationIds: string[], limit: number) {
  return summaries(db, (s) => inArray(s.c.ownerOrganisationId, organisationIds), 'recent', limit);
}

/** Counts by kind × status × province, network-wide. */
export async function countByStatusAndProvince(db: Executor) {
  const perKind = await Promise.all(
    sources.map(async (s) => {
      const rows = await db
        .select({ status: sql<string>`${s.c.status}`, provinceCode: sql<string | null>`${s.c.provinceCode}`, count: sql<number>`count(*)::int` })
        .from(s.table)
        .groupBy(s.c.status, s.c.provinceCode);
      return rows.map((r) => ({ type: s.type, ...r }));
    }),
  );
  return perKind.flat();
}
