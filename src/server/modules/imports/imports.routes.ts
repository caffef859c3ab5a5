import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobAccepted } from '../../../shared/jobs/job.schemas.js';
import { ExportQuery, InterchangeFormat, InterchangeType, interchangeTypes } from '../../../shared/imports/import.schemas.js';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/limits.js';
import { languages } from '../../../shared/i18n/language.js';
import { FieldError, fieldError } from '../../errors.js';
import { auditContextOf } from '../auth/actor.js';
import { exportRecords, importTemplate, type ExportFile } from './exports.service.js';
import { formatOfFileName, startImport } from './imports.service.js';
import { signedIn } from '../auth/auth.plugin.js';
import { uploadedFileName } from '../../plugins/invalid-text.js';

const tags = ['imports'];
const ImportFields = z.object({
  type: InterchangeType,
  format: InterchangeFormat,
  publish: z.enum(['true', 'false']).default('false'),
  ownerOrganisationId: z.uuid().optional(),
});

function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.mimeType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.data);
}

/** Bulk import (as a background job), export and the .xlsx template for offers and demands. */
export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: IMPORT_FILE_MAX_BYTES, files: 1, fields: 5 } });
  const { db } = app.ctx.database;

  app.post(
    '/api/imports',
    {
      config: { auth: 'required' },
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        response: { 202: JobAccepted },
        description:
          "Multipart fields `type`, `format`, `publish` (`true`: new records are published at once instead of entering moderation) and `ownerOrganisationId` (the organisation that owns the new records; the importer's own by default), before the file, then `file`.",
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const file = await request.file();
      if (!file) throw fieldError('file', 'blank');
      const fileName = uploadedFileName(file.filename, 'import');
      const field = (name: string) => {
        const part = file.fields[name];
        return part && !Array.isArray(part) && part.type === 'field' ? String(part.value) : undefined;
      };
      const fields = ImportFields.safeParse({
        type: field('type'),
        format: field('format') ?? formatOfFileName(fileName) ?? undefined,
        publish: field('publish'),
        ownerOrganisationId: field('ownerOrganisationId') || undefined,
      });
      if (!fields.success) throw new FieldError(fields.error.issues.map((issue) => ({ path: issue.path.join('.'), key: issue.code })));
      const data = await file.toBuffer();
      const started = await startImport(
        db,
        actor,
        auditContextOf(actor, request),
        fields.data.type,
        fields.data.format,
        {
          fileName,
          data,
        },
        { publish: fields.data.publish === 'true', ownerOrganisationId: fields.data.ownerOrganisationId ?? null, minQuality: app.ctx.config.publishMinQuality },
      );
      return reply.status(202).send(started);
    },
  );

  app.get(
    '/api/imports/template/:file',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        description: 'The .xlsx template: headers, dropdowns on coded columns, an instructions sheet and the code list, in `lang` (else the request language).',
        params: z.object({ file: z.enum(['offers.xlsx', 'demands.xlsx']) }),
        querystring: z.object({ lang: z.enum(languages).optional() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await importTemplate(db, request.params.file === 'offers.xlsx' ? 'offers' : 'demands', request.query.lang ?? request.language)),
  );

  app.get(
    '/api/exports/:type',
    { config: { auth: 'required' }, schema: { tags, params: z.object({ type: z.enum(interchangeTypes) }), querystring: ExportQuery } },
    async (request, reply) => {
      const actor = signedIn(request);
      return sendFile(reply, await exportRecords(db, actor, request.params.type, request.query.format));
    },
  );
};
