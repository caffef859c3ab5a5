import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RoadmapDiff } from '../../domain/roadmaps/diff.js';
import type { MapDetail, MapList, RoadmapCreateBody, RoadmapDetail, RoadmapList, SnapshotList } from '../../shared/roadmaps/roadmaps.schemas.js';
import { api, apiGet, apiPost } from './client.js';

export type RoadmapDetailData = z.infer<typeof RoadmapDetail>;
export type MapDetailData = z.infer<typeof MapDetail>;
export type RoadmapCreateInput = z.input<typeof RoadmapCreateBody>;
type Saved = { id: string; version: number };

export const roadmapKeys = {
  all: ['roadmaps'] as const,
  list: (offset: number) => ['roadmaps', 'list', offset] as const,
  detail: (id: string) => ['roadmaps', 'detail', id] as const,
  snapshots: (id: string) => ['roadmaps', 'snapshots', id] as const,
};

export const useRoadmaps = (offset: number) =>
  useQuery({ queryKey: roadmapKeys.list(offset), queryFn: () => apiGet<z.infer<typeof RoadmapList>>('/api/roadmaps', { limit: 20, offset }) });

export const useRoadmap = (id: string) => useQuery({ queryKey: roadmapKeys.detail(id), queryFn: () => apiGet<RoadmapDetailData>(`/api/roadmaps/${id}`) });

export const useSnapshots = (id: string) =>
  useQuery({ queryKey: roadmapKeys.snapshots(id), queryFn: () => apiGet<z.infer<typeof SnapshotList>>(`/api/roadmaps/${id}/snapshots`) });

export const useComparison = (id: string, from: string | null, to: string) =>
  useQuery({
    queryKey: ['roadmaps', 'compare', id, from, to],
    queryFn: () => apiGet<RoadmapDiff>(`/api/roadmaps/${id}/compare`, { from, to }),
    enabled: !!from,
  });

export const useTechnologyMaps = () => useQuery({ queryKey: ['technology-maps'], queryFn: () => apiGet<z.infer<typeof MapList>>('/api/technology-maps') });

export const useTechnologyMap = (id: string) =>
  useQuery({ queryKey: ['technology-maps', id], queryFn: () => apiGet<MapDetailData>(`/api/technology-maps/${id}`) });

/** Every roadmap write refreshes the roadmaps' cached answers. */
export function useRoadmapWrite<TBody, TAnswer = Saved>(write: (body: TBody) => Promise<TAnswer>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: roadmapKeys.all }) });
}

export const useCreateRoadmap = () => useRoadmapWrite((body: RoadmapCreateInput) => apiPost<Saved>('/api/roadmaps', body));
export const useImportRoadmap = () => useRoadmapWrite((document: unknown) => apiPost<Saved>('/api/roadmaps/import', document));

/** A write to one roadmap: method, path under it, body (the current version is added by the caller). */
export const useRoadmapEdit = (id: string) =>
  useRoadmapWrite(({ method, path, body }: { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: unknown }) =>
    api<Saved & { demandId?: string; itemIds?: string[] }>(method, `/api/roadmaps/${id}${path}`, body),
  );
