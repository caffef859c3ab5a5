import { useQuery } from '@tanstack/react-query';
import type { OfferMatchList } from '../../shared/matching/matching.schemas.js';
import { apiGet } from './client.js';

export type OfferMatch = OfferMatchList['items'][number];

/** A demand's ranked offers with the reasons they fit (the server answers 404 to those who may not see it). */
export function useDemandMatches(demandId: string) {
  return useQuery({
    queryKey: ['matches', 'demand', demandId],
    queryFn: () => apiGet<OfferMatchList>(`/api/demands/${demandId}/matches`),
  });
}
