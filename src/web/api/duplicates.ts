import { useQuery } from '@tanstack/react-query';
import type { DuplicateCheckBody, DuplicateCheckResult, DuplicatePairList } from '../../shared/duplicates/duplicates.schemas.js';
import { api, apiGet } from './client.js';

export type { DuplicatePairList };
export type DuplicatePair = DuplicatePairList['items'][number];

/** Likely duplicate offers or demands with a record in the moderator's provinces. */
export function useLikelyDuplicates(type: 'offer' | 'demand') {
  return useQuery({ queryKey: ['duplicates', type], queryFn: () => apiGet<DuplicatePairList>('/api/duplicates', { type }) });
}

/** Published records (and, for moderators, waiting ones of their provinces) that a record being written likely duplicates. */
export function useDuplicateCheck(body: DuplicateCheckBody | null) {
  return useQuery({
    queryKey: ['duplicates', 'check', body],
    queryFn: () => api<DuplicateCheckResult>('POST', '/api/duplicates/check', body),
    enabled: body !== null,
    staleTime: 60_000,
  });
}
