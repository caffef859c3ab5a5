import type { Tx } from '../../db/client.js';
import { insertSeedRowsReturningIds } from '../seed.repository.js';
import { connectionPoints, demoOrganisations } from './data/organisations.js';
import type { DemoOrganisation } from './data/types.js';
import { auditSeeded } from './seed-audit.js';
import { branchTaxCode, demoTaxCode } from './tax-codes.js';

/** Demo organisation key → database id. */
export type OrganisationIds = Map<string, string>;

function withTaxCodes(list: DemoOrganisation[]): Map<string, string> {
  const codes = new Map<string, string>();
  let next = 0;
  const branchCount = new Map<string, number>();
  for (const org of list) {
    if (!org.hasTaxCode) continue;
    if (!org.branchOf) {
      codes.set(org.key, demoTaxCode(next++));
      continue;
    }
    const head = codes.get(org.branchOf);
    if (!head) throw new Error(`demo branch ${org.key} listed before its head office ${org.branchOf}`);
    const n = (branchCount.get(org.branchOf) ?? 0) + 1;
    branchCount.set(org.branchOf, n);
    codes.set(org.key, branchTaxCode(head, n));
  }
  return codes;
}

/** Inserts the demo organisations and connection points; returns their ids by key. */
export async function loadOrganisations(tx: Tx): Promise<OrganisationIds> {
  const taxCodes = withTaxCodes(demoOrganisations);
  const rows = demoOrganisations.map((o) => ({
    kind: o.kind,
    nameVi: o.nameVi,
    nameEn: o.nameEn ?? null,
    shortName: o.shortName ?? null,
    taxCode: taxCodes.get(o.key) ?? null,
    country: o.country ?? 'VN',
    provinceCode: o.provinceCode ?? null,
    legacyProvinceCode: o.legacyProvinceCode ?? null,
    vsicSections: o.vsicSections ?? [],
    coveredCountries: o.coveredCountries ?? [],
    size: o.size ?? null,
    address: o.address ?? null,
    description: o.description ?? null,
    verified: true,
  }));
  const inserted = await insertSeedRowsReturningIds(tx, 'organisations', rows);
  const ids: OrganisationIds = new Map(demoOrganisations.map((o, i) => [o.key, inserted[i]]));
  await auditSeeded(
    tx,
    'organisation',
    inserted.map((id, i) => ({ id, organisationId: id, after: { kind: rows[i].kind, nameVi: rows[i].nameVi, taxCode: rows[i].taxCode } })),
  );

  const pointRows = connectionPoints.map((p) => ({
    hostOrganisationId: idOf(ids, p.hostKey),
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    provinces: p.provinces,
    openedOn: p.openedOn,
  }));
  const pointIds = await insertSeedRowsReturningIds(tx, 'connectionPoints', pointRows);
  await auditSeeded(
    tx,
    'connection-point',
    pointIds.map((id, i) => ({
      id,
      organisationId: pointRows[i].hostOrganisationId,
      after: { nameVi: pointRows[i].nameVi, provinces: pointRows[i].provinces },
    })),
  );
  return ids;
}

export function idOf(ids: OrganisationIds, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`unknown demo organisation key: ${key}`);
  return id;
}
