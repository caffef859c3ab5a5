import type { Db, Executor } from '../../../db/client.js';
import { FieldError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { assertReferenceCodes, resolveProvinceInput } from '../reference/reference.service.js';
import { authorizeEntry, defaultOwnerOf } from './catalogue.policy.js';
import { findOrganisationScope } from './catalogue.repository.js';

export type Ownership = { ownerOrganisationId: string | null; provinceCode: string | null; legacyProvinceCode: string | null };

/** Current and legacy province codes for what a person typed; 400 on `province` when unknown. */
export async function resolveProvinceField(db: Executor, input: string | null | undefined) {
  if (input === undefined) return undefined;
  if (input === null) return { provinceCode: null, legacyProvinceCode: null };
  // Province lookups only read; a transaction serves as well as the pool.
  const resolved = await resolveProvinceInput(db as Db, input);
  if (!resolved) throw new FieldError([{ path: 'province', key: 'unknown_province' }]);
  return { provinceCode: resolved.current, legacyProvinceCode: resolved.legacy };
}

/**
 * Current province codes for a province filter. Legacy codes and names roll up to the unit they
 * merged into, so "Hà Tây" finds records of today's Hà Nội.
 */
export async function resolveProvinceFilter(db: Executor, values: string[] | undefined): Promise<string[] | undefined> {
  if (!values?.length) return undefined;
  const codes = await Promise.all(values.map(async (v) => (await resolveProvinceField(db, v))?.provinceCode));
  return [...new Set(codes.filter((c): c is string => !!c))];
}

/**
 * The owner and province of a new record, and whether the actor may enter it: members for their
 * organisation; connection-point and agency staff on behalf of anyone in their provinces.
 * `actor` null is a trusted system write (command-line import, seed).
 */
export async function resolveOwnership(
  db: Executor,
  actor: Actor | null,
  input: { ownerOrganisationId?: string | null; province?: string | null },
): Promise<Ownership> {
  const ownerOrganisationId = input.ownerOrganisationId === undefined ? defaultOwnerOf(actor) : input.ownerOrganisationId;
  const owner = ownerOrganisationId ? await findOrganisationScope(db, ownerOrganisationId) : undefined;
  if (ownerOrganisationId && !owner) throw new FieldError([{ path: 'ownerOrganisationId', key: 'unknown_organisation' }]);
  const province = (await resolveProvinceField(db, input.province)) ?? {
    provinceCode: owner?.provinceCode ?? null,
    legacyProvinceCode: owner?.legacyProvinceCode ?? null,
  };
  if (actor) authorizeEntry(actor, { ownerOrganisationId, owner, provinceCode: province.provinceCode });
  return { ownerOrganisationId, ...province };
}

/** Reference-code checks shared by the three record kinds; each throws 400 on its own field. */
export async function assertCatalogueCodes(
  db: Executor,
  input: { fieldCodes?: string[]; vsicSections?: string[]; sectorCode?: string | null; country?: string },
) {
  if (input.fieldCodes) await assertReferenceCodes(db, 'st-field', input.fieldCodes, 'fieldCodes');
  if (input.vsicSections) await assertReferenceCodes(db, 'vsic-section', input.vsicSections, 'vsicSections');
  if (input.sectorCode) await assertReferenceCodes(db, 'vsic-section', [input.sectorCode], 'sectorCode');
  if (input.country) await assertReferenceCodes(db, 'country', [input.country], 'country');
}
