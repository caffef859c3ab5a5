import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type Page } from './client.js';
import type { z } from 'zod';
import type { FacetName, RecordAbilities } from '../../shared/catalogue/catalogue.schemas.js';
import type {
  BulkPublishBody,
  BulkPublishResult,
  CatalogueRecordSummary,
  ModerationOverview,
  ModerationQueue,
  WorkspaceRecords,
} from '../../shared/catalogue/moderation.schemas.js';
import type { RecordSegment } from './attachments.js';

export type { RecordSegment };

export type FacetCount = { code: string; count: number };
/** Facet counts as the list endpoints answer them (see `Facets` in src/shared/catalogue). */
export type Facets = Partial<Record<FacetName, FacetCount[]>>;
export type Abilities = RecordAbilities;

/**
 * What the result card needs from one hit of any list; offers, demands and experts all have
 * these (or leave them out). `highlight` snippets are HTML-escaped with <mark> around matches.
 */
export type SearchHit = {
  id: string;
  /** Offers and demands have a title; an expert has a name (and `title` is their job title). */
  title?: string | null;
  name?: string | null;
  status: string;
  summary?: string | null;
  publicSummary?: string | null;
  affiliationName?: string | null;
  language?: string | null;
  trl?: number | null;
  minTrl?: number | null;
  provinceCode?: string | null;
  country?: string | null;
  ownerType?: string | null;
  ownerName?: string | null;
  highlight?: { title: string | null; summary: string | null } | null;
};

/** What a search also looked for through the glossary (English ↔ Vietnamese). */
export type SearchWidening = { terms: Array<{ from: string; to: string }>; alternative: string };

/** What a typo search searched for besides the words typed: each word and the catalogue's words like it. */
export type SearchCorrection = { typed: string; alternatives: string[] };

export type SearchPage = Page<SearchHit> & { facets?: Facets; estimated?: boolean; widened?: SearchWidening | null; corrected?: SearchCorrection[] | null };

/** Query parameters of GET /api/{offers|demands|experts}. */
export type SearchQuery = Record<string, string | number | undefined>;

export const catalogueKeys = {
  all: ['catalogue'] as const,
  search: (segment: RecordSegment, query: SearchQuery) => ['catalogue', segment, 'search', query] as const,
  one: (segment: RecordSegment, id: string) => ['catalogue', segment, 'one', id] as const,
};

export function useCatalogueSearch(segment: RecordSegment, query: SearchQuery) {
  const result = useInfiniteQuery({
    queryKey: catalogueKeys.search(segment, query),
    queryFn: ({ pageParam }) => apiGet<SearchPage>(`/api/${segment}`, { ...query, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const pages = result.data?.pages ?? [];
  return {
    ...result,
    items: pages.flatMap((page) => page.items),
    total: pages[0]?.total ?? 0,
    estimated: pages[0]?.estimated ?? false,
    facets: pages[0]?.facets ?? {},
    widened: pages[0]?.widened ?? null,
    corrected: pages[0]?.corrected ?? null,
  };
}

/** One record as its detail page shows it, with the caller's abilities. */
export function useCatalogueRecord<T>(segment: RecordSegment, id: string) {
  return useQuery({ queryKey: catalogueKeys.one(segment, id), queryFn: () => apiGet<T>(`/api/${segment}/${id}`) });
}

/** Every write answers the record as it now is; lists and workspaces are refetched. */
function useRecordWrite<TVars, T extends { id: string }>(segment: RecordSegment, write: (vars: TVars) => Promise<T>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (record) => {
      client.setQueryData(catalogueKeys.one(segment, record.id), record);
      await client.invalidateQueries({ queryKey: catalogueKeys.all, predicate: (q) => q.queryKey[3] !== record.id });
      await client.invalidateQueries({ queryKey: ['workspace'] });
      await client.invalidateQueries({ queryKey: ['moderation'] });
    },
  });
}

/** A new draft; entered at an event, it is created through the event, which it keeps as its source. */
export function useCreateRecord<TInput, T extends { id: string }>(segment: RecordSegment, sourceEventId?: string) {
  return useRecordWrite(segment, (input: TInput) => apiPost<T>(sourceEventId ? `/api/events/${sourceEventId}/${segment}` : `/api/${segment}`, input));
}

export function useUpdateRecord<TInput, T extends { id: string }>(segment: RecordSegment, id: string) {
  return useRecordWrite(segment, (input: TInput & { version: number }) => apiPatch<T>(`/api/${segment}/${id}`, input));
}

export type WorkflowAction = 'submit' | 'publish' | 'return' | 'archive';

export function useWorkflowAction<T extends { id: string }>(segment: RecordSegment, id: string) {
  return useRecordWrite(segment, ({ action, reason }: { action: WorkflowAction; reason?: string }) =>
    apiPost<T>(`/api/${segment}/${id}/${action}`, action === 'return' ? { reason } : {}),
  );
}

/** A record in a workspace or the moderation queue, whatever its kind. */
export type WorkItem = CatalogueRecordSummary;

export const segmentOf = (type: WorkItem['type']): RecordSegment => `${type}s`;

/**
 * A work list a page at a time ("Xem thêm"): `data` is the first page's answer (totals, counts by
 * kind) with the items of every page loaded so far.
 */
function useWorkList<P extends { items: WorkItem[]; nextCursor: string | null }>(
  queryKey: readonly unknown[],
  path: string,
  filters: Record<string, string | undefined>,
  enabled = true,
) {
  return useInfiniteQuery({
    queryKey: [...queryKey, filters],
    queryFn: ({ pageParam }) => apiGet<P>(path, { ...filters, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data) => ({ ...data.pages[0], items: data.pages.flatMap((page) => page.items) }),
    enabled,
  });
}

/** The records of one organisation, of one kind, most recently changed first. */
export function useWorkspaceRecords(organisationId: string | null, type: WorkItem['type']) {
  return useWorkList<z.infer<typeof WorkspaceRecords>>(
    ['workspace'],
    '/api/workspace/records',
    { organisationId: organisationId ?? undefined, type },
    organisationId !== null,
  );
}

export function useModerationQueue(enabled = true) {
  return useWorkList<z.infer<typeof ModerationQueue>>(['moderation', 'queue'], '/api/moderation/queue', {}, enabled);
}

export type OverviewCount = z.infer<typeof ModerationOverview>['items'][number];

export function useModerationOverview() {
  return useQuery({ queryKey: ['moderation', 'overview'], queryFn: () => apiGet<z.infer<typeof ModerationOverview>>('/api/moderation/overview') });
}

/** Publishes the chosen records of the queue at once; lists and workspaces are refetched. */
export function usePublishMany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkPublishBody) => apiPost<BulkPublishResult>('/api/moderation/publish', body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: catalogueKeys.all });
      await client.invalidateQueries({ queryKey: ['workspace'] });
      await client.invalidateQueries({ queryKey: ['moderation'] });
    },
  });
}
