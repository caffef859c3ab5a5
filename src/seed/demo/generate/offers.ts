import type { DemoOffer, OfferStatus } from '../data/catalogue-types.js';
import { technologyProviders } from '../data/enterprises.js';
import { demoOrganisations } from '../data/organisations.js';
import { foreignOfferSets } from '../data/sectors/foreign-offers.js';
import { foreignTitlesVi } from '../data/sectors/foreign-titles-vi.js';
import type { OfferTemplate } from '../data/sectors/vocabulary.js';
import type { DemoOrganisation, SectorKey } from '../data/types.js';
import { closingSentence, deploymentSentence, englishClosing, ipSentence, ownerSentence } from './phrases.js';
import { currentProvinceCodes, provinceName } from './provinces.js';
import { addDays, fill, seededRandom, type Random } from './random.js';
import { legacyProvinceAt, organisation, rotation, sectorVocabularies, variantsOf } from './sectors.js';
import { provincesWithDemoStaff } from '../demo-actors.js';
import { ensureQueue, offerReturnReasons, offerStatus, timelineFor } from './timeline.js';

const suppliersOf = (sector: SectorKey) =>
  demoOrganisations.filter((o) =>
    o.kind === 'institute' || o.kind === 'university' ? o.sectors?.includes(sector) : technologyProviders[o.key]?.includes(sector),
  );

function price(random: Random, template: OfferTemplate): number | null {
  if (template.price === null || random.chance(0.15)) return null;
  const millions = Math.round((template.price * (0.8 + random.next() * 0.5)) / 10) * 10;
  return millions * 1_000_000;
}

function keywordsWith(template: OfferTemplate, variant: string | undefined): string[] {
  const keywords = [...template.keywords];
  if (variant && !keywords.includes(variant.toLowerCase())) keywords.push(variant.toLowerCase());
  return keywords;
}

function statusFields(random: Random, status: OfferStatus) {
  const timeline = timelineFor(random, status);
  return {
    status,
    ...timeline,
    returnReason: status === 'returned' ? random.pick(offerReturnReasons) : null,
    // Valid three years: the demo's live records (published 2024–2026) are current, so the hourly
    // expiry job does not empty the catalogue of a fresh demo.
    validUntil: timeline.publishedAt ? addDays(timeline.publishedAt, 1095) : null,
  };
}

type Source = { owner: DemoOrganisation; sector: SectorKey; vsic: string; fields: string[]; template: OfferTemplate; variant: string | undefined };

/** The part every offer shares; language-specific text and place come from the caller. */
function offerOf(random: Random, { owner, sector, vsic, fields, template, variant }: Source, status: OfferStatus) {
  const state = statusFields(random, status);
  return {
    ownerKey: owner.key,
    sector,
    title: fill(template.title, variant),
    summary: fill(template.summary, variant),
    keywords: keywordsWith(template, variant),
    vsicSections: [vsic],
    fieldCodes: template.fields ?? fields,
    trl: template.trl,
    transferForms: template.forms,
    ipStatus: template.ip,
    priceVnd: price(random, template),
    ...state,
  };
}

function vietnameseOffer(random: Random, source: Source): Omit<DemoOffer, 'externalId'> {
  const { owner, template, variant } = source;
  const home = owner.provinceCode ?? '01';
  const elsewhere = random.pick(currentProvinceCodes.filter((c) => c !== home));
  // The summary is shown above the description, so the description does not repeat it.
  const description = [
    ...template.details.map((d) => fill(d, variant)),
    ipSentence(random, template.ip),
    ownerSentence(random, owner),
    deploymentSentence(random, template.trl, [provinceName(home), provinceName(elsewhere)]),
    closingSentence(random, template.forms[0]),
  ].filter((s): s is string => s !== null);
  const common = offerOf(random, source, offerStatus(random));
  return {
    ...common,
    language: 'vi',
    translatedTitle: null,
    description: description.join(' '),
    country: 'VN',
    provinceCode: home,
    legacyProvinceCode: legacyProvinceAt(owner, common.publishedAt ?? common.createdAt),
  };
}

function englishOffer(random: Random, source: Source): Omit<DemoOffer, 'externalId'> {
  const { owner, template, variant } = source;
  const vi = foreignTitlesVi[template.title];
  if (!vi) throw new Error(`no Vietnamese title for foreign offer: ${template.title}`);
  const viVariant = variant === undefined ? undefined : vi.variants?.[template.variants?.indexOf(variant) ?? -1];
  const description = [...template.details.map((d) => fill(d, variant)), englishClosing(random, template.forms[0])];
  return {
    // Foreign offers arrive through the representative offices, so most are already published.
    ...offerOf(random, source, random.chance(0.9) ? 'published' : 'submitted'),
    language: 'en',
    translatedTitle: fill(vi.title, viVariant),
    description: description.join(' '),
    country: owner.country ?? 'VN',
    provinceCode: null,
    legacyProvinceCode: null,
  };
}

/** About 170 Vietnamese offers from institutes, universities and technology companies, and about 35 English ones from foreign partners. */
export function generateOffers(): DemoOffer[] {
  const random = seededRandom(20_260_101);
  const nextSupplier = rotation(suppliersOf);
  const offers: Omit<DemoOffer, 'externalId'>[] = [];
  for (const sector of sectorVocabularies) {
    for (const template of sector.offers) {
      for (const variant of variantsOf(template)) {
        offers.push(
          vietnameseOffer(random, { owner: nextSupplier(sector.key), sector: sector.key, vsic: sector.vsic, fields: sector.fields, template, variant }),
        );
      }
    }
  }
  for (const set of foreignOfferSets) {
    for (const template of set.offers) {
      for (const variant of variantsOf(template)) {
        offers.push(englishOffer(random, { owner: organisation(set.owner), sector: set.sector, vsic: set.vsic, fields: set.fields, template, variant }));
      }
    }
  }
  const queued = provincesWithDemoStaff().reduce(
    (list, provinces) =>
      ensureQueue(
        list,
        provinces,
        3,
        () => true,
        (o) => ({ ...o, status: 'submitted' as const, legacyProvinceCode: null, validUntil: null, ...timelineFor(random, 'submitted') }),
      ),
    offers,
  );
  return queued.map((offer, i) => ({ externalId: `demo-offer-${String(i + 1).padStart(3, '0')}`, ...offer }));
}
