import { z } from 'zod';
import { NAME_MAX, TEXT_LONG_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { requiredText } from '../organisations/text-fields.js';
import { fields as f, recordSchemas } from './record-schemas.js';

/**
 * The services the platform names (an expert may also type their own words): the web labels each in
 * Vietnamese and English and shows anything else as written.
 */
export const expertServices = ['consulting', 'assessment', 'training', 'research', 'brokerage'] as const;

/** An expert's profile: published like an offer; email and phone stay private (requests go through the platform). */
export const expertSchemas = recordSchemas(
  'Expert',
  {
    language: f.language(),
    name: f.title(NAME_MAX),
    title: f.text(100),
    ownerOrganisationId: f.owner(),
    affiliationName: f.text(TEXT_SHORT_MAX),
    fieldCodes: f.codes(),
    keywords: f.keywords(),
    services: f.list(z.array(requiredText(TEXT_SHORT_MAX)).max(20)),
    bio: f.text(TEXT_LONG_MAX),
    email: f.private(f.email()),
    phone: f.private(f.phone()),
    country: f.country(),
    province: f.province(),
    validUntil: f.date(),
  },
  { required: 'name', listOmits: ['bio'] },
);
export type ExpertCreate = z.infer<typeof expertSchemas.create>;
export type ExpertListQuery = z.infer<typeof expertSchemas.listQuery>;
export type ExpertDetail = z.infer<typeof expertSchemas.detail>;
