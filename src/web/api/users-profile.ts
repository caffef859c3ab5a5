import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Profile, ProfilePatch } from '../../shared/users/users.schemas.js';
import { apiGet, apiPatch } from './client.js';

export type { Profile };
import { meKey } from './auth.js';

const profileKey = ['me', 'profile'] as const;

export function useProfile() {
  return useQuery({ queryKey: profileKey, queryFn: () => apiGet<Profile>('/api/me/profile') });
}

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProfilePatch) => apiPatch<Profile>('/api/me/profile', patch),
    onSuccess: async (profile) => {
      client.setQueryData(profileKey, profile);
      await client.invalidateQueries({ queryKey: meKey });
    },
  });
}
