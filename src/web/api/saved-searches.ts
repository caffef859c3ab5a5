import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedSearch, SavedSearchCreate, SavedSearchPatch } from '../../shared/saved-searches/saved-searches.schemas.js';
import { api, apiGet, type Page } from './client.js';
import { useCursorList } from './cursor-list.js';

export type { SavedSearch };

/** The person's saved searches, page by page. */
export const useSavedSearches = () => useCursorList<SavedSearch>(['saved-searches', 'list'], '/api/saved-searches');

/** Whether the person has any saved search of a kind (one row asked for, the total read). */
export function useHasSavedSearch(type: SavedSearch['type'], enabled = true) {
  const query = useQuery({
    queryKey: ['saved-searches', 'any', type],
    queryFn: () => apiGet<Page<SavedSearch>>('/api/saved-searches', { type, limit: 1 }),
    enabled,
  });
  return (query.data?.total ?? 0) > 0;
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
