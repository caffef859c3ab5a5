import type { Db } from '../../../db/client.js';
import { connectionPointHostKinds, type OrganisationKind } from '../../../domain/organisations/organisation-kinds.js';
import type { ConnectionPointUpdateBody } from '../../../shared/connection-points/connection-points.schemas.js';
import { FieldError, type FieldProblem } from '../../errors.js';
import { resolveProvinceInput } from '../reference/reference.service.js';
import { findHostCandidate } from './connection-points.repository.js';

type Input = Omit<ConnectionPointUpdateBody, 'version'>;
export type ConnectionPointValues = {
  hostOrganisationId?: string;
  nameVi?: string;
  nameEn?: string | null;
  provinces?: string[];
  active?: boolean;
};

/**
 * Checks the host (a provincial Department of S&T or an application centre) and turns
 * province names or codes, current or legacy, into distinct current codes. Reports every
 * field at fault at once; only fields present in `input` appear in the result.
 */
export async function resolveConnectionPointInput(db: Db, input: Input): Promise<ConnectionPointValues> {
  const problems: FieldProblem[] = [];
  if (input.hostOrganisationId !== undefined) {
    const host = await findHostCandidate(db, input.hostOrganisationId);
    if (!host) problems.push({ path: 'hostOrganisationId', key: 'unknown_organisation' });
    else if (!connectionPointHostKinds.includes(host.kind as OrganisationKind)) problems.push({ path: 'hostOrganisationId', key: 'invalid_host_kind' });
  }
  let provinces: string[] | undefined;
  if (input.provinces !== undefined) {
    const resolved = await Promise.all(input.provinces.map((p) => resolveProvinceInput(db, p)));
    resolved.forEach((r, i) => {
      if (!r) problems.push({ path: `provinces.${i}`, key: 'unknown_province' });
    });
    provinces = [...new Set(resolved.flatMap((r) => (r ? [r.current] : [])))];
  }
  if (problems.length) throw new FieldError(problems);
  const values: ConnectionPointValues = {
    hostOrganisationId: input.hostOrganisationId,
    nameVi: input.nameVi,
    nameEn: input.nameEn === undefined ? undefined : input.nameEn || null,
    provinces,
    active: input.active,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
