import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptanceBody,
  AppraisalBody,
  Call,
  CallBody,
  CallList,
  CloseBody,
  Dashboard,
  DashboardQuery,
  DraftBody,
  DraftSaved,
  ExtensionBody,
  InspectionBody,
  NewProposalBody,
  ProposerOptions,
  PublicSummary,
  PublicSummaryList,
  PublishedOffers,
  PublishOffersBody,
  ReportFilingBody,
  TaskDetail,
  TaskList,
  TaskListQuery,
  TransitionBody,
} from '../../../shared/programmes/programmes.schemas.js';
import { PageQuery } from '../../../shared/pagination.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import * as results from './programme-results.service.js';
import * as service from './programmes.service.js';
import * as workflow from './task-workflow.service.js';

const tags = ['programmes'];
const IdParams = z.object({ id: z.uuid() });
const ReportParams = z.object({ id: z.uuid(), reportId: z.uuid() });
const Created = z.object({ id: z.string() });
const Moved = z.object({ id: z.string(), status: z.string(), receiptNumber: z.string().nullish(), submittedAt: z.string().nullish() });
const Appraised = z.object({ id: z.string(), lines: z.number() });
const Filed = z.object({ id: z.string(), filedOn: z.string() });
const Rated = z.object({ id: z.string(), rating: z.string(), shortfalls: z.array(z.string()) });

/** The National Technology Innovation Programme: calls, proposals, the task's life, appraisal, reports, acceptance, results, dashboard. */
export const programmesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const auth = { auth: 'required' } as const;

  app.get('/api/programme-calls', { config: { auth: 'optional' }, schema: { tags, querystring: PageQuery, response: { 200: CallList } } }, async (request) =>
    service.listCalls(db, request.actor, request.query),
  );
  app.post('/api/programme-calls', { config: auth, schema: { tags, body: CallBody, response: { 201: Created } } }, async (request, reply) => {
    const actor = signedIn(request);
    return reply.status(201).send(await service.createCall(db, actor, auditContextOf(actor, request), request.body));
  });
  app.post(
    '/api/programme-calls/:id/extensions',
    { config: auth, schema: { tags, params: IdParams, body: ExtensionBody, response: { 200: Call } } },
    async (request) => {
      const actor = signedIn(request);
      return service.extendDeadline(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.get('/api/programme-tasks/proposer-options', { config: auth, schema: { tags, response: { 200: ProposerOptions } } }, async (request) =>
    service.proposerOptions(signedIn(request)),
  );
  app.get('/api/programme-tasks', { config: auth, schema: { tags, querystring: TaskListQuery, response: { 200: TaskList } } }, async (request) =>
    service.listTasks(db, signedIn(request), request.query),
  );
  app.post('/api/programme-tasks', { config: auth, schema: { tags, body: NewProposalBody, response: { 201: DraftSaved } } }, async (request, reply) => {
    const actor = signedIn(request);
    return reply.status(201).send(await service.createProposal(db, actor, auditContextOf(actor, request), request.body));
  });
  app.get('/api/programme-tasks/:id', { config: auth, schema: { tags, params: IdParams, response: { 200: TaskDetail } } }, async (request) =>
    service.taskDetail(db, signedIn(request), request.params.id),
  );
  app.put(
    '/api/programme-tasks/:id/draft',
    { config: auth, schema: { tags, params: IdParams, body: DraftBody, response: { 200: DraftSaved } } },
    async (request) => {
      const actor = signedIn(request);
      return service.saveDraft(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.post(
    '/api/programme-tasks/:id/transitions',
    { config: auth, schema: { tags, params: IdParams, body: TransitionBody, response: { 200: Moved } } },
    async (request) => {
      const actor = signedIn(request);
      return workflow.transitionTask(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.post(
    '/api/programme-tasks/:id/appraisal',
    { config: auth, schema: { tags, params: IdParams, body: AppraisalBody, response: { 200: Appraised } } },
    async (request) => {
      const actor = signedIn(request);
      return workflow.appraiseBudget(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.post(
    '/api/programme-tasks/:id/reports/:reportId/filing',
    { config: auth, schema: { tags, params: ReportParams, body: ReportFilingBody, response: { 200: Filed } } },
    async (request) => {
      const actor = signedIn(request);
      return workflow.fileReport(db, actor, auditContextOf(actor, request), request.params.id, request.params.reportId, request.body);
    },
  );
  app.post(
    '/api/programme-tasks/:id/inspections',
    { config: auth, schema: { tags, params: IdParams, body: InspectionBody, response: { 201: Created } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await workflow.recordInspection(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
  app.post(
    '/api/programme-tasks/:id/acceptance',
    { config: auth, schema: { tags, params: IdParams, body: AcceptanceBody, response: { 200: Rated } } },
    async (request) => {
      const actor = signedIn(request);
      return workflow.recordAcceptance(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.post(
    '/api/programme-tasks/:id/closing',
    { config: auth, schema: { tags, params: IdParams, body: CloseBody, response: { 200: Moved } } },
    async (request) => {
      const actor = signedIn(request);
      return workflow.closeTask(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.post(
    '/api/programme-tasks/:id/offers',
    { config: auth, schema: { tags, params: IdParams, body: PublishOffersBody, response: { 200: PublishedOffers } } },
    async (request) => {
      const actor = signedIn(request);
      return results.publishOffers(db, actor, auditContextOf(actor, request), request.params.id, request.body.productIds);
    },
  );

  app.get('/api/programme-dashboard', { config: auth, schema: { tags, querystring: DashboardQuery, response: { 200: Dashboard } } }, async (request) =>
    results.programmeDashboard(db, signedIn(request), request.query),
  );
  app.get(
    '/api/programme-results',
    { config: { auth: 'public' }, schema: { tags, querystring: PageQuery, response: { 200: PublicSummaryList } } },
    async (request) => results.listPublicSummaries(db, request.query),
  );
  app.get('/api/programme-results/:id', { config: { auth: 'public' }, schema: { tags, params: IdParams, response: { 200: PublicSummary } } }, async (request) =>
    results.publicSummary(db, request.params.id),
  );
};
