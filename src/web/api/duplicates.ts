import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DuplicateCheckBody,
  DuplicateCheckResult,
  DuplicateDistinctBody,
  DuplicateDistinctResult,
  DuplicateMergeBody,
  DuplicateMergeResult,
  DuplicatePairList,
} from '../../shared/duplicates/duplicates.schemas.js';
import { api, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type { DuplicatePairList };
export type DuplicatePair = DuplicatePairList['items'][number];

/** Likely duplicate offers or demands with a record in the moderator's provinces, best first, a page at a time. */
export function useLikelyDuplicates(type: 'offer' | 'demand') {
  return useCursorList<DuplicatePair, DuplicatePairList>(['duplicates', 'list'], '/api/duplicates', { type });
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

/** A moderator's decision on a pair; the lists and warnings are read again after it. */
function usePairDecision<B, R>(path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => apiPost<R>(path, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['duplicates'] });
    },
  });
}

/** Merges `mergeId` into `keepId`. */
export const useMergeDuplicates = () => usePairDecision<DuplicateMergeBody, DuplicateMergeResult>('/api/duplicates/merge');
/** Marks two records distinct: never proposed again. */
export const useMarkDistinct = () => usePairDecision<DuplicateDistinctBody, DuplicateDistinctResult>('/api/duplicates/distinct');
