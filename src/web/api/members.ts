import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Invitation, InvitationCreateBody, InvitationList, Member, MemberList, MemberUpdateBody } from '../../shared/organisations/memberships.schemas.js';
import { apiDelete, apiGet, apiPatch, apiPost } from './client.js';
import { meKey } from './auth.js';

export type { Invitation, Member, MemberUpdateBody };

export const memberKeys = {
  members: (organisationId: string) => ['organisations', 'members', organisationId] as const,
  invitations: (organisationId: string) => ['organisations', 'invitations', organisationId] as const,
};

export function useMembers(organisationId: string) {
  return useQuery({
    queryKey: memberKeys.members(organisationId),
    queryFn: () => apiGet<z.infer<typeof MemberList>>(`/api/organisations/${organisationId}/members`),
  });
}

export function useInvitations(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: memberKeys.invitations(organisationId),
    queryFn: () => apiGet<z.infer<typeof InvitationList>>(`/api/organisations/${organisationId}/invitations`).then((r) => r.items),
    enabled,
  });
}

function useMemberWrite<TVars>(organisationId: string, write: (vars: TVars) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: memberKeys.members(organisationId) });
      await client.invalidateQueries({ queryKey: memberKeys.invitations(organisationId) });
      await client.invalidateQueries({ queryKey: meKey });
    },
  });
}

export const useUpdateMember = (organisationId: string) =>
  useMemberWrite(organisationId, ({ userId, patch }: { userId: string; patch: MemberUpdateBody }) =>
    apiPatch(`/api/organisations/${organisationId}/members/${encodeURIComponent(userId)}`, patch),
  );

export const useRemoveMember = (organisationId: string) =>
  useMemberWrite(organisationId, (userId: string) => apiDelete(`/api/organisations/${organisationId}/members/${encodeURIComponent(userId)}`));

export const useInvite = (organisationId: string) =>
  useMemberWrite(organisationId, (body: InvitationCreateBody) => apiPost<Invitation>(`/api/organisations/${organisationId}/invitations`, body));

export const useCancelInvitation = (organisationId: string) =>
  useMemberWrite(organisationId, (invitationId: string) => apiDelete(`/api/organisations/${organisationId}/invitations/${invitationId}`));
