import { aquaculture, pharma } from '../data/sectors/aquaculture-pharma.js';
import { energy, environment } from '../data/sectors/energy-environment.js';
import { crops, livestock } from '../data/sectors/farming.js';
import { food } from '../data/sectors/food.js';
import { coffee, pepper } from '../data/sectors/highland-crops.js';
import { agriMachinery, mechanical } from '../data/sectors/machinery.js';
import { electronics, textiles, wood } from '../data/sectors/manufacturing.js';
import { materials, rubber } from '../data/sectors/materials.js';
import type { SectorVocabulary } from '../data/sectors/vocabulary.js';
import { demoOrganisations } from '../data/organisations.js';
import type { DemoOrganisation, SectorKey } from '../data/types.js';

export const sectorVocabularies: SectorVocabulary[] = [
  food,
  coffee,
  pepper,
  crops,
  livestock,
  mechanical,
  agriMachinery,
  electronics,
  textiles,
  wood,
  rubber,
  materials,
  energy,
  environment,
  aquaculture,
  pharma,
];

const organisationByKey = new Map(demoOrganisations.map((o) => [o.key, o]));

export function organisation(key: string): DemoOrganisation {
  const org = organisationByKey.get(key);
  if (!org) throw new Error(`unknown demo organisation key: ${key}`);
  return org;
}

/** Hands out the candidates of each sector in turn, so records spread over organisations and provinces. */
export function rotation(candidatesOf: (sector: SectorKey) => DemoOrganisation[]) {
  const turns = new Map<SectorKey, number>();
  return (sector: SectorKey): DemoOrganisation => {
    const candidates = candidatesOf(sector);
    if (candidates.length === 0) throw new Error(`no demo organisation for sector ${sector}`);
    const turn = turns.get(sector) ?? 0;
    turns.set(sector, turn + 1);
    return candidates[turn % candidates.length];
  };
}

/** The variants a template expands to; a template without `{p}` yields one record. */
export const variantsOf = (template: { variants?: string[] }): (string | undefined)[] => template.variants ?? [undefined];

/** Records dated before the 2025 merger keep the pre-merger province, as the design asks. */
export const legacyProvinceAt = (owner: DemoOrganisation, date: Date | null) =>
  date && date < new Date('2025-07-01T00:00:00Z') ? (owner.legacyProvinceCode ?? owner.provinceCode ?? null) : null;
