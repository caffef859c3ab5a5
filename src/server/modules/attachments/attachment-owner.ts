import type { Executor } from '../../../db/client.js';
import type { AttachmentOwnerType } from '../../../shared/attachments/attachment.schemas.js';
import type { Actor } from '../auth/actor.js';

/** What the caller may do with the files of one offer, demand, expert or assessment. */
export type OwnerAccess = {
  organisationId: string | null;
  /** May see the record (and so its non-confidential files). */
  canView: boolean;
  /** May add and delete files (owner's members, covering connection-point staff, agency). */
  canEdit: boolean;
  /** May see a demand's confidential details (and so its confidential files). */
  canSeeConfidential: boolean;
  /** The record's own side (its owner's members, whoever entered it): their reads of confidential files are not audited. */
  ownerSide: boolean;
  /**
   * How a confidential read from outside the owner side is audited; by default as a demand's
   * confidential part read, thumbnails too. An assessment's evidence names its own action and
   * counts a file opened, not the small previews shown beside every answer under review.
   */
  readAudit?: { action: string; thumbnails: boolean };
  /** When set, each file is about one of these parts of the record (an assessment's question ids) and must name it. */
  subjects?: ReadonlySet<string>;
  /** Every file of the record is confidential (an assessment's evidence), whatever the upload says. */
  allConfidential?: boolean;
  /** Only photos and PDF documents are accepted (an assessment's evidence), not office files or text. */
  imagesAndPdfOnly?: boolean;
};

/**
 * Answers access for one record, or null when it does not exist. Each catalogue module
 * provides one, so the rules stay with the module that owns the record.
 */
export type OwnerAccessResolver = (db: Executor, actor: Actor | null, ownerId: string) => Promise<OwnerAccess | null>;
export type OwnerAccessResolvers = Record<AttachmentOwnerType, OwnerAccessResolver>;
