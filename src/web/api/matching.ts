import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DemandMatchList, MatchDismissed, OfferMatchList, OrganisationMatchList } from '../../shared/matching/matching.schemas.js';
import { apiGet, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type OfferMatch = OfferMatchList['items'][number];

const demandMatchesKey = (demandId: string) => ['matches', 'demand', demandId];

/** A demand's ranked offers and experts with the reasons they fit (the server answers 404 to those who may not see it). */
export function useDemandMatches(demandId: string) {
  return useQuery({
    queryKey: demandMatchesKey(demandId),
    queryFn: () => apiGet<OfferMatchList>(`/api/demands/${demandId}/matches`),
  });
}

/** Hides one offer or expert from a demand's matches for good (re-matching keeps it hidden). */
export function useDismissDemandMatch(demandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: { offerId: string } | { expertId: string }) => apiPost<MatchDismissed>(`/api/demands/${demandId}/matches/dismissals`, target),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: demandMatchesKey(demandId) }),
  });
}

/** An offer's ranked open demands (public parts only), for its owner and the staff who work it (403 for others). */
export function useOfferMatches(offerId: string) {
  return useQuery({
    queryKey: ['matches', 'offer', offerId],
    queryFn: () => apiGet<DemandMatchList>(`/api/offers/${offerId}/matches`),
  });
}

export type OrganisationMatch = OrganisationMatchList['items'][number];

/** The matches of the caller's organisations' records (or one organisation's), newest first, a page at a time. */
export function useMyMatches(organisationId: string | null, enabled = true) {
  return useCursorList<OrganisationMatch>(['matches', 'mine'], '/api/me/matches', { organisationId }, enabled);
}
