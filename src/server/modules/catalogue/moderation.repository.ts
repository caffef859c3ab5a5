import { and, asc, desc, inArray, lt, lte, gte, or, sql, type SQL } from 'drizzle-orm';
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
  /** Its time in the list's order (see Order). */
  sortAt: number;
};

/** Where a page of a work list starts: after this record, in the list's order. */
export type WorkListPosition = { at: number; type: CatalogueType; id: string };

/**
 * How a work list is ordered: by a time in whole milliseconds since 1970 (exact in SQL and in
 * JavaScript, where timestamps lose their microseconds), then kind, then id, all ascending or all
 * descending, so the last row of a page is an exact position.
 */
type Order = { time: (s: Source) => SQL; direction: 'asc' | 'desc' };

const epochMs = (column: SQL | AnyPgColumn) => sql`floor(extract(epoch from ${column}) * 1000)`;
const oldestSubmitted: Order = { time: (s) => epochMs(sql`coalesce(${s.c.submittedAt}, ${s.c.updatedAt})`), direction: 'asc' };
const recentlyChanged: Order = { time: (s) => epochMs(s.c.updatedAt), direction: 'desc' };

/** The position of a row in its list. */
export const positionOf = (row: SummaryRow): WorkListPosition => ({ at: row.sortAt, type: row.type, id: row.id });

/** Rows of one kind that come after `after` in `order`: the kind is fixed per table, so it decides whether an equal time is before or after. */
function afterPosition(s: Source, order: Order, after: WorkListPosition | undefined): SQL | undefined {
  if (!after) return undefined;
  const later = order.direction === 'asc' ? sql`>` : sql`<`;
  const time = sql`${order.time(s)} ${later} ${after.at}::numeric`;
  const sameTime = sql`${order.time(s)} = ${after.at}::numeric`;
  if (s.type === after.type) return or(time, and(sameTime, sql`${s.c.id} ${later} ${after.id}::uuid`));
  const kindComesLater = order.direction === 'asc' ? s.type > after.type : s.type < after.type;
  return kindComesLater ? or(time, sameTime) : time;
}

const compare = (a: WorkListPosition, b: WorkListPosition) => a.at - b.at || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);

/**
 * One page of a work list over the three kinds: each kind's next `limit + 1` rows in `order`,
 * merged; `where` builds each kind's condition from its columns. Answers up to `limit + 1` rows
 * (one more than a page says there is another).
 */
async function summaries(
  db: Executor,
  kinds: Source[],
  where: (s: Source) => SQL | undefined,
  order: Order,
  page: { limit: number; after?: WorkListPosition },
) {
  const perKind = await Promise.all(
    kinds.map(async (s) => {
      const time = order.time(s);
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
          sortAt: sql<number>`${time}::float8`,
        })
        .from(s.table)
        .where(and(where(s), afterPosition(s, order, page.after)))
        .orderBy(...(order.direction === 'asc' ? [asc(time), asc(s.c.id)] : [desc(time), desc(s.c.id)]))
        .limit(page.limit + 1);
      return rows.map((r) => ({ ...r, type: s.type }) as SummaryRow);
    }),
  );
  const sign = order.direction === 'asc' ? 1 : -1;
  return perKind
    .flat()
    .sort((a, b) => sign * compare(positionOf(a), positionOf(b)))
    .slice(0, page.limit + 1);
}

/** How many rows of each kind match `where`: the real totals of a work list, however long. */
async function countsOf(db: Executor, kinds: Source[], where: (s: Source) => SQL | undefined): Promise<Partial<Record<CatalogueType, number>>> {
  const counts = await Promise.all(
    kinds.map(async (s) => {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(s.table)
        .where(where(s));
      return [s.type, row.n] as const;
    }),
  );
  return Object.fromEntries(counts);
}

const kindsOf = (type: CatalogueType | undefined) => sources.filter((s) => !type || s.type === type);

const submitted = (provinces: string[] | null) => (s: Source) =>
  and(sql`${s.c.status} = 'submitted'`, provinces ? inArray(s.c.provinceCode, provinces) : undefined);

/** A page of submitted records, oldest first, in the given provinces (all provinces when null). */
export function submittedRecords(db: Executor, provinces: string[] | null, type: CatalogueType | undefined, page: { limit: number; after?: WorkListPosition }) {
  return summaries(db, kindsOf(type), submitted(provinces), oldestSubmitted, page);
}

export const countSubmitted = (db: Executor, provinces: string[] | null) => countsOf(db, sources, submitted(provinces));

/** Live records whose validity ends between today and `until` (ISO date), soonest first. */
export function expiringRecords(db: Executor, provinces: string[] | null, today: string, until: string, page: { limit: number; after?: WorkListPosition }) {
  return summaries(
    db,
    sources,
    (s) =>
      and(inArray(s.c.status, s.live), gte(s.c.validUntil, today), lte(s.c.validUntil, until), provinces ? inArray(s.c.provinceCode, provinces) : undefined),
    oldestSubmitted,
    page,
  );
}

const ownedBy = (organisationIds: string[]) => (s: Source) => inArray(s.c.ownerOrganisationId, organisationIds);

/** A page of the records of the given organisations, whatever their status, most recently changed first. */
export function organisationRecords(
  db: Executor,
  organisationIds: string[],
  type: CatalogueType | undefined,
  page: { limit: number; after?: WorkListPosition },
) {
  return summaries(db, kindsOf(type), ownedBy(organisationIds), recentlyChanged, page);
}

export const countOrganisationRecords = (db: Executor, organisationIds: string[]) => countsOf(db, sources, ownedBy(organisationIds));

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

/** Expiring means leaving the public: published offers and open demands (a demand being connected is kept). */
const expirable: Partial<Record<CatalogueType, string[]>> = { offer: ['published'], demand: ['open'] };

/** Published offers and open demands whose validity ended before `today` (ISO date). */
export function expiredRecords(db: Executor, today: string, page: { limit: number; after?: WorkListPosition }) {
  return summaries(
    db,
    sources.filter((s) => expirable[s.type]),
    (s) => and(inArray(s.c.status, expirable[s.type] ?? []), lt(s.c.validUntil, today)),
    oldestSubmitted,
    page,
  );
}
