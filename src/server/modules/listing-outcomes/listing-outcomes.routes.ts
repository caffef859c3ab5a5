import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecordIdParams } from '../../../shared/catalogue/catalogue.schemas.js';
import {
  ConnectionPointIdParams,
  ListingOutcomeMonths,
  ListingOutcomeMonthsQuery,
  ListingOutcomeReport,
} from '../../../shared/listing-outcomes/listing-outcomes.schemas.js';
import { signedIn } from '../auth/auth.plugin.js';
import { listingOutcome, pointOutcomes, pointOutcomesWorkbook } from './listing-outcomes.service.js';
import { flushListingViews } from './view-counter.js';

const tags = ['listing-outcomes'];

/** What a listing achieved: per offer or demand, and per connection point and month (with its Excel export). */
export const listingOutcomesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  // Views buffered in this process reach the database before it stops.
  app.addHook('onClose', async () => flushListingViews(db));

  for (const type of ['offer', 'demand'] as const) {
    app.get(
      `/api/${type}s/:id/outcomes`,
      { config: { auth: 'required' }, schema: { tags, params: RecordIdParams, response: { 200: ListingOutcomeReport } } },
      async (request) => listingOutcome(db, signedIn(request), type, request.params.id),
    );
  }

  app.get(
    '/api/connection-points/:id/listing-outcomes',
    {
      config: { auth: 'required' },
      schema: { tags, params: ConnectionPointIdParams, querystring: ListingOutcomeMonthsQuery, response: { 200: ListingOutcomeMonths } },
    },
    async (request) => pointOutcomes(db, signedIn(request), request.params.id, request.query.year),
  );

  app.get(
    '/api/connection-points/:id/listing-outcomes.xlsx',
    { config: { auth: 'required' }, schema: { tags, params: ConnectionPointIdParams, querystring: ListingOutcomeMonthsQuery } },
    async (request, reply) => {
      const { buffer } = await pointOutcomesWorkbook(db, signedIn(request), request.params.id, request.query.year, request.language);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="ket-qua-tin-dang-${request.query.year}.xlsx"`)
        .send(buffer);
    },
  );
};
