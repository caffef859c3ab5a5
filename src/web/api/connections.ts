import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgreementCreateBody,
  ConnectionCreateBody,
  ConnectionDetail,
  ConnectionSummary as ConnectionSummarySchema,
  StageChangeBody,
} from '../../shared/connections/connections.schemas.js';
import type { ConnectionStage } from '../../domain/connections/stages.js';
import { apiGet, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type { ConnectionDetail };
export type ConnectionSummary = z.infer<typeof ConnectionSummarySchema>;
export type ConnectionCreate = z.input<typeof ConnectionCreateBody>;
export type StageChange = z.input<typeof StageChangeBody>;
export type AgreementCreate = z.input<typeof AgreementCreateBody>;

export const connectionKeys = {
  all: ['connections'] as const,
  list: ['connections', 'list'] as const,
  detail: (id: string) => ['connections', 'detail', id] as const,
};

/** The caller's connections (as a party or a broker): current work first, then by latest activity; optionally of one year. */
export function useConnectionList(stage: ConnectionStage | null, year: number | null = null) {
  return useCursorList<ConnectionSummary>(connectionKeys.list, '/api/connections', { stage, year });
}

export function useConnection(id: string) {
  return useQuery({ queryKey: connectionKeys.detail(id), queryFn: () => apiGet<ConnectionDetail>(`/api/connections/${id}`) });
}

export function useCreateConnection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectionCreate) => apiPost<ConnectionDetail>('/api/connections', body),
    onSuccess: () => client.invalidateQueries({ queryKey: connectionKeys.all }),
  });
}

/** Every write on a connection answers the whole connection: put it straight into the cache. */
function useConnectionWrite<TBody>(id: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => apiPost<ConnectionDetail>(`/api/connections/${id}/${path}`, body),
    onSuccess: async (detail) => {
      client.setQueryData(connectionKeys.detail(id), detail);
      await client.invalidateQueries({ queryKey: connectionKeys.list });
    },
  });
}

export const useChangeStage = (id: string) => useConnectionWrite<StageChange>(id, 'stage');
export const usePostMessage = (id: string) => useConnectionWrite<{ body: string }>(id, 'messages');
export const useRecordAgreement = (id: string) => useConnectionWrite<AgreementCreate>(id, 'agreements');
