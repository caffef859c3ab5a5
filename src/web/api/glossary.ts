import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GlossaryTerm, GlossaryTermCreate, GlossaryTermPatch } from '../../shared/matching/glossary.schemas.js';
import { apiDelete, apiPatch, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type { GlossaryTerm };

const glossaryKey = ['admin', 'glossary'] as const;

export const useGlossary = (q: string) => useCursorList<GlossaryTerm>(glossaryKey, '/api/glossary', { q: q || undefined });

function useGlossaryMutation<V>(mutationFn: (variables: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: glossaryKey }) });
}

export const useCreateGlossaryTerm = () => useGlossaryMutation((input: GlossaryTermCreate) => apiPost<GlossaryTerm>('/api/glossary', input));
export const useUpdateGlossaryTerm = () =>
  useGlossaryMutation(({ id, patch }: { id: string; patch: GlossaryTermPatch }) => apiPatch<GlossaryTerm>(`/api/glossary/${id}`, patch));
export const useDeleteGlossaryTerm = () => useGlossaryMutation((id: string) => apiDelete<null>(`/api/glossary/${id}`));
