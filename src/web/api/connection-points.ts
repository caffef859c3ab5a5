import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ConnectionPoint,
  ConnectionPointCreateBody,
  ConnectionPointList,
  ConnectionPointUpdateBody,
} from '../../shared/connection-points/connection-points.schemas.js';
import { apiGet, apiPatch, apiPost } from './client.js';

export type { ConnectionPoint };

const key = ['connection-points'] as const;

export function useConnectionPoints() {
  return useQuery({
    queryKey: key,
    queryFn: () => apiGet<z.infer<typeof ConnectionPointList>>('/api/connection-points').then((r) => r.items),
  });
}

type Save = { id: string; input: ConnectionPointUpdateBody } | { id?: undefined; input: z.input<typeof ConnectionPointCreateBody> };

export function useSaveConnectionPoint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: Save) =>
      save.id ? apiPatch<ConnectionPoint>(`/api/connection-points/${save.id}`, save.input) : apiPost<ConnectionPoint>('/api/connection-points', save.input),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
