import crypto from 'node:crypto';
import type { Db } from '../../../db/client.js';
import type { Attachment, AttachmentOwnerType } from '../../../shared/attachments/attachment.schemas.js';
import { AppError, FieldError, fieldError, forbidden, notFound } from '../../errors.js';
import { auditContextOf, type Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { OwnerAccess, OwnerAccessResolvers } from './attachment-owner.js';
import { canChangeAttachments, canSeeAttachment } from './attachments.policy.js';
import { deleteAttachmentRow, findAttachment, insertAttachment, listAttachmentsOf, type AttachmentRow } from './attachments.repository.js';
import { detectFileKind, storedFileName } from './file-kind.js';
import { getFile, putFile, removeFiles } from './stored-files.repository.js';
import { makeThumbnail } from './thumbnail.js';
import type { Language } from '../../../shared/i18n/language.js';

export type AttachmentDeps = { db: Db; owners: OwnerAccessResolvers };
/** `id`: the uploading device's own id for the file (its Idempotency-Key): sent again, the same file answers, not a second one. */
export type Upload = { id?: string; fileName: string; data: Buffer; confidential: boolean; subject?: string; language?: Language };

function present(row: AttachmentRow, canDelete: boolean): Attachment {
  return {
    id: row.id,
    ownerType: row.ownerType as AttachmentOwnerType,
    ownerId: row.ownerId,
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    sha256: row.sha256,
    confidential: row.confidential,
    subject: row.subject,
    hasThumbnail: !!row.thumbnailKey,
    downloadUrl: `/api/attachments/${row.id}`,
    thumbnailUrl: row.thumbnailKey ? `/api/attachments/${row.id}/thumbnail` : null,
    createdAt: row.createdAt.toISOString(),
    canDelete,
  };
}

const auditView = (row: AttachmentRow) => ({
  ownerType: row.ownerType,
  ownerId: row.ownerId,
  fileName: row.fileName,
  mimeType: row.mimeType,
  size: row.size,
  sha256: row.sha256,
  confidential: row.confidential,
  subject: row.subject,
});

/** The part of the record a file is about: required and one of the record's own when it has parts, refused otherwise. */
function checkSubject(access: OwnerAccess, subject: string | undefined, lang: Language): string | null {
  if (!access.subjects) {
    if (subject !== undefined) throw fieldError('subject', 'subject_not_expected');
    return null;
  }
  if (!subject) throw fieldError('subject', 'blank');
  if (!access.subjects.has(subject)) {
    const message =
      lang === 'vi' ? `Bộ tiêu chí của bản đánh giá không có câu hỏi "${subject}".` : `The assessment's methodology has no question "${subject}".`;
    throw new FieldError([{ path: 'subject', key: 'unknown_question', message }]);
  }
  return subject;
}

/** A repeated upload with the device's id: the file it stored, if it is of this record and part; another record's id is refused. */
async function earlierUpload(deps: AttachmentDeps, ownerType: AttachmentOwnerType, ownerId: string, id: string, subject: string | null) {
  const row = await findAttachment(deps.db, id);
  if (!row) return null;
  if (row.ownerType !== ownerType || row.ownerId !== ownerId || row.subject !== subject) throw new AppError('ALREADY_EXISTS', { entity: 'attachment', id });
  return row;
}

/**
 * Stores a file for an offer, demand, expert or assessment question after checking its type from its
 * content; `created: false` when the device's id names a file it already stored (a retry).
 */
export async function uploadAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  audit: AuditContext,
  ownerType: AttachmentOwnerType,
  ownerId: string,
  upload: Upload,
): Promise<{ attachment: Attachment; created: boolean }> {
  const access = await deps.owners[ownerType](deps.db, actor, ownerId);
  if (!access?.canView) throw notFound(ownerType);
  if (!canChangeAttachments(access)) throw forbidden();
  if (upload.confidential && ownerType !== 'demand' && !access.allConfidential) throw fieldError('confidential', 'confidential_demand_only');
  const subject = checkSubject(access, upload.subject, upload.language ?? 'vi');
  const earlier = upload.id ? await earlierUpload(deps, ownerType, ownerId, upload.id, subject) : null;
  if (earlier) return { attachment: present(earlier, true), created: false };
  if (upload.data.length === 0) throw fieldError('file', 'blank');
  const kind = await detectFileKind(upload.data, upload.fileName);
  if (!kind) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { fileName: upload.fileName });
  if (access.imagesAndPdfOnly && !kind.isImage && kind.mimeType !== 'application/pdf') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { fileName: upload.fileName, accepted: 'image-or-pdf' });
  }

  const id = upload.id ?? crypto.randomUUID();
  const storageKey = `attachments/${id.slice(0, 2)}/${id}`;
  const thumbnail = kind.isImage ? await makeThumbnail(upload.data) : null;
  const thumbnailKey = thumbnail ? `${storageKey}.thumb.webp` : null;
  // The bytes, the thumbnail, the row and its audit entry are written together or not at all.
  const row = await deps.db.transaction(async (tx) => {
    await putFile(tx, storageKey, upload.data);
    if (thumbnail && thumbnailKey) await putFile(tx, thumbnailKey, thumbnail);
    const inserted = await insertAttachment(tx, {
      id,
      ownerType,
      ownerId,
      // Cut by characters, not UTF-16 units, so an emoji is never split; room is left for the extension.
      fileName: storedFileName([...upload.fileName.normalize('NFC')].slice(0, 250).join(''), kind.mimeType),
      mimeType: kind.mimeType,
      size: upload.data.length,
      sha256: crypto.createHash('sha256').update(upload.data).digest('hex'),
      storageKey,
      thumbnailKey,
      confidential: upload.confidential || !!access.allConfidential,
      subject,
      uploadedBy: actor.userId,
    });
    await recordAudit(tx, audit, {
      action: 'attachment.create',
      entityType: 'attachment',
      entityId: id,
      organisationId: access.organisationId,
      after: auditView(inserted),
    });
    return inserted;
  });
  return { attachment: present(row, true), created: true };
}

