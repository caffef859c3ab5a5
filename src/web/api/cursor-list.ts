import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { apiGet, type Page, type QueryValue } from './client.js';

/**
 * A cursor-paginated list endpoint as one growing list with `fetchNextPage` ("Xem thêm"); `first` is
 * the first page as answered, for a list's own fields beside its rows (`canCreate`, `invitations`).
 */
export function useCursorList<T, P extends Page<T> = Page<T>>(queryKey: QueryKey, path: string, filters: Record<string, QueryValue> = {}, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: [...queryKey, filters],
    queryFn: ({ pageParam }) => apiGet<P>(path, { ...filters, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  const first = query.data?.pages[0];
  return { ...query, items, total, first };
}
