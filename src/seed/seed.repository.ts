import { eq, inArray } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.js';
import {
  accounts,
  agreements,
  assessmentCampaignTargets,
  assessmentCampaigns,
  assessmentMethodologies,
  assessments,
  awardNominations,
  awardRounds,
  councilAssignments,
  councilDossiers,
  councilMembers,
  councils,
  connectionPoints,
  connections,
  demands,
  eventActivities,
  eventCollectedRecords,
  eventExhibits,
  eventOrganisers,
  eventRegistrations,
  eventSessions,
  eventSlots,
  events,
  experts,
  glossaryTerms,
  legacyProvinces,
  memberships,
  offers,
  organisations,
  programmeBudgetLines,
  programmeBudgetVersions,
  programmeCalls,
  programmeInspections,
  programmeTaskReports,
  programmeTaskTransitions,
  programmeTasks,
  provinces,
  referenceItems,
  roadmaps,
  seedRuns,
  technologyMaps,
  users,
} from '../db/schema/index.js';

/** The tables seeds fill, by name; seeds never touch Drizzle themselves. */
const seedTables = {
  awardNominations,
  awardRounds,
  councilAssignments,
  councilDossiers,
  councilMembers,
  councils,
  accounts,
  agreements,
  assessmentCampaignTargets,
  assessmentCampaigns,
  assessmentMethodologies,
  assessments,
  connectionPoints,
  connections,
  demands,
  eventActivities,
  eventCollectedRecords,
  eventExhibits,
  eventOrganisers,
  eventRegistrations,
  eventSessions,
  eventSlots,
  events,
  experts,
  glossaryTerms,
  legacyProvinces,
  memberships,
  offers,
  organisations,
  programmeBudgetLines,
  programmeBudgetVersions,
  programmeCalls,
  programmeInspections,
  programmeTaskReports,
  programmeTaskTransitions,
  programmeTasks,
  provinces,
  referenceItems,
  roadmaps,
  technologyMaps,
  users,
};
type SeedTables = typeof seedTables;
export type SeedTable = keyof SeedTables;
export type SeedRow<T extends SeedTable> = SeedTables[T]['$inferInsert'];
type WithId = { [K in SeedTable]: SeedTables[K] extends { id: unknown } ? K : never }[SeedTable];

/** Rows in batches small enough for one statement's parameter limit; with `skipExisting`, rows whose key is taken are left alone. */
export async function insertSeedRows<T extends SeedTable>(
  tx: Executor,
  table: T,
  rows: SeedRow<T>[],
  options: { batchSize?: number; skipExisting?: boolean } = {},
): Promise<void> {
  const size = options.batchSize ?? 500;
  for (let i = 0; i < rows.length; i += size) {
    const insert = tx.insert(seedTables[table]).values(rows.slice(i, i + size) as never);
    await (options.skipExisting ? insert.onConflictDoNothing() : insert);
  }
}

/** Rows in batches; their generated ids, in the order of `rows`. */
export async function insertSeedRowsReturningIds<T extends WithId>(tx: Executor, table: T, rows: SeedRow<T>[], batchSize = 200): Promise<string[]> {
  const target = seedTables[table] as SeedTables['offers'];
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += batchSize) {
    const inserted = await tx
      .insert(target)
      .values(rows.slice(i, i + batchSize) as never)
      .returning({ id: target.id });
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

/** Applies a named data load once per database, in one transaction with its marker. */
export async function runOnce(db: Executor, name: string, load: (tx: Tx) => Promise<void>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [done] = await tx.select().from(seedRuns).where(eq(seedRuns.name, name)).for('update');
    if (done) return false;
    await load(tx);
    await tx.insert(seedRuns).values({ name }).onConflictDoNothing();
    return true;
  });
}

/** A pre-merger province named as it was then ("Gia Lai"), with the current unit it became. */
export async function legacyProvinceByName(tx: Executor, name: string) {
  const [row] = await tx
    .select({ legacyProvinceCode: legacyProvinces.code, provinceCode: legacyProvinces.mergedInto })
    .from(legacyProvinces)
    .where(eq(legacyProvinces.name, name));
  return row ?? { legacyProvinceCode: null, provinceCode: null };
}

/** Organisations of the given kinds, with what the network history needs to place connections. */
export async function organisationsOfKinds(tx: Executor, kinds: string[]) {
  return tx
    .select({
      id: organisations.id,
      provinceCode: organisations.provinceCode,
      legacyProvinceCode: organisations.legacyProvinceCode,
      country: organisations.country,
      kind: organisations.kind,
      nameVi: organisations.nameVi,
    })
    .from(organisations)
    .where(inArray(organisations.kind, kinds));
}

/** Active connection points with their provinces and host organisation, placed as it is now and as it was before the merger. */
export async function activeConnectionPoints(tx: Executor) {
  return tx
    .select({
      id: connectionPoints.id,
      provinces: connectionPoints.provinces,
      host: connectionPoints.hostOrganisationId,
      hostProvinceCode: organisations.provinceCode,
      hostLegacyProvinceCode: organisations.legacyProvinceCode,
    })
    .from(connectionPoints)
    .innerJoin(organisations, eq(organisations.id, connectionPoints.hostOrganisationId))
    .where(eq(connectionPoints.active, true));
}

/** The id of an event known by its name (the network history's events), if loaded. */
export async function eventIdByName(tx: Executor, name: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: events.id }).from(events).where(eq(events.name, name));
  return row?.id;
}

export async function updateSeedEvent(tx: Executor, id: string, patch: Partial<SeedRow<'events'>>) {
  await tx.update(events).set(patch).where(eq(events.id, id));
}

/** A person known by e-mail and the first organisation they belong to, if any. */
export async function personByEmail(tx: Executor, email: string) {
  const [row] = await tx
    .select({ userId: users.id, organisationId: memberships.organisationId })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.email, email))
    .limit(1);
  return row;
}

/** Organisation ids by their Vietnamese name (demo data names its organisations uniquely). */
export async function organisationIdsByName(tx: Executor, names: string[]) {
  const rows = await tx
    .select({ id: organisations.id, name: organisations.nameVi, provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(inArray(organisations.nameVi, names));
  return new Map(rows.map((r) => [r.name, r]));
}

/** User ids by e-mail. */
export async function userIdsByEmail(tx: Executor, emails: string[]) {
  const rows = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  return new Map(rows.map((r) => [r.email, r.id]));
}
