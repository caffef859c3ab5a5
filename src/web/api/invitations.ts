import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Membership, InvitationPreview } from '../../shared/organisations/memberships.schemas.js';
import { apiGet, apiPost } from './client.js';

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitations', token],
    queryFn: () => apiGet<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<Membership>(`/api/invitations/${encodeURIComponent(token)}/accept`),
    // Roles, memberships and the organisation's member list all change.
    onSuccess: () => client.invalidateQueries(),
  });
}
