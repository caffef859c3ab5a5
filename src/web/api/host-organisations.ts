import { useQuery } from '@tanstack/react-query';
import { connectionPointHostKinds } from '../../domain/organisations/organisation-kinds.js';
import { apiGet, type Page } from './client.js';
import type { OrganisationPublic } from './organisations.js';

/** Organisations that may host a connection point (Departments of S&T and application centres). */
export function useHostOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'hosts'],
    queryFn: async () => {
      const pages = await Promise.all(connectionPointHostKinds.map((kind) => apiGet<Page<OrganisationPublic>>('/api/organisations', { kind, limit: 100 })));
      return pages.flatMap((page) => page.items);
    },
  });
}
