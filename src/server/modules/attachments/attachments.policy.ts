import type { AttachmentRow } from './attachments.repository.js';
import type { OwnerAccess } from './attachment-owner.js';

/** A file is visible with its record; a confidential one only to those who may see confidential details. */
export function canSeeAttachment(access: OwnerAccess | null, attachment: Pick<AttachmentRow, 'confidential'>): access is OwnerAccess {
  if (!access?.canView) return false;
  return !attachment.confidential || access.canSeeConfidential;
}

export function canChangeAttachments(access: OwnerAccess | null): access is OwnerAccess {
  return !!access?.canEdit;
}
