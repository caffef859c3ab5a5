import { useQuery } from '@tanstack/react-query';
import type { DuplicatePairList } from '../../shared/duplicates/duplicates.schemas.js';
import { apiGet } from './client.js';

export type { DuplicatePairList };
export type DuplicatePair = DuplicatePairList['items'][number];

/** Likely duplicate offers or demands with a record in the moderator's provinces. */
export function useLikelyDuplicates(type: 'offer' | 'demand') {
  return useQuery({ queryKey: ['duplicates', type], queryFn: () => apiGet<DuplicatePairList>('/api/duplicates', { type }) });
}
