import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CompareQuery,
  DemandCreated,
  ExportQuery,
  FromAssessmentBody,
  ItemBody,
  LayersBody,
  linkableRecordKinds,
  LinkBody,
  MapDetail,
  MapList,
  MoveBody,
  RecordLinkBody,
  RoadmapComparison,
  RoadmapCreateBody,
  RoadmapDetail,
  RoadmapList,
  RoadmapListQuery,
  RoadmapPatchBody,
  Saved,
  SnapshotBody,
  SnapshotDetail,
  SnapshotList,
  SnapshotListQuery,
  SnapshotSummary,
  VersionBody,
} from '../../../shared/roadmaps/roadmaps.schemas.js';
import { PageQuery } from '../../../shared/pagination.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import { exportChart } from './roadmap-export.service.js';
import * as sources from './roadmap-sources.service.js';
import * as versions from './roadmap-versions.service.js';
import * as service from './roadmaps.service.js';
import * as maps from './technology-maps.service.js';

const tags = ['roadmaps'];
const Id = z.string().min(1).max(100);
const IdParams = z.object({ id: Id });
const ItemParams = z.object({ id: Id, itemId: Id });
const LinkParams = z.object({ id: Id, linkId: Id });
const RecordParams = z.object({ id: Id, itemId: Id, kind: z.enum(linkableRecordKinds), recordId: z.uuid() });
const SnapshotParams = z.object({ id: Id, snapshotId: z.uuid() });
const VersionQuery = z.object({ version: z.coerce.number().int() });
const ItemsAdded = z.object({ itemIds: z.array(z.string()), version: z.number().int() });
const ExportParams = z.object({ id: Id, format: z.enum(['svg', 'png', 'pdf']) });

