import type { ParsedSearch } from '../../../domain/catalogue/search-query.js';
import { publicationMachine } from '../../../domain/catalogue/workflow.js';
import { OfferFull, OfferListItem, OfferPublic } from '../../../shared/catalogue/offer.schemas.js';
import type { Actor } from '../auth/actor.js';
import { abilitiesOf } from '../catalogue/catalogue.policy.js';
import { buildHighlight, iso, workflowTimes } from '../catalogue/catalogue-search.service.js';
import type { OfferRow } from './offers.repository.js';

/** What anyone may see; parsed through the public schema so nothing else can slip through. */
export function toOfferPublic(row: OfferRow): OfferPublic {
  return OfferPublic.parse({ ...row, publishedAt: iso(row.publishedAt) });
}

export function toOfferFull(row: OfferRow, actor: Actor | null): OfferFull {
  return OfferFull.parse({
    ...toOfferPublic(row),
    ...workflowTimes(row),
    version: row.version,
    returnReason: row.returnReason,
    abilities: abilitiesOf(publicationMachine, actor, row),
  });
}

export function toOfferListItem(row: OfferRow, parsed: ParsedSearch): OfferListItem {
  const { description: _description, ...visible } = toOfferPublic(row);
  return OfferListItem.parse({ ...visible, highlight: buildHighlight(parsed, row.title, row.summary) });
}
