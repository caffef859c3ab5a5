import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CountryReport, CountryReportQuery, NetworkReport, NetworkReportQuery } from '../../../shared/reports/reports.schemas.js';
import { countryReport, networkReport, networkWorkbook } from './reports.service.js';
import { signedIn } from '../auth/auth.plugin.js';

const tags = ['reports'];

/** The network dashboards (national for the agency, a connection point's provinces for its staff) and their Excel export. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/reports/network',
    { config: { auth: 'required' }, schema: { tags, querystring: NetworkReportQuery, response: { 200: NetworkReport } } },
    async (request) => networkReport(db, signedIn(request), request.query),
  );

  app.get(
    '/api/reports/country',
    { config: { auth: 'required' }, schema: { tags, querystring: CountryReportQuery, response: { 200: CountryReport } } },
    async (request) => countryReport(db, signedIn(request), request.query),
  );

  app.get('/api/reports/network.xlsx', { config: { auth: 'required' }, schema: { tags, querystring: NetworkReportQuery } }, async (request, reply) => {
    const { report, buffer } = await networkWorkbook(db, signedIn(request), request.query, request.language);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="techbridge-bao-cao-${report.scope.from}-${report.scope.to}.xlsx"`)
      .send(buffer);
  });
};
