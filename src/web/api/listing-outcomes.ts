import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListingOutcomeMonths, ListingOutcomeReport } from '../../shared/listing-outcomes/listing-outcomes.schemas.js';
import { apiGet, withQuery } from './client.js';

export type { ListingOutcomeMonths, ListingOutcomeReport };

/** What one offer or demand achieved (its owner side and the staff covering it). */
export function useListingOutcome(segment: 'offers' | 'demands', id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['listing-outcomes', segment, id],
    queryFn: () => apiGet<ListingOutcomeReport>(`/api/${segment}/${id}/outcomes`),
    enabled,
    retry: false,
  });
}

/** A connection point's listings month by month over a year. */
export function usePointOutcomes(pointId: string | null, year: number) {
  return useQuery({
    queryKey: ['listing-outcomes', 'point', pointId, year],
    queryFn: () => apiGet<ListingOutcomeMonths>(`/api/connection-points/${pointId}/listing-outcomes`, { year }),
    enabled: !!pointId,
    placeholderData: keepPreviousData,
  });
}

export const pointOutcomesWorkbookUrl = (pointId: string, year: number) => withQuery(`/api/connection-points/${pointId}/listing-outcomes.xlsx`, { year });
