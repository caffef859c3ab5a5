import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { demandForeignOffers, demands, offers, organisations } from '../../../db/schema/index.js';
import { countAll, keyset, toPage } from '../../keyset-page.repository.js';

const textArray = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

export type QueueFilter = { statuses: ReadonlyArray<'open' | 'connecting'>; fieldCodes: string[] | null; cursor?: string; limit: number };

/** Open demands that seek technology abroad in any of `countries` (all of them when null), oldest first. */
export async function foreignQueue(db: Executor, countries: string[] | null, filter: QueueFilter) {
  const conditions: SQL[] = [eq(demands.seekAbroad, true), inArray(demands.status, [...filter.statuses])];
  if (countries) conditions.push(sql`${demands.targetCountries} && ${textArray(countries)}`);
  if (filter.fieldCodes) conditions.push(sql`${demands.fieldCodes} && ${textArray(filter.fieldCodes)}`);
  const where = and(...conditions);
  const page = filter.cursor ? and(where, gt(demands.publishedAt, new Date(filter.cursor))) : where;
  // Qualified by table: an unqualified "id" inside the subquery would be the link's own id.
  const found = sql<number>`(select count(*)::int from ${demandForeignOffers} f where f.demand_id = ${demands}.id)`;
  const ownerName = sql<string | null>`coalesce((select name_vi from organisations o where o.id = ${demands.ownerOrganisationId}), ${demands.ownerName})`;
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        id: demands.id,
        title: demands.title,
        publicSummary: demands.publicSummary,
        keywords: demands.keywords,
        fieldCodes: demands.fieldCodes,
        status: demands.status,
        targetCountries: demands.targetCountries,
        provinceCode: demands.provinceCode,
        ownerName,
        foundOffers: found,
        publishedAt: demands.publishedAt,
      })
      .from(demands)
      .where(page)
      .orderBy(asc(demands.publishedAt))
      .limit(filter.limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(demands)
      .where(where),
  ]);
  return { items, total };
}

export async function findSeekingDemand(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: demands.id,
      title: demands.title,
      status: demands.status,
      seekAbroad: demands.seekAbroad,
      targetCountries: demands.targetCountries,
      ownerOrganisationId: demands.ownerOrganisationId,
      provinceCode: demands.provinceCode,
    })
    .from(demands)
    .where(eq(demands.id, id));
  return row;
}

export async function insertLink(db: Executor, row: typeof demandForeignOffers.$inferInsert) {
  const [inserted] = await db.insert(demandForeignOffers).values(row).onConflictDoNothing().returning();
  return inserted;
}

const linkColumns = {
  id: demandForeignOffers.id,
  offer: { id: offers.id, title: offers.title, country: offers.country, ownerName: offers.ownerName, language: offers.language },
  repOfficeName: organisations.nameVi,
  note: demandForeignOffers.note,
  createdAt: demandForeignOffers.createdAt,
};

/** One link with its offer and office, as lists show it. */
export async function findLink(db: Executor, id: string) {
  const [row] = await db
    .select(linkColumns)
    .from(demandForeignOffers)
    .innerJoin(offers, eq(offers.id, demandForeignOffers.offerId))
    .leftJoin(organisations, eq(organisations.id, demandForeignOffers.repOfficeOrganisationId))
    .where(eq(demandForeignOffers.id, id));
  return row!;
}

/** A page of the foreign offers linked to a demand, oldest first, and how many in all. */
export async function linksOfDemand(db: Executor, demandId: string, page: { cursor?: string; limit: number }) {
  const order = keyset([
    { column: demandForeignOffers.createdAt, kind: 'timestamp', direction: 'asc' },
    { column: demandForeignOffers.id, kind: 'uuid', direction: 'asc' },
  ]);
  const where = eq(demandForeignOffers.demandId, demandId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ ...linkColumns, cursorKey: order.cursorKey })
      .from(demandForeignOffers)
      .innerJoin(offers, eq(offers.id, demandForeignOffers.offerId))
      .leftJoin(organisations, eq(organisations.id, demandForeignOffers.repOfficeOrganisationId))
      .where(and(where, order.after(page.cursor)))
      .orderBy(...order.orderBy)
      .limit(page.limit + 1),
    // Every link has its offer (a foreign key), so counting the links counts the rows of the join.
    db.select({ total: countAll }).from(demandForeignOffers).where(where),
  ]);
  const { rows: items, nextCursor } = toPage(rows, page.limit);
  return { items, total, nextCursor };
}
