import type { ParsedSearch } from '../../../domain/catalogue/search-query.js';
import { demandMachine } from '../../../domain/catalogue/workflow.js';
import { DemandFull, DemandListItem, DemandPublic } from '../../../shared/catalogue/demand.schemas.js';
import type { Actor } from '../auth/actor.js';
import { abilitiesOf } from '../catalogue/catalogue.policy.js';
import { buildHighlight, iso, workflowTimes } from '../catalogue/catalogue-search.service.js';
import type { DemandRow } from './demands.repository.js';

/** The public part; parsing through DemandPublic drops confidential details and contacts. */
export function toDemandPublic(row: DemandRow): DemandPublic {
  return DemandPublic.parse({ ...row, publishedAt: iso(row.publishedAt) });
}

/** Only for callers who pass canSeeConfidential. */
export function toDemandFull(row: DemandRow, actor: Actor | null): DemandFull {
  return DemandFull.parse({
    ...toDemandPublic(row),
    ...workflowTimes(row),
    confidentialDetails: row.confidentialDetails,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    version: row.version,
    returnReason: row.returnReason,
    abilities: abilitiesOf(demandMachine, actor, row),
  });
}

export function toDemandListItem(row: DemandRow, parsed: ParsedSearch): DemandListItem {
  return DemandListItem.parse({ ...toDemandPublic(row), highlight: buildHighlight(parsed, row.title, row.publicSummary) });
}
