import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WorkflowAction } from '../../../domain/catalogue/workflow.js';
import type { CatalogueType } from '../../../shared/catalogue/catalogue.schemas.js';
import { RecordIdParams, ReturnBody } from '../../../shared/catalogue/catalogue.schemas.js';
import { auditContextOf } from '../auth/actor.js';
import { createRecord, getRecord, listRecords, moveRecord, RecordMerged, updateRecordFields } from './catalogue.service.js';
import { demandKind, expertKind, offerKind } from './kinds/index.js';
import { moderationRoutes } from './moderation.routes.js';
import { segmentOf, type CreateOf, type InputOf, type ListQueryOf, type RecordKind } from './record-kind.js';
import { signedIn } from '../auth/auth.plugin.js';
import { countListingView } from '../listing-outcomes/listing-outcomes.service.js';

/**
 * GET and POST /api/{offers|demands|experts}, GET and PATCH …/{id}, and the workflow actions
 * POST …/{id}/submit | /publish | /archive (| the kind's own) | /return {reason}, from a kind's descriptor.
 */
function recordRoutes<T extends CatalogueType>(kind: RecordKind<T>): FastifyPluginAsyncZod {
  return async (app) => {
    const db = app.ctx.database.db;
    const base = `/api/${segmentOf(kind.type)}`;
    const tags = [segmentOf(kind.type)];
    const { schemas } = kind;

    app.get(base, { config: { auth: 'public' }, schema: { tags, querystring: schemas.listQuery, response: { 200: schemas.list } } }, async (request) =>
      listRecords(db, kind, request.query as ListQueryOf<T>),
    );

    app.get(
      `${base}/:id`,
      { config: { auth: 'optional' }, schema: { tags, params: RecordIdParams, response: { 200: schemas.detail } } },
      async (request, reply) => {
        try {
          const record = await getRecord(db, kind, request.actor, request.params.id, request);
          // A view of an offer's or demand's page by someone outside its owner counts towards what the listing achieved.
          if (kind.type !== 'expert') countListingView(db, request.actor, kind.type as 'offer' | 'demand', record);
          return record;
        } catch (error) {
          // A merged duplicate's old address (bookmarks, links in mail, harvesters) leads to the record kept.
          if (error instanceof RecordMerged) return reply.redirect(`${base}/${error.keptId}`, 308);
          throw error;
        }
      },
    );

    app.post(base, { config: { auth: 'required' }, schema: { tags, body: schemas.create, response: { 201: schemas.detail } } }, async (request, reply) => {
      const actor = signedIn(request);
      reply.code(201);
      return createRecord(db, kind, actor, auditContextOf(actor, request), request.body as CreateOf<T>);
    });

    app.patch(
      `${base}/:id`,
      { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, body: schemas.patch, response: { 200: schemas.detail } } },
      async (request) => {
        const actor = signedIn(request);
        return updateRecordFields(db, kind, actor, auditContextOf(actor, request), request.params.id, request.body as InputOf<T> & { version: number });
      },
    );

    const actions: WorkflowAction[] = ['submit', 'publish', 'archive', ...kind.extraActions];
    for (const action of actions) {
      app.post(
        `${base}/:id/${action}`,
        { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, response: { 200: schemas.detail } } },
        async (request) => {
          const actor = signedIn(request);
          // "publish" under the listing-quality threshold returns the record to its author with the prompts.
          return moveRecord(db, kind, actor, auditContextOf(actor, request), request.params.id, action, undefined, app.ctx.config.publishMinQuality);
        },
      );
    }
    app.post(
      `${base}/:id/return`,
      { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, body: ReturnBody, response: { 200: schemas.detail } } },
      async (request) => {
        const actor = signedIn(request);
        return moveRecord(db, kind, actor, auditContextOf(actor, request), request.params.id, 'return', request.body.reason);
      },
    );
  };
}

/** Offers, demands, experts and their work lists, registered together. */
export const catalogueRoutes: FastifyPluginAsync = async (app) => {
  await app.register(recordRoutes(offerKind));
  await app.register(recordRoutes(demandKind));
  await app.register(recordRoutes(expertKind));
  await app.register(moderationRoutes);
};
