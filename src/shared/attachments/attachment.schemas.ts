import { z } from 'zod';

export const attachmentOwnerTypes = ['offer', 'demand', 'expert', 'assessment'] as const;
export type AttachmentOwnerType = (typeof attachmentOwnerTypes)[number];

/** The URL segment of each owner type: /api/offers/{id}/attachments … */
export const ownerTypeBySegment = { offers: 'offer', demands: 'demand', experts: 'expert', assessments: 'assessment' } as const satisfies Record<
  string,
  AttachmentOwnerType
>;

export const Attachment = z
  .object({
    id: z.uuid(),
    ownerType: z.enum(attachmentOwnerTypes),
    ownerId: z.uuid(),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    confidential: z.boolean(),
    /** The question of an assessment the file is evidence for; null for the files of an offer, demand or expert. */
    subject: z.string().nullable(),
    hasThumbnail: z.boolean(),
    downloadUrl: z.string(),
    thumbnailUrl: z.string().nullable(),
    createdAt: z.string(),
    canDelete: z.boolean(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

/** All attachments of one record the caller may see (a short list, so never more than one page). */
export const AttachmentList = z.object({ items: z.array(Attachment), total: z.number().int(), nextCursor: z.null() }).meta({ id: 'AttachmentList' });
