import { desc, eq, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { demands, offers, organisations } from '../../../db/schema/index.js';

/** Records compared at most, newest change first: enough for a network's catalogue on one screen. */
export const COMPARED_AT_MOST = 20_000;
const iso = (column: typeof offers.updatedAt | typeof demands.updatedAt) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Offers past draft and not archived, with what duplicate detection reads. */
export async function offersToCompare(db: Executor) {
  return db
    .select({
      id: offers.id,
      title: offers.title,
      status: offers.status,
      updatedAt: iso(offers.updatedAt),
      language: offers.language,
      summary: offers.summary,
      description: offers.description,
      keywords: offers.keywords,
      sectorCode: offers.sectorCode,
      fieldCodes: offers.fieldCodes,
      ownerName: sql<string | null>`coalesce(${organisations.nameVi}, ${offers.ownerName})`,
      provinceCode: offers.provinceCode,
      country: offers.country,
      trl: offers.trl,
      priceVnd: offers.priceVnd,
    })
    .from(offers)
    .leftJoin(organisations, eq(organisations.id, offers.ownerOrganisationId))
    .where(notInArray(offers.status, ['draft', 'archived']))
    .orderBy(desc(offers.updatedAt))
    .limit(COMPARED_AT_MOST);
}

/** Demands past draft and still live, public part only: the confidential details are never compared or shown. */
export async function demandsToCompare(db: Executor) {
  return db
    .select({
      id: demands.id,
      title: demands.title,
      status: demands.status,
      updatedAt: iso(demands.updatedAt),
      language: demands.language,
      summary: demands.publicSummary,
      description: sql<string | null>`null`,
      ownerName: sql<string | null>`null`,
      keywords: demands.keywords,
      sectorCode: demands.sectorCode,
      fieldCodes: demands.fieldCodes,
      provinceCode: demands.provinceCode,
      country: demands.country,
      trl: demands.minTrl,
      priceVnd: demands.budgetMaxVnd,
    })
    .from(demands)
    .where(notInArray(demands.status, ['draft', 'closed']))
    .orderBy(desc(demands.updatedAt))
    .limit(COMPARED_AT_MOST);
}
