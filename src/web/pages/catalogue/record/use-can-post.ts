import { useMe } from '../../../api/auth.js';

/**
 * Whether the caller may post records: members of an organisation, connection-point and agency
 * staff. Only to show the way in; the server decides on each record.
 */
export function useCanPostRecords() {
  const me = useMe();
  const data = me.data;
  const canPost = !!data?.abilities.postRecords;
  return { loading: me.isPending, canPost, defaultOrganisation: data?.memberships[0]?.organisationId ?? null };
}
