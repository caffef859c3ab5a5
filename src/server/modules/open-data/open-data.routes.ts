import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BulkFileParams,
  FigureParams,
  FigureQuery,
  HarvestQuery,
  OpenDataIndex,
  OpenDemandPage,
  OpenEventPage,
  OpenExpertPage,
  OpenOfferPage,
  PublicStatistics,
  StatisticsQuery,
} from '../../../shared/open-data/open-data.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { sendError } from '../../plugins/error-handler.js';
import {
  bulkDownload,
  countOpenDataRequest,
  harvestDemands,
  harvestEvents,
  harvestExperts,
  harvestOffers,
  openDataIndex,
  statistics,
  statisticsFigure,
} from './open-data.service.js';

const tags = ['open-data'];
const unknownParameter = { vi: 'Tham số không được hỗ trợ.', en: 'Unknown parameter.' };

/** The names a route's querystring schema accepts, so anything else is refused by name. */
const knownKeys = (schema: unknown) => new Set(schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

/**
 * The open API: read-only, no sign-in, public answers (ETag, shared caches) through the
 * public-answers plugin; rate-limited per client address, unknown parameters refused by name.
 */
export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const { baseUrl, openDataLimitPerMinute } = app.ctx.config;

  app.addHook('onRequest', async (request, reply) => {
    try {
      await countOpenDataRequest(db, request.ip, openDataLimitPerMinute);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'RATE_LIMITED') throw error;
      reply.header('retry-after', String(error.details.retryAfterSeconds));
      return sendError(reply, 'RATE_LIMITED', error.details);
    }
  });
  app.addHook('preValidation', async (request) => {
    const known = knownKeys(request.routeOptions.schema?.querystring);
    const unknown = Object.keys((request.query ?? {}) as object).filter((key) => !known.has(key));
    if (unknown.length) throw new FieldError(unknown.map((path) => ({ path, key: 'unknown_parameter', message: unknownParameter[request.language ?? 'vi'] })));
  });

  app.get('/api/open-data', { config: { auth: 'public' }, schema: { tags, querystring: z.object({}), response: { 200: OpenDataIndex } } }, async () =>
    openDataIndex(db, baseUrl, openDataLimitPerMinute),
  );

  app.get(
    '/api/open-data/offers',
    { config: { auth: 'public' }, schema: { tags, querystring: HarvestQuery, response: { 200: OpenOfferPage } } },
    async (request) => harvestOffers(db, baseUrl, request.query),
  );
  app.get(
    '/api/open-data/demands',
    { config: { auth: 'public' }, schema: { tags, querystring: HarvestQuery, response: { 200: OpenDemandPage } } },
    async (request) => harvestDemands(db, baseUrl, request.query),
  );
  app.get(
    '/api/open-data/experts',
    { config: { auth: 'public' }, schema: { tags, querystring: HarvestQuery, response: { 200: OpenExpertPage } } },
    async (request) => harvestExperts(db, baseUrl, request.query),
  );

  app.get(
    '/api/open-data/events',
    { config: { auth: 'public' }, schema: { tags, querystring: HarvestQuery, response: { 200: OpenEventPage } } },
    async (request) => harvestEvents(db, baseUrl, request.query),
  );

  app.get(
    '/api/open-data/statistics',
    { config: { auth: 'public' }, schema: { tags, querystring: StatisticsQuery, response: { 200: PublicStatistics } } },
    async (request) => statistics(db, request.query),
  );
  app.get(
    '/api/open-data/statistics/:figure',
    { config: { auth: 'public' }, schema: { tags, params: FigureParams, querystring: FigureQuery } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await statisticsFigure(db, request.params.figure, query, format);
      return reply.type(file.type).header('content-disposition', `attachment; filename="${file.name}"`).send(file.body);
    },
  );

  app.get(
    '/api/open-data/bulk/:file',
    { config: { auth: 'public' }, schema: { tags, params: BulkFileParams, querystring: z.object({}) } },
    async (request, reply) => {
      const file = await bulkDownload(db, baseUrl, request.params.file);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="techbridge-${request.params.file}"`)
        .header('last-modified', file.generatedAt.toUTCString())
        .send(file.data.toString('utf8'));
    },
  );
};
