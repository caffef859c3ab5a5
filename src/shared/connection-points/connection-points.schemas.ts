import { z } from 'zod';
import { TEXT_SHORT_MAX } from '../limits.js';
import { organisationKinds } from '../../domain/organisations/organisation-kinds.js';
import { PROVINCE_INPUT_MAX, ProvinceRef } from '../organisations/organisations.schemas.js';
import { optionalText, requiredText } from '../organisations/text-fields.js';

/** There are 34 provincial units; a point may serve several of them. */
export const CONNECTION_POINT_PROVINCES_MAX = 34;

const connectionPointFields = {
  hostOrganisationId: z.uuid(),
  nameVi: requiredText(TEXT_SHORT_MAX),
  nameEn: optionalText(TEXT_SHORT_MAX),
  /** Names or codes, current or legacy; stored as current codes. */
  provinces: z.array(z.string().trim().min(1).max(PROVINCE_INPUT_MAX)).min(1).max(CONNECTION_POINT_PROVINCES_MAX),
  active: z.boolean(),
};

export const ConnectionPointCreateBody = z
  .object({ ...connectionPointFields, active: connectionPointFields.active.default(true) })
  .meta({ id: 'ConnectionPointCreateBody' });
export type ConnectionPointCreateBody = z.infer<typeof ConnectionPointCreateBody>;

export const ConnectionPointUpdateBody = z
  .object({ ...connectionPointFields, version: z.number().int().positive() })
  .partial()
  .required({ version: true })
  .meta({ id: 'ConnectionPointUpdateBody' });
export type ConnectionPointUpdateBody = z.infer<typeof ConnectionPointUpdateBody>;

export const ConnectionPoint = z
  .object({
    id: z.uuid(),
    nameVi: z.string(),
    nameEn: z.string().nullable(),
    hostOrganisation: z.object({ id: z.uuid(), nameVi: z.string(), kind: z.enum(organisationKinds) }),
    provinces: z.array(ProvinceRef),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'ConnectionPoint' });
export type ConnectionPoint = z.infer<typeof ConnectionPoint>;

export const ConnectionPointList = z
  .object({ items: z.array(ConnectionPoint), total: z.number().int(), nextCursor: z.null() })
  .meta({ id: 'ConnectionPointList' });
