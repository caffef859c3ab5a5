import { z } from 'zod';
import { EMAIL_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../limits.js';

const idText = z.string().trim().min(1).max(200);
/** An instant, or a calendar day (UTC) which `to` takes to the end of. */
const dayOrInstant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
const limit = z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT);

export const AuditListQuery = z.object({
  actorId: idText.optional(),
  entityType: idText.optional(),
  entityId: idText.optional(),
  action: idText.optional(),
  from: dayOrInstant.optional(),
  to: dayOrInstant.optional(),
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit,
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    organisationId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({ items: z.array(AuditEntry), total: z.number().int(), nextCursor: z.string().nullable() }).meta({ id: 'AuditList' });

export const OutboxListQuery = z.object({ to: z.string().trim().max(EMAIL_MAX).optional(), cursor: z.string().max(200).optional(), limit });
export type OutboxListQuery = z.infer<typeof OutboxListQuery>;

export const OutboxMail = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    kind: z.string(),
    status: z.string(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'OutboxMail' });

export const OutboxList = z.object({ items: z.array(OutboxMail), total: z.number().int(), nextCursor: z.string().nullable() }).meta({ id: 'OutboxList' });
