import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { apiGet, type Page, type QueryValue } from './client.js';

/** A cursor-paginated list endpoint as one growing list with `fetchNextPage` ("Xem thêm"). */
export function useCursorList<T>(queryKey: QueryKey, path: string, filters: Record<string, QueryValue> = {}, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: [...queryKey, filters],
    queryFn: ({ pageParam }) => apiGet<Page<T>>(path, { ...filters, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  return { ...query, items, total };
}