/** The attachments of one record that the caller may see (of one part of it, such as a question, when `subject` is given). */
export async function listAttachments(deps: AttachmentDeps, actor: Actor | null, ownerType: AttachmentOwnerType, ownerId: string, subject?: string) {
  const access = await deps.owners[ownerType](deps.db, actor, ownerId);
  if (!access?.canView) throw notFound(ownerType);
  const rows = await listAttachmentsOf(deps.db, ownerType, ownerId);
  const items = rows
    .filter((row) => canSeeAttachment(access, row) && (subject === undefined || row.subject === subject))
    .map((row) => present(row, access.canEdit));
  return { items, total: items.length, nextCursor: null };
}

async function visibleAttachment(deps: AttachmentDeps, actor: Actor | null, id: string) {
  const row = await findAttachment(deps.db, id);
  const access = row ? await deps.owners[row.ownerType as AttachmentOwnerType](deps.db, actor, row.ownerId) : null;
  if (!row || !canSeeAttachment(access, row)) throw notFound('attachment');
  return { row, access };
}

/** The file's bytes for download; 404 for anyone who may not see it. */
export async function readAttachment(
  deps: AttachmentDeps,
  actor: Actor | null,
  id: string,
  variant: 'file' | 'thumbnail',
  request?: { id: string; ip: string },
) {
  const { row, access } = await visibleAttachment(deps, actor, id);
  // A confidential file read by someone outside the record's own side is audited, as a demand's details are.
  const readAudit = access.readAudit ?? { action: 'demand.read-confidential', thumbnails: true };
  if (actor && row.confidential && !access.ownerSide && (variant === 'file' || readAudit.thumbnails)) {
    await recordAudit(deps.db, auditContextOf(actor, request), {
      action: readAudit.action,
      entityType: row.ownerType,
      entityId: row.ownerId,
      organisationId: access.organisationId,
      after: { attachmentId: row.id, subject: row.subject, variant },
    });
  }
  const key = variant === 'file' ? row.storageKey : row.thumbnailKey;
  const data = key ? await getFile(deps.db, key) : null;
  if (!data) throw notFound('attachment');
  return { data, fileName: row.fileName, mimeType: variant === 'file' ? row.mimeType : 'image/webp' };
}

export async function deleteAttachment(deps: AttachmentDeps, actor: Actor, audit: AuditContext, id: string): Promise<void> {
  const { row, access } = await visibleAttachment(deps, actor, id);
  if (!canChangeAttachments(access)) throw forbidden();
  await deps.db.transaction(async (tx) => {
    await deleteAttachmentRow(tx, id);
    await removeFiles(tx, [row.storageKey, ...(row.thumbnailKey ? [row.thumbnailKey] : [])]);
    await recordAudit(tx, audit, {
      action: 'attachment.delete',
      entityType: 'attachment',
      entityId: id,
      organisationId: access.organisationId,
      before: auditView(row),
    });
  });
}
