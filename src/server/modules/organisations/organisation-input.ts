import type { Db } from '../../../db/client.js';
import { normaliseTaxCode } from '../../../domain/organisations/tax-code.js';
import type { OrganisationCreateBody, OrganisationUpdateBody } from '../../../shared/organisations/organisations.schemas.js';
import { FieldError, type FieldProblem } from '../../errors.js';
import { assertReferenceCodes, resolveProvinceInput } from '../reference/reference.service.js';
import type { OrganisationRecord, OrganisationValues } from './organisations.repository.js';

type Input = Partial<Omit<OrganisationCreateBody, 'kind'>> & Pick<OrganisationUpdateBody, 'kind'>;

/** Blank optional text means "none". */
const orNull = (value: string | null | undefined) => (value === undefined ? undefined : value || null);

async function collect(problems: FieldProblem[], check: () => Promise<void>) {
  try {
    await check();
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    problems.push(...error.problems);
  }
}

/**
 * Turns what a person typed into column values: the province resolved to its current code
 * (keeping the legacy one it named), codes checked against reference data. Reports every
 * field at fault at once. Only fields present in `input` appear in the result.
 */
export async function resolveOrganisationInput(db: Db, input: Input, current?: OrganisationRecord): Promise<Partial<OrganisationValues>> {
  const problems: FieldProblem[] = [];
  const values: Partial<OrganisationValues> = {
    kind: input.kind,
    nameVi: input.nameVi,
    nameEn: orNull(input.nameEn),
    taxCode: input.taxCode === undefined ? undefined : input.taxCode ? normaliseTaxCode(input.taxCode) : null,
    country: input.country,
    vsicSections: input.vsicSections && [...new Set(input.vsicSections)],
    coveredCountries: input.coveredCountries && [...new Set(input.coveredCountries)],
    size: input.size,
    address: orNull(input.address),
    website: orNull(input.website),
    email: orNull(input.email),
    phone: orNull(input.phone),
    description: orNull(input.description),
  };

  if (input.province !== undefined) {
    const resolved = input.province ? await resolveProvinceInput(db, input.province) : null;
    if (input.province && !resolved) problems.push({ path: 'province', key: 'unknown_province' });
    values.provinceCode = resolved?.current ?? null;
    values.legacyProvinceCode = resolved?.legacy ?? null;
  }
  const country = values.country ?? current?.country;
  const provinceCode = values.provinceCode === undefined ? current?.provinceCode : values.provinceCode;
  if (country === 'VN' && !provinceCode && !problems.some((p) => p.path === 'province')) {
    problems.push({ path: 'province', key: 'province_required' });
  }

  if (values.country) await collect(problems, () => assertReferenceCodes(db, 'country', [values.country!], 'country'));
  if (values.vsicSections?.length) await collect(problems, () => assertReferenceCodes(db, 'vsic-section', values.vsicSections!, 'vsicSections'));
  if (values.coveredCountries?.length) {
    await collect(problems, () => assertReferenceCodes(db, 'country', values.coveredCountries!, 'coveredCountries'));
  }
  if (problems.length) throw new FieldError(problems);
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
