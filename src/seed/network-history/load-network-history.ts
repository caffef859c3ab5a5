import type { Tx } from '../../db/client.js';
import {
  activeConnectionPoints,
  insertSeedRows,
  insertSeedRowsReturningIds,
  organisationsOfKinds,
  legacyProvinceByName,
  type SeedRow,
} from '../seed.repository.js';
import { rebuildRollups } from '../../server/modules/reports/connection-rollup.repository.js';
import { mulberry32 } from '../../domain/random/mulberry32.js';
import { techconnect2023, techdemo2019, yearFigures, type YearFigures } from './figures.js';

type Pick = <T>(list: T[]) => T;
type Org = { id: string; provinceCode: string | null; legacyProvinceCode: string | null; country: string; kind: string };

/**
 * History before 2025-07-01 is recorded in the province as it was then, so the pre-merger view adds up;
 * a place known only by its current unit falls back to the old unit holding its seat, which keeps its code.
 */
const asItWas = (place: { provinceCode: string | null; legacyProvinceCode: string | null }) => place.legacyProvinceCode ?? place.provinceCode;

const stagesForPast = ['meeting', 'meeting', 'mou', 'mou', 'contract', 'transferred', 'declined', 'accepted'] as const;

function dateIn(year: number, rand: () => number): string {
  const day = new Date(Date.UTC(year, 0, 1) + Math.floor(rand() * 364) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

type Centre = { organisationId: string; provinceCode: string; legacyProvinceCode: string | null };

async function loadYear(
  tx: Tx,
  figures: YearFigures,
  orgs: { enterprises: Org[]; suppliers: Org[]; partners: Org[] },
  points: Map<string, string>,
  centres: Centre[],
  rand: () => number,
  pick: Pick,
) {
  const rows: SeedRow<'connections'>[] = [];
  for (let i = 0; i < figures.throughConnectionPoints; i++) {
    const seeker = pick(orgs.enterprises);
    const stage = pick([...stagesForPast]);
    rows.push({
      seekerOrganisationId: seeker.id,
      supplierOrganisationId: pick(orgs.suppliers).id,
      channel: 'connection-point',
      origin: 'broker',
      provinceCode: seeker.provinceCode,
      legacyProvinceCode: asItWas(seeker),
      connectionPointId: points.get(seeker.provinceCode ?? '') ?? null,
      sectorCode: 'C',
      stage,
      resumeStage: stage === 'declined' ? 'meeting' : null,
      openedOn: dateIn(figures.year, rand),
    });
  }
  for (const batch of figures.foreign) {
    const partners = orgs.partners.filter((p) => p.country === batch.country);
    for (let i = 0; i < batch.count; i++) {
      const seeker = pick(orgs.enterprises);
      const stage = pick([...stagesForPast]);
      rows.push({
        seekerOrganisationId: seeker.id,
        supplierOrganisationId: partners.length ? pick(partners).id : null,
        supplierName: partners.length ? null : batch.country,
        channel: 'rep-office',
        origin: 'broker',
        partnerCountry: batch.country,
        sectorCode: batch.sectorCode,
        fieldCode: batch.fieldCode,
        provinceCode: seeker.provinceCode,
        legacyProvinceCode: asItWas(seeker),
        stage,
        resumeStage: stage === 'declined' ? 'meeting' : null,
        openedOn: dateIn(figures.year, rand),
      });
    }
  }
  await insertSeedRows(tx, 'connections', rows);

  // Centres' own consulting and transfer contracts: the count exactly, the value split so that it adds up.
  const { count, totalVnd } = figures.centreContracts;
  const base = Math.floor(totalVnd / count / 1000) * 1000;
  const contracts = Array.from({ length: count }, (_, i) => {
    const centre = pick(centres);
    return {
      kind: i % 4 === 0 ? 'transfer-contract' : 'consulting-contract',
      title: i % 4 === 0 ? `Hợp đồng chuyển giao công nghệ số ${i + 1}/${figures.year}` : `Hợp đồng tư vấn kỹ thuật số ${i + 1}/${figures.year}`,
      valueVnd: i === count - 1 ? totalVnd - base * (count - 1) : base,
      signedOn: dateIn(figures.year, rand),
      transferRight: i % 4 === 0 ? 'right-to-use' : null,
      centreOrganisationId: centre.organisationId,
      provinceCode: centre.provinceCode,
      legacyProvinceCode: asItWas(centre),
    };
  });
  await insertSeedRows(tx, 'agreements', contracts, { batchSize: 1000 });
}

async function loadEvent(tx: Tx, event: typeof techdemo2019, enterprises: Org[], pick: Pick) {
  const place = await legacyProvinceByName(tx, event.provinceName);
  const [eventId] = await insertSeedRowsReturningIds(tx, 'events', [
    { kind: event.kind, name: event.name, startsOn: event.startsOn, endsOn: event.endsOn, ...place, venue: event.venue },
  ]);
  await insertSeedRows(
    tx,
    'agreements',
    event.mouValuesBillionVnd.map((billion, i) => ({
      kind: 'mou',
      title: `Biên bản ghi nhớ hợp tác chuyển giao công nghệ số ${i + 1} – ${event.name}`,
      valueVnd: Math.round(billion * 1_000_000_000),
      signedOn: event.startsOn,
      eventId,
      ...place,
      parties: [{ organisationId: pick(enterprises).id, name: 'Doanh nghiệp tham gia', role: 'transferee' }],
    })),
  );
}

/** Connections, events and agreements of 2017–2024 for the dashboards (loaded once, with the demo data). */
export async function loadNetworkHistory(tx: Tx) {
  const all = await organisationsOfKinds(tx, ['enterprise', 'institute', 'university', 'foreign']);
  const enterprises = all.filter((o) => o.kind === 'enterprise' && o.provinceCode);
  if (enterprises.length === 0) return;
  const suppliers = all.filter((o) => o.kind === 'institute' || o.kind === 'university');
  const partners = all.filter((o) => o.kind === 'foreign');
  const pointRows = await activeConnectionPoints(tx);
  if (pointRows.length === 0) return;
  const points = new Map<string, string>();
  for (const point of pointRows) for (const code of point.provinces) if (!points.has(code)) points.set(code, point.id);
  const centres = pointRows.map((p) => ({
    organisationId: p.host,
    provinceCode: p.hostProvinceCode ?? p.provinces[0],
    legacyProvinceCode: p.hostLegacyProvinceCode,
  }));
  // Seeded, so every fresh database gets the same history.
  const rand = mulberry32(2019);
  const pick: Pick = (list) => list[Math.floor(rand() * list.length)];
  for (const figures of yearFigures)
    await loadYear(tx, figures, { enterprises, suppliers: suppliers.length ? suppliers : enterprises, partners }, points, centres, rand, pick);
  await loadEvent(tx, techdemo2019, enterprises, pick);
  await loadEvent(tx, techconnect2023, enterprises, pick);
  await rebuildRollups(tx);
}
