import type { Executor } from '../../../db/client.js';
import { lawTermsOf } from '../../../domain/interchange/transfer-deal-types.js';
import type { OfferCreate, OfferPatch } from '../../../shared/catalogue/offer.schemas.js';
import { assertReferenceCodes } from '../reference/reference.service.js';
import { assertCatalogueCodes, resolveProvinceField } from '../catalogue/record-ownership.js';
import type { OfferRow } from './offers.repository.js';

type OfferInput = Omit<OfferCreate, 'title'> & { title?: string };

/** Absent stays absent (unchanged); null and [] clear. */
const defined = <T extends object>(values: T) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Column values for what the caller sent, after reference checks. When the Law's rights and
 * modes are not given, they follow from the deal types (`transferForms`).
 */
export async function offerColumns(db: Executor, input: OfferInput): Promise<Partial<OfferRow>> {
  await assertCatalogueCodes(db, input);
  if (input.transferRights) await assertReferenceCodes(db, 'transfer-right', input.transferRights, 'transferRights');
  if (input.transferModes) await assertReferenceCodes(db, 'transfer-mode', input.transferModes, 'transferModes');
  const terms = input.transferForms ? lawTermsOf(input.transferForms) : undefined;
  const { province: _province, ownerOrganisationId: _owner, ...fields } = input;
  return defined({
    ...fields,
    ...(await resolveProvinceField(db, input.province)),
    transferRights: input.transferRights ?? terms?.rights,
    transferModes: input.transferModes ?? terms?.modes,
    keywords: input.keywords,
  }) as Partial<OfferRow>;
}

/** PATCH body without its version. */
export function patchFields(patch: OfferPatch): OfferInput {
  const { version: _version, ...fields } = patch;
  return fields;
}

/** Contact details and validity are not what moderators vouch for. */
export const offerNonMaterialFields = ['contactName', 'contactEmail', 'contactPhone', 'validFrom', 'validUntil'] as const;
