import { z } from 'zod';
import { isValidTaxCode } from '../../domain/organisations/tax-code.js';
import { PAGE_SIZE_MAX, TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { memberRoles, organisationKinds, organisationSizes } from '../../domain/organisations/organisation-kinds.js';
import { membershipStatuses } from '../../domain/organisations/membership-rules.js';
import { countryCode, emailAddress, optionalText, phoneNumber, requiredText, website } from './text-fields.js';

export const TAX_CODE_MAX = 20;
export const PROVINCE_INPUT_MAX = 100;
export const VSIC_SECTIONS_MAX = 21;
export const COVERED_COUNTRIES_MAX = 50;

const taxCode = z
  .string()
  .trim()
  .max(TAX_CODE_MAX)
  .refine(isValidTaxCode, { params: { key: 'invalid_tax_code' } });

/** The fields a person fills in; `province` is free text (name or code, current or legacy). */
const organisationFields = {
  kind: z.enum(organisationKinds),
  nameVi: requiredText(TEXT_SHORT_MAX),
  nameEn: optionalText(TEXT_SHORT_MAX),
  taxCode: taxCode.nullish(),
  country: countryCode,
  province: z.string().trim().max(PROVINCE_INPUT_MAX).nullish(),
  vsicSections: z.array(z.string().trim().toUpperCase().min(1).max(5)).max(VSIC_SECTIONS_MAX),
  size: z.enum(organisationSizes).nullish(),
  address: optionalText(TEXT_SHORT_MAX),
  website: website.nullish(),
  email: emailAddress.nullish(),
  phone: phoneNumber.nullish(),
  description: optionalText(TEXT_LONG_MAX),
  coveredCountries: z.array(countryCode).max(COVERED_COUNTRIES_MAX),
};

export const OrganisationCreateBody = z
  .object({
    ...organisationFields,
    vsicSections: organisationFields.vsicSections.default([]),
    coveredCountries: organisationFields.coveredCountries.default([]),
  })
  .meta({ id: 'OrganisationCreateBody' });
export type OrganisationCreateBody = z.infer<typeof OrganisationCreateBody>;

export const OrganisationUpdateBody = z
  .object({ ...organisationFields, version: z.number().int().positive() })
  .partial()
  .required({ version: true })
  .meta({ id: 'OrganisationUpdateBody' });
export type OrganisationUpdateBody = z.infer<typeof OrganisationUpdateBody>;

export const VerifyBody = z.object({ verified: z.boolean() }).meta({ id: 'OrganisationVerifyBody' });

// No `.meta({ id })`: @fastify/swagger cannot expand a $ref into query parameters.
export const OrganisationListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(organisationKinds).optional(),
  province: z.string().trim().max(PROVINCE_INPUT_MAX).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).optional(),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>;

export const IdParams = z.object({ id: z.uuid() });

export const ProvinceRef = z.object({ code: z.string(), name: z.string() }).meta({ id: 'ProvinceRef' });

export const OrganisationAbilities = z
  .object({ canEdit: z.boolean(), canManageMembers: z.boolean(), canVerify: z.boolean() })
  .meta({ id: 'OrganisationAbilities' });

const publicShape = {
  id: z.uuid(),
  kind: z.enum(organisationKinds),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  country: z.string(),
  province: ProvinceRef.nullable(),
  /** The pre-2025 unit, when the organisation was registered under one. */
  legacyProvince: ProvinceRef.nullable(),
  vsicSections: z.array(z.string()),
  size: z.enum(organisationSizes).nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  coveredCountries: z.array(z.string()),
  verified: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: OrganisationAbilities,
  /** The caller's own membership (active or pending), so the UI can offer "ask to join". */
  viewerMembership: z.object({ role: z.enum(memberRoles), status: z.enum(membershipStatuses) }).nullable(),
};

/** What everyone may see. */
export const OrganisationPublic = z.object({ view: z.literal('public'), ...publicShape }).meta({ id: 'OrganisationPublic' });
export type OrganisationPublic = z.infer<typeof OrganisationPublic>;

/** What members, the agency, platform admins and covering connection points see. */
export const OrganisationPrivate = z
  .object({
    view: z.literal('private'),
    ...publicShape,
    taxCode: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    memberCount: z.number().int(),
  })
  .meta({ id: 'OrganisationPrivate' });
export type OrganisationPrivate = z.infer<typeof OrganisationPrivate>;

export const OrganisationDetail = z.discriminatedUnion('view', [OrganisationPrivate, OrganisationPublic]).meta({ id: 'OrganisationDetail' });
export type OrganisationDetail = z.infer<typeof OrganisationDetail>;

export const OrganisationList = z
  .object({ items: z.array(OrganisationPublic), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'OrganisationList' });
export type OrganisationList = z.infer<typeof OrganisationList>;
