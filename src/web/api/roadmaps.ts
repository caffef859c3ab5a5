import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RoadmapDiff } from '../../domain/roadmaps/diff.js';
import type { ConnectionList } from '../../shared/connections/connections.schemas.js';
import type { TaskList } from '../../shared/programmes/programmes.schemas.js';
import type {
  LinkableRecordKind,
  MapDetail,
  MapList,
  RoadmapCreateBody,
  RoadmapDetail,
  RoadmapList,
  SnapshotList,
} from '../../shared/roadmaps/roadmaps.schemas.js';
import { fold } from '../../domain/text/fold.js';
import { api, apiGet, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';
import type { SearchPage } from './catalogue.js';

export type RoadmapDetailData = z.infer<typeof RoadmapDetail>;
export type MapDetailData = z.infer<typeof MapDetail>;
export type RoadmapCreateInput = z.input<typeof RoadmapCreateBody>;
type Saved = { id: string; version: number };

export const roadmapKeys = {
  all: ['roadmaps'] as const,
  list: ['roadmaps', 'list'] as const,
  detail: (id: string) => ['roadmaps', 'detail', id] as const,
  snapshots: (id: string) => ['roadmaps', 'snapshots', id] as const,
};

type RoadmapPage = z.infer<typeof RoadmapList>;
export const useRoadmaps = () => useCursorList<RoadmapPage['items'][number], RoadmapPage>(roadmapKeys.list, '/api/roadmaps');

export const useRoadmap = (id: string) => useQuery({ queryKey: roadmapKeys.detail(id), queryFn: () => apiGet<RoadmapDetailData>(`/api/roadmaps/${id}`) });

type SnapshotPage = z.infer<typeof SnapshotList>;
/** One roadmap's snapshots, newest first, page by page; `q` searches their names on the server (the comparison pickers). */
export const useSnapshots = (id: string, q = '') =>
  useCursorList<SnapshotPage['items'][number], SnapshotPage>(roadmapKeys.snapshots(id), `/api/roadmaps/${id}/snapshots`, { q: q || undefined });

export const useComparison = (id: string, from: string | null, to: string) =>
  useQuery({
    queryKey: ['roadmaps', 'compare', id, from, to],
    queryFn: () => apiGet<RoadmapDiff>(`/api/roadmaps/${id}/compare`, { from, to }),
    enabled: !!from,
  });

type MapPage = z.infer<typeof MapList>;
export const useTechnologyMaps = () => useCursorList<MapPage['items'][number], MapPage>(['technology-maps', 'list'], '/api/technology-maps');

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

type EditMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Writes to one roadmap at the version the caller read: DELETE carries it in the query, the others in the body. */
export function useVersionedEdit(id: string, version: number) {
  const write = useRoadmapEdit(id);
  const edit = (method: EditMethod, path: string, body: Record<string, unknown> = {}, onSuccess?: () => void) => {
    if (method === 'DELETE') write.mutate({ method, path: `${path}?version=${version}` }, { onSuccess });
    else write.mutate({ method, path, body: { ...body, version } }, { onSuccess });
  };
  return { edit, error: write.error, busy: write.isPending };
}

/** A record an item may be tied to, as the picker lists it: its title and who it belongs to. */
export type RecordCandidate = { id: string; title: string; note: string | null };

const matching = (candidates: RecordCandidate[], q: string) => {
  const words = fold(q).split(' ').filter(Boolean);
  return candidates.filter((c) => words.every((word) => fold(`${c.title} ${c.note ?? ''}`).includes(word))).slice(0, 10);
};

/**
 * The records of one kind the caller may see, for tying to an item: offers, demands and experts
 * through the catalogue search; connections and programme tasks from the caller's own lists
 * (those lists have no text search, so their latest 100 are filtered here).
 */
export const useRecordCandidates = (kind: LinkableRecordKind, q: string) =>
  useQuery({
    queryKey: ['roadmaps', 'candidates', kind, q],
    placeholderData: (previous) => previous,
    queryFn: async (): Promise<RecordCandidate[]> => {
      if (kind === 'connection') {
        const page = await apiGet<z.infer<typeof ConnectionList>>('/api/connections', { limit: 100 });
        return matching(
          page.items.map((c) => ({ id: c.id, title: c.title, note: [c.seekerName, c.supplierName].filter(Boolean).join(' – ') || null })),
          q,
        );
      }
      if (kind === 'task') {
        const page = await apiGet<z.infer<typeof TaskList>>('/api/programme-tasks', { q: q.trim() || undefined, limit: 10 });
        return page.items.map((task) => ({ id: task.id, title: task.title, note: task.leadName ?? task.proposerName }));
      }
      const page = await apiGet<SearchPage>(`/api/${kind}s`, { q: q.trim() || undefined, limit: 10 });
      return page.items.map((hit) => ({ id: hit.id, title: hit.title ?? hit.name ?? '', note: hit.ownerName ?? hit.affiliationName ?? null }));
    },
  });
