import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CurrentProvince as CurrentProvinceSchema,
  LegacyProvince as LegacyProvinceSchema,
  ProvincePatch,
  ReferenceCategorySummary as ReferenceCategorySummarySchema,
  ReferenceItem,
  ReferenceItemCreate,
  ReferenceItemPatch,
} from '../../shared/reference/reference.schemas.js';
import { apiGet, apiPatch, apiPost } from './client.js';

export type CurrentProvince = z.infer<typeof CurrentProvinceSchema>;
export type LegacyProvince = z.infer<typeof LegacyProvinceSchema>;
export type ReferenceCategorySummary = z.infer<typeof ReferenceCategorySummarySchema>;
export type { ReferenceItem, ReferenceItemPatch, ProvincePatch };

export const referenceKeys = {
  provinces: (kind: 'current' | 'legacy') => ['reference', 'provinces', kind] as const,
  categories: ['reference', 'categories'] as const,
  items: (category: string, q = '') => ['reference', 'items', category, q] as const,
};

const forever = { staleTime: 10 * 60_000 };

export function useCurrentProvinces() {
  return useQuery({
    queryKey: referenceKeys.provinces('current'),
    queryFn: () => apiGet<{ items: CurrentProvince[] }>('/api/reference/provinces', { kind: 'current' }).then((r) => r.items),
    ...forever,
  });
}

export function useLegacyProvinces() {
  return useQuery({
    queryKey: referenceKeys.provinces('legacy'),
    queryFn: () => apiGet<{ items: LegacyProvince[] }>('/api/reference/provinces', { kind: 'legacy' }).then((r) => r.items),
    ...forever,
  });
}

export function useReferenceCategories() {
  return useQuery({
    queryKey: referenceKeys.categories,
    queryFn: () => apiGet<{ items: ReferenceCategorySummary[] }>('/api/reference/categories').then((r) => r.items),
  });
}

export function useReferenceItems(category: string, q = '') {
  return useQuery({
    queryKey: referenceKeys.items(category, q),
    queryFn: () => apiGet<{ items: ReferenceItem[] }>(`/api/reference/${category}`, { q }).then((r) => r.items),
    ...forever,
  });
}

export function useUpdateReferenceItem(category: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, patch }: { code: string; patch: ReferenceItemPatch }) =>
      apiPatch<ReferenceItem>(`/api/reference/${category}/${encodeURIComponent(code)}`, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reference', 'items', category] }),
  });
}

export function useCreateReferenceItem(category: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferenceItemCreate) => apiPost<ReferenceItem>(`/api/reference/${category}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reference'] }),
  });
}

export function useUpdateProvince() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, patch }: { code: string; patch: ProvincePatch }) =>
      apiPatch<CurrentProvince>(`/api/reference/provinces/${encodeURIComponent(code)}`, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reference', 'provinces'] }),
  });
}

/** A province's name in the UI language (the API answers with the Vietnamese name). */
export function useProvinceLabel() {
  const provinces = useCurrentProvinces();
  return (ref: { code: string; name: string } | null | undefined, lang: string): string => {
    if (!ref) return '';
    const province = provinces.data?.find((p) => p.code === ref.code);
    return lang === 'en' && province ? province.nameEn : ref.name;
  };
}
