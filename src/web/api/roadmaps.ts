import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
/** The roadmaps the person may see; `reviewDue` keeps those past review they are responsible for (the flagged ones). */
export const useRoadmaps = ({ reviewDue = false, enabled = true }: { reviewDue?: boolean; enabled?: boolean } = {}) =>
  useCursorList<RoadmapPage['items'][number], RoadmapPage>(roadmapKeys.list, '/api/roadmaps', { reviewDue: reviewDue ? 'true' : undefined }, enabled);

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

/** One page of candidates and the cursor of the next one, if any. */
type CandidatePage = { items: RecordCandidate[]; total: number; next: string | null };

const PICKER_PAGE = 10;

/** One page of records of `kind` matching `q`, searched by the server within what the caller may see. */
async function candidatePage(kind: LinkableRecordKind, q: string, next: string | null): Promise<CandidatePage> {
  const words = q.trim() || undefined;
  if (kind === 'connection') {
    const page = await apiGet<z.infer<typeof ConnectionList>>('/api/connections', { q: words, limit: PICKER_PAGE, cursor: next });
    const items = page.items.map((c) => ({ id: c.id, title: c.title, note: [c.seekerName, c.supplierName].filter(Boolean).join(' – ') || null }));
    return { items, total: page.total, next: page.nextCursor };
  }
  if (kind === 'task') {
    const page = await apiGet<z.infer<typeof TaskList>>('/api/programme-tasks', { q: words, limit: PICKER_PAGE, cursor: next });
    const items = page.items.map((task) => ({ id: task.id, title: task.title, note: task.leadName ?? task.proposerName }));
    return { items, total: page.total, next: page.nextCursor };
  }
  const page = await apiGet<SearchPage>(`/api/${kind}s`, { q: words, limit: PICKER_PAGE, cursor: next });
  const items = page.items.map((hit) => ({ id: hit.id, title: hit.title ?? hit.name ?? '', note: hit.ownerName ?? hit.affiliationName ?? null }));
  return { items, total: page.total, next: page.nextCursor };
}

/**
 * The records of one kind the caller may see, for tying to an item, searched by the server (offers,
 * demands and experts through the catalogue search; connections and programme tasks through their
 * lists' `q`), a page at a time: a record older than the latest hundred is found by its words.
 */
export function useRecordCandidates(kind: LinkableRecordKind, q: string) {
  const query = useInfiniteQuery({
    queryKey: ['roadmaps', 'candidates', kind, q],
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) => candidatePage(kind, q, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [], total: query.data?.pages[0]?.total ?? 0 };
}
