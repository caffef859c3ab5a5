import type { ParsedSearch } from '../../../domain/catalogue/search-query.js';
import { publicationMachine } from '../../../domain/catalogue/workflow.js';
import { ExpertFull, ExpertListItem, ExpertPublic } from '../../../shared/catalogue/expert.schemas.js';
import type { Actor } from '../auth/actor.js';
import { abilitiesOf } from '../catalogue/catalogue.policy.js';
import { buildHighlight, iso, workflowTimes } from '../catalogue/catalogue-search.service.js';
import type { ExpertRow } from './experts.repository.js';

/** A published profile without email and phone. */
export function toExpertPublic(row: ExpertRow): ExpertPublic {
  return ExpertPublic.parse({ ...row, publishedAt: iso(row.publishedAt) });
}

export function toExpertFull(row: ExpertRow, actor: Actor | null): ExpertFull {
  return ExpertFull.parse({
    ...toExpertPublic(row),
    ...workflowTimes(row),
    email: row.email,
    phone: row.phone,
    version: row.version,
    returnReason: row.returnReason,
    abilities: abilitiesOf(publicationMachine, actor, row),
  });
}

export function toExpertListItem(row: ExpertRow, parsed: ParsedSearch): ExpertListItem {
  const { bio: _bio, ...visible } = toExpertPublic(row);
  const expertise = [row.affiliationName, row.keywords.join(', ')].filter(Boolean).join(' — ');
  return ExpertListItem.parse({ ...visible, highlight: buildHighlight(parsed, row.name, expertise || null) });
}
