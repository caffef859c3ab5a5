import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedListingPage, SavedListingState, SavedListingType } from '../../shared/saved-listings/saved-listings.schemas.js';
import { api, apiGet } from './client.js';

export type { SavedListingPage, SavedListingType };

/** A page of the caller's own saved listings, newest first. */
export function useSavedListings(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['saved-listings', 'list', page, pageSize],
    queryFn: () => apiGet<SavedListingPage>('/api/saved-listings', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Whether the caller saved one listing. */
export function useSavedListing(type: SavedListingType, id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['saved-listings', 'one', type, id],
    queryFn: () => apiGet<SavedListingState>(`/api/saved-listings/${type}/${id}`),
    enabled,
  });
}

/** Saves (save=true) or removes a save of a listing. */
export function useToggleSavedListing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ type, id, save }: { type: SavedListingType; id: string; save: boolean }) =>
      api<SavedListingState>(save ? 'PUT' : 'DELETE', `/api/saved-listings/${type}/${id}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['saved-listings'] }),
  });
}
