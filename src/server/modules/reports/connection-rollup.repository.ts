import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { connectionRollup, connectionSeekerYears } from '../../../db/schema/index.js';

type RollupSource = {
  openedOn: string;
  provinceCode: string | null;
  legacyProvinceCode: string | null;
  channel: string;
  partnerCountry: string | null;
  sectorCode: string | null;
  stage: string;
  resumeStage: string | null;
  seekerOrganisationId: string | null;
};

const keyOf = (c: RollupSource) => ({
  year: Number(c.openedOn.slice(0, 4)),
  provinceCode: c.provinceCode ?? '',
  legacyProvinceCode: c.legacyProvinceCode ?? '',
  channel: c.channel,
  partnerCountry: c.partnerCountry ?? '',
  sectorCode: c.sectorCode ?? '',
  stage: c.stage,
  resumeStage: c.resumeStage ?? '',
});

/** Adds (or, with -1, removes) one connection in its rollup cell; call inside the connection's transaction. */
export async function adjustRollup(tx: Executor, connection: RollupSource, delta: 1 | -1) {
  await tx
    .insert(connectionRollup)
    .values({ ...keyOf(connection), count: delta })
    .onConflictDoUpdate({
      target: [
        connectionRollup.year,
        connectionRollup.provinceCode,
        connectionRollup.legacyProvinceCode,
        connectionRollup.channel,
        connectionRollup.partnerCountry,
        connectionRollup.sectorCode,
        connectionRollup.stage,
        connectionRollup.resumeStage,
      ],
      set: { count: sql`${connectionRollup.count} + ${delta}` },
    });
  if (delta === 1 && connection.seekerOrganisationId) {
    await tx
      .insert(connectionSeekerYears)
      .values({
        year: Number(connection.openedOn.slice(0, 4)),
        organisationId: connection.seekerOrganisationId,
        provinceCode: connection.provinceCode ?? '',
        legacyProvinceCode: connection.legacyProvinceCode ?? '',
      })
      .onConflictDoNothing();
  }
}

/** Recomputes both rollups from the connections table, after bulk loads (demo data, benchmarks). */
export async function rebuildRollups(tx: Executor) {
  await tx.execute(sql`DELETE FROM connection_rollup`);
  await tx.execute(sql`
    INSERT INTO connection_rollup (year, province_code, legacy_province_code, channel, partner_country, sector_code, stage, resume_stage, count)
    SELECT extract(year from opened_on)::int, coalesce(province_code, ''), coalesce(legacy_province_code, ''), channel,
           coalesce(partner_country, ''), coalesce(sector_code, ''), stage, coalesce(resume_stage, ''), count(*)::int
    FROM connections GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`);
  await tx.execute(sql`DELETE FROM connection_seeker_years`);
  await tx.execute(sql`
    INSERT INTO connection_seeker_years (year, organisation_id, province_code, legacy_province_code)
    SELECT DISTINCT ON (extract(year from opened_on)::int, seeker_organisation_id)
           extract(year from opened_on)::int, seeker_organisation_id, coalesce(province_code, ''), coalesce(legacy_province_code, '')
    FROM connections WHERE seeker_organisation_id IS NOT NULL
    ORDER BY 1, 2, opened_on`);
}
