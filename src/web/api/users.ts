import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserPatch, UserSummary } from '../../shared/users/users.schemas.js';
import { apiPatch } from './client.js';
import { useCursorList } from './cursor-list.js';

export type AdminUser = UserSummary;

const usersKey = ['admin', 'users'] as const;

export const useUsers = (q: string) => useCursorList<AdminUser>(usersKey, '/api/users', { q });

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => apiPatch<UserSummary>(`/api/users/${id}`, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}
