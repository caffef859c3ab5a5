import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedListingPage, SavedListingState, SavedListingType } from '../../shared/saved-listings/saved-listings.schemas.js';
import { api, apiGet } from './client.js';
import { useCursorList } from './cursor-list.js';

export type { SavedListingPage, SavedListingType };

/** The caller's own saved listings, newest first, a page at a time with the real total. */
export function useSavedListings() {
  return useCursorList<SavedListingPage['items'][number], SavedListingPage>(['saved-listings', 'list'], '/api/saved-listings');
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
