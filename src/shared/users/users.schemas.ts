import { z } from 'zod';
import { NAME_MAX, TEXT_SHORT_MAX } from '../limits.js';
import { PageQuery } from '../pagination.js';
import { memberRoles } from '../../domain/organisations/organisation-kinds.js';

export const PHONE_MAX = 20;
export const platformRoles = ['admin', 'user'] as const;

export const Profile = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    phone: z.string().nullable(),
    title: z.string().nullable(),
    locale: z.enum(['vi', 'en']),
    role: z.enum(platformRoles),
    createdAt: z.string(),
  })
  .meta({ id: 'Profile' });
export type Profile = z.infer<typeof Profile>;

/** Empty phone or title clears it. */
export const ProfilePatch = z
  .object({
    name: z.string().trim().min(1).max(NAME_MAX).optional(),
    phone: z
      .string()
      .trim()
      .max(PHONE_MAX)
      .regex(/^(\+?[0-9][0-9 ().-]{5,}[0-9])?$/)
      .optional(),
    title: z.string().trim().max(NAME_MAX).optional(),
    locale: z.enum(['vi', 'en']).optional(),
  })
  .strict()
  .meta({ id: 'ProfilePatch' });
export type ProfilePatch = z.infer<typeof ProfilePatch>;

export const UserListQuery = PageQuery.extend({ q: z.string().max(TEXT_SHORT_MAX).optional() });
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    role: z.enum(platformRoles),
    disabled: z.boolean(),
    createdAt: z.string(),
    organisations: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(memberRoles), status: z.string() })),
  })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof UserSummary>;

export const UserList = z.object({ items: z.array(UserSummary), total: z.number().int(), nextCursor: z.string().nullable() }).meta({ id: 'UserList' });

export const UserParams = z.object({ id: z.string().min(1).max(100) });

export const UserPatch = z
  .object({ role: z.enum(platformRoles).optional(), disabled: z.boolean().optional() })
  .strict()
  .meta({ id: 'UserPatch' });
export type UserPatch = z.infer<typeof UserPatch>;
