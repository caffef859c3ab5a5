import type { Tx } from '../../db/client.js';
import type { SeedRow } from '../seed.repository.js';
import { lawTermsOf } from '../../domain/interchange/transfer-deal-types.js';
import type { DemoDemand, DemoOffer } from './data/catalogue-types.js';
import { demoActors, type UserIds } from './demo-actors.js';
import { generateDemands } from './generate/demands.js';
import { generateOffers } from './generate/offers.js';
import { organisation } from './generate/sectors.js';
import { idOf, type OrganisationIds } from './load-organisations.js';
import { insertAuditedCatalogue } from './seed-audit.js';

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const isPublished = (status: string) => !['draft', 'submitted', 'returned'].includes(status);

type Actors = ReturnType<typeof demoActors>;

function offerRow(offer: DemoOffer, organisationIds: OrganisationIds, actors: Actors): SeedRow<'offers'> {
  const owner = organisation(offer.ownerKey);
  const law = lawTermsOf(offer.transferForms);
  return {
    externalId: offer.externalId,
    status: offer.status,
    returnReason: offer.returnReason,
    submittedAt: offer.submittedAt,
    publishedAt: offer.publishedAt,
    moderatedBy: isPublished(offer.status) || offer.status === 'returned' ? actors.moderator(offer.provinceCode) : null,
    provinceCode: offer.provinceCode,
    legacyProvinceCode: offer.legacyProvinceCode,
    country: offer.country,
    createdBy: actors.ownerUser(offer.ownerKey),
    createdAt: offer.createdAt,
    updatedAt: offer.publishedAt ?? offer.submittedAt ?? offer.createdAt,
    language: offer.language,
    title: offer.title,
    translatedTitle: offer.translatedTitle,
    summary: offer.summary,
    description: offer.description,
    keywords: offer.keywords,
    sectorCode: offer.vsicSections[0],
    vsicSections: offer.vsicSections,
    fieldCodes: offer.fieldCodes,
    trl: offer.trl,
    ipStatus: offer.ipStatus,
    transferRights: law.rights,
    transferForms: offer.transferForms,
    transferModes: law.modes,
    priceVnd: offer.priceVnd,
    ownerOrganisationId: idOf(organisationIds, offer.ownerKey),
    ownerType: owner.kind,
    ownerName: owner.nameVi,
    validFrom: isoDate(offer.publishedAt),
    validUntil: isoDate(offer.validUntil),
  };
}

function demandRow(demand: DemoDemand, organisationIds: OrganisationIds, actors: Actors): SeedRow<'demands'> {
  const surveyor = demand.enteredByConnectionPoint ? actors.pointStaff(demand.provinceCode) : null;
  return {
    externalId: demand.externalId,
    status: demand.status,
    returnReason: demand.returnReason,
    submittedAt: demand.submittedAt,
    publishedAt: demand.publishedAt,
    moderatedBy: isPublished(demand.status) || demand.status === 'returned' ? actors.moderator(demand.provinceCode) : null,
    provinceCode: demand.provinceCode,
    legacyProvinceCode: demand.legacyProvinceCode,
    createdBy: surveyor ?? actors.ownerUser(demand.ownerKey),
    createdAt: demand.createdAt,
    updatedAt: demand.publishedAt ?? demand.submittedAt ?? demand.createdAt,
    language: demand.language,
    title: demand.title,
    publicSummary: demand.description,
    confidentialDetails: {
      problem: demand.problem,
      currentProcess: demand.currentProcess,
      targets: demand.targets,
      constraints: demand.constraints,
    },
    keywords: demand.keywords,
    sectorCode: demand.vsicSections[0],
    vsicSections: demand.vsicSections,
    fieldCodes: demand.fieldCodes,
    minTrl: demand.minTrl,
    budgetMinVnd: demand.budgetVnd === null ? null : Math.round(demand.budgetVnd * 0.7),
    budgetMaxVnd: demand.budgetVnd,
    deadline: isoDate(demand.deadline),
    preferredTransferForms: demand.transferForms,
    seekAbroad: demand.seekAbroad,
    targetCountries: demand.targetCountries,
    ownerOrganisationId: idOf(organisationIds, demand.ownerKey),
    ownerName: organisation(demand.ownerKey).nameVi,
    // Three years, as offers: a fresh demo's open demands are current (the expiry job would close them).
    validUntil: demand.publishedAt ? isoDate(new Date(demand.publishedAt.getTime() + 1095 * 86_400_000)) : null,
  };
}

/** Inserts the generated offers and demands in batches, each with a system audit entry. */
export async function loadCatalogue(tx: Tx, organisationIds: OrganisationIds, userIds: UserIds) {
  const actors = demoActors(userIds);
  const offerRows = generateOffers().map((o) => offerRow(o, organisationIds, actors));
  await insertAuditedCatalogue(tx, 'offers', offerRows);
  const demandRows = generateDemands().map((d) => demandRow(d, organisationIds, actors));
  await insertAuditedCatalogue(tx, 'demands', demandRows);
}
