import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import type { OrganisationMatchList, OrganisationMatchesQuery } from '../../../shared/matching/matching.schemas.js';
import { FieldError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { matchesOrganisations } from './matching.policy.js';
import { organisationMatches, type MatchPosition } from './organisation-matches.repository.js';

type Item = OrganisationMatchList['items'][number];

const encode = (p: MatchPosition) => `${p.computedAt.toISOString()}_${p.id}`;
function decode(cursor: string): MatchPosition | null {
  const match = /^([^_]+)_([0-9a-f-]{36})$/.exec(cursor);
  return match && !Number.isNaN(Date.parse(match[1])) ? { computedAt: new Date(match[1]), id: match[2] } : null;
}

/** New matches of the organisation's demands, offers and experts, in one list, newest first. */
export async function matchesOfMyOrganisations(db: Db, actor: Actor, query: z.infer<typeof OrganisationMatchesQuery>): Promise<OrganisationMatchList> {
  const organisationIds = matchesOrganisations(actor, query.organisationId);
  const after = query.cursor ? decode(query.cursor) : null;
  if (query.cursor && !after) throw new FieldError([{ path: 'cursor', key: 'invalid_cursor' }]);
  if (organisationIds.length === 0) return { items: [], total: 0, nextCursor: null };
  const { items, total } = await organisationMatches(db, organisationIds, { limit: query.limit, after });
  const hasMore = items.length > query.limit;
  const page = hasMore ? items.slice(0, query.limit) : items;
  const ours = new Set(organisationIds);
  const last = page[page.length - 1];
  return {
    items: page.map((row): Item => {
      const supply = row.offerId
        ? { type: 'offer' as const, id: row.offerId, title: row.offerTitle ?? '', ownerName: row.offerOwnerName, language: row.offerLanguage ?? 'vi' }
        : {
            type: 'expert' as const,
            id: row.expertId ?? '',
            title: row.expertName ?? '',
            ownerName: row.expertAffiliation,
            language: row.expertLanguage ?? 'vi',
          };
      const demand = { type: 'demand' as const, id: row.demandId, title: row.demandTitle, ownerName: row.demandOwnerName, language: row.demandLanguage };
      const demandSide = !!row.demandOwnerId && ours.has(row.demandOwnerId);
      return {
        id: row.id,
        side: demandSide ? 'demand' : 'supply',
        mine: demandSide ? { type: 'demand', id: demand.id, title: demand.title } : { type: supply.type, id: supply.id, title: supply.title },
        other: demandSide ? supply : demand,
        connect: row.offerId ? { demandId: row.demandId, offerId: row.offerId } : null,
        score: row.score,
        reasons: row.reasons as Item['reasons'],
        computedAt: row.computedAt.toISOString(),
      };
    }),
    total,
    nextCursor: hasMore ? encode({ computedAt: last.computedAt, id: last.id }) : null,
  };
}
