import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NetworkReport, NetworkReportQuery } from '../../../shared/reports/reports.schemas.js';
import { networkReportWorkbook } from './report-workbook.js';
import { networkReport } from './reports.service.js';

const tags = ['reports'];

/** The network dashboards (national for the agency, a connection point's provinces for its staff) and their Excel export. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/reports/network', { schema: { tags, querystring: NetworkReportQuery, response: { 200: NetworkReport } } }, async (request) =>
    networkReport(db, await request.requireActor(), request.query),
  );

  app.get('/api/reports/network.xlsx', { schema: { tags, querystring: NetworkReportQuery } }, async (request, reply) => {
    const report = await networkReport(db, await request.requireActor(), request.query);
    const buffer = await networkReportWorkbook(report, request.language);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="techbridge-bao-cao-${report.scope.from}-${report.scope.to}.xlsx"`)
      .send(buffer);
  });
};
