import type { Executor } from '../../../db/client.js';
import type { DemandCreate, DemandPatch } from '../../../shared/catalogue/demand.schemas.js';
import { FieldError } from '../../errors.js';
import { assertReferenceCodes } from '../reference/reference.service.js';
import { assertCatalogueCodes, resolveProvinceField } from '../catalogue/record-ownership.js';
import type { DemandRow } from './demands.repository.js';

type DemandInput = Omit<DemandCreate, 'title'> & { title?: string };

const defined = <T extends object>(values: T) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Column values for what the caller sent, after reference and range checks. */
export async function demandColumns(db: Executor, input: DemandInput): Promise<Partial<DemandRow>> {
  if (input.budgetMinVnd != null && input.budgetMaxVnd != null && input.budgetMinVnd > input.budgetMaxVnd) {
    throw new FieldError([{ path: 'budgetMaxVnd', key: 'budget_range' }]);
  }
  await assertCatalogueCodes(db, input);
  if (input.targetCountries?.length) await assertReferenceCodes(db, 'country', input.targetCountries, 'targetCountries');
  const { province: _province, ownerOrganisationId: _owner, ...fields } = input;
  return defined({ ...fields, ...(await resolveProvinceField(db, input.province)) }) as Partial<DemandRow>;
}

export function demandPatchFields(patch: DemandPatch): DemandInput {
  const { version: _version, ...fields } = patch;
  return fields;
}

/** Contact details and validity are not what moderators vouch for. */
export const demandNonMaterialFields = ['contactName', 'contactEmail', 'contactPhone', 'validUntil', 'deadline'] as const;