/** Innovation roadmaps (chart, items tied to records, snapshots, exports) and sector technology maps. */
export const roadmapsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const auth = { auth: 'required' } as const;
  const optional = { auth: 'optional' } as const;

  app.get('/api/roadmaps', { config: optional, schema: { tags, querystring: RoadmapListQuery, response: { 200: RoadmapList } } }, async (request) =>
    service.listRoadmaps(db, request.actor, request.query),
  );
  app.post('/api/roadmaps', { config: auth, schema: { tags, body: RoadmapCreateBody, response: { 201: Saved } } }, async (request, reply) => {
    const actor = signedIn(request);
    return reply.status(201).send(await service.createRoadmap(db, actor, auditContextOf(actor, request), request.language, request.body));
  });
  app.post(
    '/api/roadmaps/import',
    { config: auth, schema: { tags, body: z.record(z.string(), z.unknown()), response: { 201: Saved } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await versions.importJson(db, actor, auditContextOf(actor, request), request.language, request.body));
    },
  );
  app.get('/api/roadmaps/:id', { config: optional, schema: { tags, params: IdParams, response: { 200: RoadmapDetail } } }, async (request) =>
    service.roadmapDetail(db, request.actor, request.params.id),
  );
  app.patch('/api/roadmaps/:id', { config: auth, schema: { tags, params: IdParams, body: RoadmapPatchBody, response: { 200: Saved } } }, async (request) => {
    const actor = signedIn(request);
    return service.patchRoadmap(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
  });
  app.delete('/api/roadmaps/:id', { config: auth, schema: { tags, params: IdParams } }, async (request, reply) => {
    const actor = signedIn(request);
    await service.deleteRoadmap(db, actor, auditContextOf(actor, request), request.params.id);
    return reply.status(204).send();
  });

  app.put('/api/roadmaps/:id/layers', { config: auth, schema: { tags, params: IdParams, body: LayersBody, response: { 200: Saved } } }, async (request) => {
    const actor = signedIn(request);
    return service.replaceRoadmapLayers(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
  });
  app.post(
    '/api/roadmaps/:id/items',
    { config: auth, schema: { tags, params: IdParams, body: ItemBody, response: { 201: Saved } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await service.createItem(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body));
    },
  );
  app.put(
    '/api/roadmaps/:id/items/:itemId',
    { config: auth, schema: { tags, params: ItemParams, body: ItemBody, response: { 200: Saved } } },
    async (request) => {
      const actor = signedIn(request);
      return service.updateItem(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.params.itemId, request.body);
    },
  );
  app.post(
    '/api/roadmaps/:id/items/:itemId/move',
    { config: auth, schema: { tags, params: ItemParams, body: MoveBody, response: { 200: Saved } } },
    async (request) => {
      const actor = signedIn(request);
      return service.moveRoadmapItem(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.params.itemId, request.body);
    },
  );
  app.delete(
    '/api/roadmaps/:id/items/:itemId',
    { config: auth, schema: { tags, params: ItemParams, querystring: VersionQuery, response: { 200: Saved } } },
    async (request) => {
      const actor = signedIn(request);
      return service.deleteItem(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.params.itemId, request.query.version);
    },
  );
  app.post(
    '/api/roadmaps/:id/links',
    { config: auth, schema: { tags, params: IdParams, body: LinkBody, response: { 201: Saved } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await service.createLink(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body));
    },
  );
  app.delete(
    '/api/roadmaps/:id/links/:linkId',
    { config: auth, schema: { tags, params: LinkParams, querystring: VersionQuery, response: { 200: Saved } } },
    async (request) => {
      const actor = signedIn(request);
      return service.deleteLink(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.params.linkId, request.query.version);
    },
  );

  app.post(
    '/api/roadmaps/:id/items/:itemId/records',
    { config: auth, schema: { tags, params: ItemParams, body: RecordLinkBody, response: { 200: Saved } } },
    async (request) => {
      const actor = signedIn(request);
      return sources.linkRecord(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.params.itemId, request.body);
    },
  );
  app.delete(
    '/api/roadmaps/:id/items/:itemId/records/:kind/:recordId',
    { config: auth, schema: { tags, params: RecordParams, querystring: VersionQuery, response: { 200: Saved } } },
    async (request) => {
      const actor = signedIn(request);
      const { id, itemId, kind, recordId } = request.params;
      return sources.unlinkRecord(db, actor, auditContextOf(actor, request), id, itemId, { kind, id: recordId }, request.query.version);
    },
  );
  app.post(
    '/api/roadmaps/:id/from-assessment',
    { config: auth, schema: { tags, params: IdParams, body: FromAssessmentBody, response: { 200: ItemsAdded } } },
    async (request) => {
      const actor = signedIn(request);
      return sources.itemsFromAssessment(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
    },
  );
  app.post(
    '/api/roadmaps/:id/items/:itemId/demand',
    { config: auth, schema: { tags, params: ItemParams, body: VersionBody, response: { 201: DemandCreated } } },
    async (request, reply) => {
      const actor = signedIn(request);
      const { id, itemId } = request.params;
      return reply.status(201).send(await sources.demandFromGap(db, actor, auditContextOf(actor, request), request.language, id, itemId, request.body.version));
    },
  );

  app.get(
    '/api/roadmaps/:id/snapshots',
    { config: optional, schema: { tags, params: IdParams, querystring: SnapshotListQuery, response: { 200: SnapshotList } } },
    async (request) => versions.listSnapshots(db, request.actor, request.params.id, request.query),
  );
  app.post(
    '/api/roadmaps/:id/snapshots',
    { config: auth, schema: { tags, params: IdParams, body: SnapshotBody, response: { 201: SnapshotSummary } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply
        .status(201)
        .send(await versions.createSnapshot(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body.name));
    },
  );
  app.get(
    '/api/roadmaps/:id/snapshots/:snapshotId',
    { config: optional, schema: { tags, params: SnapshotParams, response: { 200: SnapshotDetail } } },
    async (request) => versions.getSnapshot(db, request.actor, request.params.id, request.params.snapshotId),
  );
  app.get(
    '/api/roadmaps/:id/compare',
    { config: optional, schema: { tags, params: IdParams, querystring: CompareQuery, response: { 200: RoadmapComparison } } },
    async (request) => versions.compareSnapshots(db, request.actor, request.params.id, request.query.from, request.query.to),
  );
  app.get('/api/roadmaps/:id/export.json', { config: optional, schema: { tags, params: IdParams, querystring: ExportQuery } }, async (request, reply) => {
    const document = await versions.exportJson(db, request.actor, request.params.id, request.query.snapshot);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="roadmap-${encodeURIComponent(request.params.id)}.json"`)
      .send(JSON.stringify(document, null, 2));
  });
  app.get(
    '/api/roadmaps/:id/export/:format',
    { config: optional, schema: { tags, params: ExportParams, querystring: ExportQuery } },
    async (request, reply) => {
      const { doc, name } = await versions.roadmapDocument(db, request.actor, request.params.id, request.query.snapshot, request.query.lang);
      const file = await exportChart(doc, name, request.params.format, request.query.lang);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="roadmap-${encodeURIComponent(request.params.id)}.${request.params.format}"`)
        .send(file.body);
    },
  );

  app.get('/api/technology-maps', { config: { auth: 'public' }, schema: { tags, querystring: PageQuery, response: { 200: MapList } } }, async (request) =>
    maps.listMaps(db, request.query),
  );
  app.get('/api/technology-maps/:id', { config: { auth: 'public' }, schema: { tags, params: IdParams, response: { 200: MapDetail } } }, async (request) =>
    maps.mapDetail(db, request.params.id),
  );
  app.get(
    '/api/technology-maps/:id/export/:format',
    { config: { auth: 'public' }, schema: { tags, params: ExportParams, querystring: ExportQuery } },
    async (request, reply) => {
      const map = await maps.mapDetail(db, request.params.id);
      const file = await exportChart(map, map.title[request.query.lang], request.params.format, request.query.lang);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="technology-map-${encodeURIComponent(request.params.id)}.${request.params.format}"`)
        .send(file.body);
    },
  );
};
