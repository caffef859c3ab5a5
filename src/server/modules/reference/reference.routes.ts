import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CurrentProvince,
  ProvinceKindQuery,
  ProvinceList,
  ProvinceParams,
  ProvincePatch,
  ReferenceCategoryList,
  ReferenceCategoryParams,
  ReferenceItem,
  ReferenceItemCreate,
  ReferenceItemList,
  ReferenceItemParams,
  ReferenceItemPatch,
  ReferenceSearchQuery,
  ResolveProvinceQuery,
  ResolvedProvince,
} from '../../../shared/reference/reference.schemas.js';
import * as service from './reference.service.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['reference'];

/** Provinces and code lists: everyone reads; agency staff and platform admins edit. */
export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/reference/provinces',
    { config: { auth: 'public' }, schema: { tags, querystring: ProvinceKindQuery, response: { 200: ProvinceList } } },
    async (request) => ({
      items: await service.listProvincesOfKind(db, request.query.kind),
    }),
  );

  app.get(
    '/api/reference/provinces/resolve',
    { config: { auth: 'public' }, schema: { tags, querystring: ResolveProvinceQuery, response: { 200: ResolvedProvince } } },
    async (request) => service.resolveProvince(db, request.query.q),
  );

  app.patch(
    '/api/reference/provinces/:code',
    { config: { auth: 'required' }, schema: { tags, params: ProvinceParams, body: ProvincePatch, response: { 200: CurrentProvince } } },
    async (request) => {
      const actor = signedIn(request);
      return service.updateProvince(db, actor, auditContextOf(actor, request), request.params.code, request.body);
    },
  );

  app.get('/api/reference/categories', { config: { auth: 'public' }, schema: { tags, response: { 200: ReferenceCategoryList } } }, async () => ({
    items: await service.summariseCategories(db),
  }));

  app.get(
    '/api/reference/:category',
    { config: { auth: 'public' }, schema: { tags, params: ReferenceCategoryParams, querystring: ReferenceSearchQuery, response: { 200: ReferenceItemList } } },
    async (request) => ({ items: await service.listReferenceItems(db, request.params.category, request.query.q) }),
  );

  app.post(
    '/api/reference/:category',
    { config: { auth: 'required' }, schema: { tags, params: ReferenceCategoryParams, body: ReferenceItemCreate, response: { 201: ReferenceItem } } },
    async (request, reply) => {
      const actor = signedIn(request);
      const item = await service.createReferenceItem(db, actor, auditContextOf(actor, request), request.params.category, request.body);
      return reply.status(201).send(item);
    },
  );

  app.patch(
    '/api/reference/:category/:code',
    { config: { auth: 'required' }, schema: { tags, params: ReferenceItemParams, body: ReferenceItemPatch, response: { 200: ReferenceItem } } },
    async (request) => {
      const actor = signedIn(request);
      return service.updateReferenceItem(db, actor, auditContextOf(actor, request), request.params.category, request.params.code, request.body);
    },
  );
};
