import crypto from 'node:crypto';
import type { Db } from '../../../db/client.js';
import type { InterchangeType } from '../../../domain/interchange/interchange-records.js';
import { parseJsonLines } from '../../../shared/imports/parse-jsonl.js';
import { issueOf } from '../../../shared/imports/validate-record.js';
import type { ImportReport, InterchangeFormat } from '../../../shared/imports/import.schemas.js';
import { AppError, notFound } from '../../errors.js';
import { enqueueJob } from '../../jobs/job-queue.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { detectFileKind } from '../attachments/file-kind.js';
import { putFile } from '../attachments/stored-files.repository.js';
import { importParsedRows, type ImportOptions, type ParsedFile } from './import-records.js';
import { findOrganisation } from '../organisations/organisations.repository.js';
import { authorizeImport, importOwner, type Operator } from './imports.policy.js';
import { readSheet } from './xlsx-reader.js';

export const IMPORT_JOB_KIND = 'import';
export type ImportJobPayload = {
  type: InterchangeType;
  format: InterchangeFormat;
  storageKey: string;
  fileName: string;
  publish?: boolean;
  ownerOrganisationId?: string | null;
  minQuality?: number | null;
};
export type ImportChoices = { publish: boolean; ownerOrganisationId: string | null; minQuality?: number | null };

async function parseFile(type: InterchangeType, format: InterchangeFormat, data: Buffer): Promise<ParsedFile> {
  try {
    return format === 'jsonl' ? parseJsonLines(new TextDecoder('utf-8', { fatal: true }).decode(data)) : await readSheet(type, data);
  } catch {
    return { lines: [], rejected: [{ line: 0, externalId: null, issues: [issueOf('file', 'unreadable_file')] }] };
  }
}

/**
 * Imports a JSON Lines or .xlsx file of offers or demands: the one path used by the
 * background job behind POST /api/imports and by `npm run cli -- import`.
 */
export async function importFile(
  db: Db,
  operator: Operator,
  audit: AuditContext,
  type: InterchangeType,
  format: InterchangeFormat,
  data: Buffer,
  options: ImportOptions = {},
): Promise<ImportReport> {
  authorizeImport(operator);
  // The operator at the command line loads curated data and publishes unless told otherwise.
  const publish = options.publish ?? operator === null;
  return importParsedRows(db, operator, audit, type, format, await parseFile(type, format, data), { ...options, publish });
}

/** The format a file name says, for the command line. */
export function formatOfFileName(fileName: string): InterchangeFormat | null {
  if (/\.xlsx$/i.test(fileName)) return 'xlsx';
  if (/\.(jsonl|ndjson|json)$/i.test(fileName)) return 'jsonl';
  return null;
}

/** Refuses a file whose content is not the format it claims before any work is queued. */
async function assertFormat(format: InterchangeFormat, data: Buffer, fileName: string) {
  const kind = await detectFileKind(data, format === 'jsonl' ? 'import.txt' : fileName);
  const expected = format === 'jsonl' ? 'text/plain' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (kind?.mimeType !== expected) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { format });
}

/** Stores the uploaded file and queues its import; the caller follows it with GET /api/jobs/{id}. */
export async function startImport(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  type: InterchangeType,
  format: InterchangeFormat,
  upload: { fileName: string; data: Buffer },
  { publish, ownerOrganisationId: namedOwner, minQuality = null }: ImportChoices = { publish: false, ownerOrganisationId: null },
) {
  authorizeImport(actor);
  const named = namedOwner ? await findOrganisation(db, namedOwner) : null;
  if (namedOwner && !named) throw notFound('organisation');
  const ownerOrganisationId = importOwner(actor, named);
  await assertFormat(format, upload.data, upload.fileName);
  const storageKey = `imports/${crypto.randomUUID()}`;
  const payload: ImportJobPayload = { type, format, storageKey, fileName: upload.fileName, publish, ownerOrganisationId, minQuality };
  const job = await db.transaction(async (tx) => {
    await putFile(tx, storageKey, upload.data);
    const queued = await enqueueJob(tx, IMPORT_JOB_KIND, payload, actor.userId);
    await recordAudit(tx, audit, {
      action: 'import.start',
      entityType: 'job',
      entityId: queued.id,
      after: { type, format, fileName: upload.fileName, size: upload.data.length, publish, ownerOrganisationId },
    });
    return queued;
  });
  return { jobId: job.id };
}
