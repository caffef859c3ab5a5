import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MyMembershipList } from '../../shared/organisations/memberships.schemas.js';
import type {
  OrganisationCreateBody,
  OrganisationDetail,
  OrganisationPublic,
  OrganisationUpdateBody,
} from '../../shared/organisations/organisations.schemas.js';
import { apiGet, apiPatch, apiPost } from './client.js';
import { meKey } from './auth.js';
import { useCursorList } from './cursor-list.js';

export type { OrganisationCreateBody, OrganisationDetail, OrganisationPublic, OrganisationUpdateBody };
/** What the client sends (defaults not yet applied). */
export type OrganisationInput = z.input<typeof OrganisationCreateBody>;
export type OrganisationPatch = z.input<typeof OrganisationUpdateBody>;

export const organisationKeys = {
  all: ['organisations'] as const,
  directory: ['organisations', 'directory'] as const,
  one: (id: string) => ['organisations', 'one', id] as const,
  mine: ['organisations', 'mine'] as const,
};

export type DirectoryFilters = { q?: string; kind?: string; province?: string };

export function useOrganisationDirectory(filters: DirectoryFilters) {
  return useCursorList<OrganisationPublic>(organisationKeys.directory, '/api/organisations', filters);
}

export function useOrganisation(id: string) {
  return useQuery({ queryKey: organisationKeys.one(id), queryFn: () => apiGet<OrganisationDetail>(`/api/organisations/${id}`) });
}

export function useMyOrganisations() {
  return useQuery({
    queryKey: organisationKeys.mine,
    queryFn: () => apiGet<z.infer<typeof MyMembershipList>>('/api/me/organisations').then((r) => r.items),
  });
}

/** Creating, editing and verifying change lists, the record and (for the creator) roles in "me". */
function useOrganisationWrite<TVars>(write: (vars: TVars) => Promise<OrganisationDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (organisation) => {
      client.setQueryData(organisationKeys.one(organisation.id), organisation);
      await client.invalidateQueries({ queryKey: organisationKeys.all });
      await client.invalidateQueries({ queryKey: meKey });
    },
  });
}

export const useCreateOrganisation = () => useOrganisationWrite((input: OrganisationInput) => apiPost<OrganisationDetail>('/api/organisations', input));

export const useUpdateOrganisation = (id: string) =>
  useOrganisationWrite((input: OrganisationPatch) => apiPatch<OrganisationDetail>(`/api/organisations/${id}`, input));

export const useVerifyOrganisation = () =>
  useOrganisationWrite(({ id, verified }: { id: string; verified: boolean }) => apiPost<OrganisationDetail>(`/api/organisations/${id}/verify`, { verified }));

export function useRequestToJoin(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (message?: string) => apiPost<unknown>(`/api/organisations/${id}/join-requests`, message ? { message } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
