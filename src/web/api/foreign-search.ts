import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ForeignOfferBody, ForeignOfferLinks, ForeignQueue } from '../../shared/foreign-search/foreign-search.schemas.js';
import { apiGet, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type ForeignQueuePage = z.infer<typeof ForeignQueue>;
export type ForeignQueueItem = ForeignQueuePage['items'][number];
export type ForeignOfferInput = z.input<typeof ForeignOfferBody>;
type Links = z.infer<typeof ForeignOfferLinks>;

const keys = {
  queue: ['foreign-search', 'queue'] as const,
  offers: (demandId: string) => ['foreign-search', 'offers', demandId] as const,
};

/** The queue's filters, as kept in the address; null for no filter. */
export type ForeignQueueFilters = { country: string | null; status: string | null; field: string | null };

/** The representative office's queue, one country or all it covers, filtered, a page at a time. */
export function useForeignQueue(only: Partial<ForeignQueueFilters> = {}, enabled = true) {
  const filters: ForeignQueueFilters = { country: only.country ?? null, status: only.status ?? null, field: only.field ?? null };
  const query = useInfiniteQuery({
    queryKey: [...keys.queue, filters],
    queryFn: ({ pageParam }) => apiGet<ForeignQueuePage>('/api/foreign-search/queue', { ...filters, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  const first = query.data?.pages[0];
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [], total: first?.total ?? 0, countries: first?.countries ?? null };
}

/** The foreign offers found for a demand, oldest first, a page at a time with the real total. */
export function useForeignOffers(demandId: string) {
  return useCursorList<Links['items'][number], Links>(keys.offers(demandId), `/api/demands/${demandId}/foreign-offers`);
}

/** Recording a foreign offer answers the link it made: refresh the demand's list and the queue's counts. */
export function useRecordForeignOffer(demandId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ForeignOfferInput) => apiPost<Links['items'][number]>(`/api/demands/${demandId}/foreign-offers`, body),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: keys.offers(demandId) }), client.invalidateQueries({ queryKey: keys.queue })]),
  });
}
