import type { Executor } from '../../../db/client.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { assertReferenceCodes } from '../reference/reference.service.js';
import type { RowOf } from './catalogue.repository.js';
import type { InputOf, RecordKind } from './record-kind.js';
import { assertCatalogueCodes, resolveProvinceField } from './record-ownership.js';

/** Absent stays absent (unchanged); null and [] clear. */
const defined = <T extends object>(values: T) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Column values for what the caller sent (a create body or a patch), after the kind's checks and
 * the reference checks; the owner is set by `resolveOwnership` on create only, a patch's version is no column.
 */
export async function inputColumns<T extends CatalogueType>(db: Executor, kind: RecordKind<T>, input: InputOf<T>): Promise<Partial<RowOf<T>>> {
  kind.input.check?.(input);
  await assertCatalogueCodes(db, input);
  for (const [category, field] of kind.input.referenceCodes ?? []) {
    const codes = input[field] as string[] | undefined;
    if (codes?.length) await assertReferenceCodes(db, category, codes, field);
  }
  const {
    province,
    ownerOrganisationId: _owner,
    version: _version,
    ...fields
  } = input as InputOf<T> & { province?: string | null; ownerOrganisationId?: unknown; version?: number };
  return defined({ ...fields, ...(await resolveProvinceField(db, province)), ...kind.input.derive?.(input) }) as Partial<RowOf<T>>;
}
