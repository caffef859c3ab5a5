import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Attachment, AttachmentList, ownerTypeBySegment } from '../../../shared/attachments/attachment.schemas.js';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/limits.js';
import { fieldError } from '../../errors.js';
import { auditContextOf } from '../auth/actor.js';
import { attachmentOwners } from './attachment-owners.js';
import { deleteAttachment, listAttachments, readAttachment, uploadAttachment, type AttachmentDeps } from './attachments.service.js';
import { signedIn } from '../auth/auth.plugin.js';
import { uploadedFileName } from '../../plugins/invalid-text.js';

const tags = ['attachments'];
const IdParams = z.object({ id: z.uuid() });
const Subject = z.string().trim().min(1).max(100);
/** `subject`: the question of an assessment the file is evidence for (required for assessments, refused for other records). */
const UploadQuery = z.object({ confidential: z.enum(['true', 'false']).optional(), subject: Subject.optional() });
const ListQuery = z.object({ subject: Subject.optional() });
/** `idempotency-key`: the device's own id for the file; the same upload sent again answers the stored file (200), never a copy. */
const UploadHeaders = z.object({ 'idempotency-key': z.uuid().optional() });

/** `attachment; filename=…` with an ASCII fallback and the UTF-8 name (RFC 6266). */
function contentDisposition(fileName: string, disposition: 'attachment' | 'inline') {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'file';
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendFile(reply: FastifyReply, file: { data: Buffer; fileName: string; mimeType: string }, disposition: 'attachment' | 'inline') {
  return reply
    .header('content-type', file.mimeType)
    .header('content-disposition', contentDisposition(file.fileName, disposition))
    .header('cache-control', 'private, max-age=300')
    .send(file.data);
}

/** Upload, list, download, thumbnail and delete of files attached to offers, demands, experts and assessments' answers (evidence). */
export const attachmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5 } });
  const deps: AttachmentDeps = { db: app.ctx.database.db, owners: attachmentOwners };

  for (const [segment, ownerType] of Object.entries(ownerTypeBySegment)) {
    app.post(
      `/api/${segment}/:id/attachments`,
      {
        config: { auth: 'required' },
        schema: {
          tags,
          params: IdParams,
          querystring: UploadQuery,
          headers: UploadHeaders,
          consumes: ['multipart/form-data'],
          response: { 200: Attachment, 201: Attachment },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        const file = await request.file();
        if (!file) throw fieldError('file', 'blank');
        const data = await file.toBuffer();
        const upload = {
          id: request.headers['idempotency-key'],
          fileName: uploadedFileName(file.filename),
          data,
          confidential: request.query.confidential === 'true',
          subject: request.query.subject,
          language: request.language,
        };
        const { attachment, created } = await uploadAttachment(deps, actor, auditContextOf(actor, request), ownerType, request.params.id, upload);
        return reply.status(created ? 201 : 200).send(attachment);
      },
    );

    app.get(
      `/api/${segment}/:id/attachments`,
      { config: { auth: 'optional' }, schema: { tags, params: IdParams, querystring: ListQuery, response: { 200: AttachmentList } } },
      async (request) => {
        return listAttachments(deps, request.actor, ownerType, request.params.id, request.query.subject);
      },
    );
  }

  app.get('/api/attachments/:id', { config: { auth: 'optional' }, schema: { tags, params: IdParams } }, async (request, reply) => {
    return sendFile(reply, await readAttachment(deps, request.actor, request.params.id, 'file', request), 'attachment');
  });

  app.get('/api/attachments/:id/thumbnail', { config: { auth: 'optional' }, schema: { tags, params: IdParams } }, async (request, reply) => {
    return sendFile(reply, await readAttachment(deps, request.actor, request.params.id, 'thumbnail', request), 'inline');
  });

  app.delete(
    '/api/attachments/:id',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = signedIn(request);
      await deleteAttachment(deps, actor, auditContextOf(actor, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
