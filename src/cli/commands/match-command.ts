import { findDemandByReference } from '../../server/modules/matching/matching.repository.js';
import { matchesOfDemand } from '../../server/modules/matching/matching.service.js';
import type { OfferMatchList } from '../../shared/matching/matching.schemas.js';
import { withDatabase } from './with-database.js';

export type MatchCommandOptions = { limit: number; json: boolean; language: 'vi' | 'en' };

/**
 * `match <demand externalId> [--limit 10] [--json] [--lang vi|en]`: the ranking the demand's page
 * and `GET /api/demands/{id}/matches` show, offers then experts, each with its reasons.
 */
export async function matchCommand(reference: string, options: MatchCommandOptions): Promise<number> {
  const result = await withDatabase(async (database, config) => {
    const demand = await findDemandByReference(database.db, reference);
    if (!demand) return null;
    const onEmbeddingsError = (error: unknown) => console.error(`[techbridge] embeddings provider failed: ${String(error)}`);
    return { demand, matches: await matchesOfDemand(database.db, { embeddings: config.embeddings, onEmbeddingsError }, demand, options.limit) };
  });
  if (!result) {
    console.error(`no demand with external id or id "${reference}"`);
    return 1;
  }
  if (options.json) {
    console.log(JSON.stringify(result.matches));
    return 0;
  }
  console.log(`${result.demand.title} [${result.demand.externalId ?? result.demand.id}]`);
  printList(result.matches, options.language);
  return 0;
}

function printList(matches: OfferMatchList, language: 'vi' | 'en') {
  const reasons = (list: Array<{ text: { vi: string; en: string } }>) => list.map((r) => `      · ${r.text[language]}`);
  if (matches.items.length === 0) console.log(language === 'vi' ? '  (không có công nghệ phù hợp)' : '  (no matching offers)');
  matches.items.forEach(({ offer, score, reasons: why }, i) => {
    console.log(
      `${String(i + 1).padStart(3)}. ${String(score).padStart(3)}  ${offer.title} (${offer.country}${offer.ownerName ? `, ${offer.ownerName}` : ''})`,
    );
    for (const line of reasons(why)) console.log(line);
  });
  if (matches.experts.length > 0) console.log(language === 'vi' ? 'Chuyên gia:' : 'Experts:');
  matches.experts.forEach(({ expert, score, reasons: why }, i) => {
    console.log(
      `${String(i + 1).padStart(3)}. ${String(score).padStart(3)}  ${[expert.title, expert.name].filter(Boolean).join(' ')}${expert.affiliationName ? ` (${expert.affiliationName})` : ''}`,
    );
    for (const line of reasons(why)) console.log(line);
  });
}
