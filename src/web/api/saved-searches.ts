import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedSearch, SavedSearchCreate, SavedSearchPatch } from '../../shared/saved-searches/saved-searches.schemas.js';
import { api, apiGet } from './client.js';

export type { SavedSearch };

export function useSavedSearches(enabled = true) {
  return useQuery({ queryKey: ['saved-searches'], queryFn: () => apiGet<{ items: SavedSearch[] }>('/api/saved-searches'), enabled });
}

export function useSaveSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SavedSearchCreate) => api<SavedSearch>('POST', '/api/saved-searches', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['saved-searches'] }),
  });
}

export function useUpdateSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SavedSearchPatch & { id: string }) => api<SavedSearch>('PATCH', `/api/saved-searches/${id}`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['saved-searches'] }),
  });
}

export function useDeleteSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ ok: true }>('DELETE', `/api/saved-searches/${id}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['saved-searches'] }),
  });
}

/** "Not interested": the record is left out of this person's future digests. */
export function useDismissRecord() {
  return useMutation({ mutationFn: (recordId: string) => api<{ ok: true }>('POST', '/api/saved-searches/dismissals', { recordId }) });
}
