import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignmentProposal,
  AssignmentsBody,
  CompositionRuleBody,
  CompositionRuleView,
  ConsolidateBody,
  CouncilBody,
  CouncilKindParams,
  CouncilDetail,
  CouncilList,
  CouncilOptions,
  CouncilRules,
  CouncilRulesBody,
  DeclarationBody,
  DossierDetail,
  DossiersBody,
  Minutes,
  ProposeBody,
  SheetBody,
} from '../../../shared/councils/councils.schemas.js';
import { PageQuery } from '../../../shared/pagination.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import * as kindRules from './composition-rules.service.js';
import * as service from './councils.service.js';
import { minutesPdf } from './minutes-pdf.js';

const tags = ['councils'];
const IdParams = z.object({ id: z.uuid() });
const Created = z.object({ id: z.string() });

/** Expert councils: forming them, conflicts of interest, scoring, consolidation and minutes. */
export const councilsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const auth = { auth: 'required' as const };

  app.get('/api/councils/options', { config: auth, schema: { tags, response: { 200: CouncilOptions } } }, async (request) =>
    service.councilOptions(db, signedIn(request)),
  );
  app.get('/api/councils', { config: auth, schema: { tags, querystring: PageQuery, response: { 200: CouncilList } } }, async (request) =>
    service.listCouncils(db, signedIn(request), request.query),
  );
  app.post('/api/councils', { config: auth, schema: { tags, body: CouncilBody, response: { 201: Created } } }, async (request, reply) => {
    const actor = signedIn(request);
    return reply.status(201).send(await service.createCouncil(db, actor, auditContextOf(actor, request), request.language, request.body));
  });
  app.get('/api/councils/:id', { config: auth, schema: { tags, params: IdParams, response: { 200: CouncilDetail } } }, async (request) =>
    service.councilDetail(db, signedIn(request), request.params.id, request.language),
  );
  app.post(
    '/api/councils/:id/dossiers',
    { config: auth, schema: { tags, params: IdParams, body: DossiersBody, response: { 201: z.object({ added: z.number() }) } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await service.addDossiers(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body));
    },
  );
  app.post(
    '/api/councils/:id/assignments/propose',
    { config: auth, schema: { tags, params: IdParams, body: ProposeBody, response: { 200: AssignmentProposal } } },
    async (request) => service.proposeAssignments(db, signedIn(request), request.language, request.params.id, request.body.perDossier),
  );
  app.put(
    '/api/councils/:id/assignments',
    { config: auth, schema: { tags, params: IdParams, body: AssignmentsBody, response: { 200: z.object({ saved: z.number() }) } } },
    async (request) => {
      const actor = signedIn(request);
      return service.saveAssignments(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
    },
  );
  app.put(
    '/api/councils/:id/rules',
    { config: auth, schema: { tags, params: IdParams, body: CouncilRulesBody, response: { 200: CouncilRules } } },
    async (request) => {
      const actor = signedIn(request);
      return service.editRules(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
    },
  );
  app.put(
    '/api/council-composition-rules/:kind',
    { config: auth, schema: { tags, params: CouncilKindParams, body: CompositionRuleBody, response: { 200: CompositionRuleView } } },
    async (request) => {
      const actor = signedIn(request);
      return kindRules.editCompositionRule(db, actor, auditContextOf(actor, request), request.params.kind, request.body);
    },
  );
  app.delete(
    '/api/council-composition-rules/:kind',
    { config: auth, schema: { tags, params: CouncilKindParams, response: { 200: CompositionRuleView } } },
    async (request) => {
      const actor = signedIn(request);
      return kindRules.resetCompositionRule(db, actor, auditContextOf(actor, request), request.params.kind);
    },
  );
  app.get('/api/councils/:id/minutes', { config: auth, schema: { tags, params: IdParams, response: { 200: Minutes } } }, async (request) =>
    service.minutes(db, signedIn(request), request.params.id, request.language),
  );
  app.get('/api/councils/:id/minutes.pdf', { config: auth, schema: { tags, params: IdParams } }, async (request, reply) => {
    const pdf = await minutesPdf(await service.minutes(db, signedIn(request), request.params.id, 'vi'));
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="bien-ban-${request.params.id.slice(0, 8)}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });

  app.get('/api/council-dossiers/:id', { config: auth, schema: { tags, params: IdParams, response: { 200: DossierDetail } } }, async (request) =>
    service.dossierDetail(db, signedIn(request), request.params.id, request.language),
  );
  app.post(
    '/api/council-dossiers/:id/declaration',
    { config: auth, schema: { tags, params: IdParams, body: DeclarationBody, response: { 200: z.object({ conflict: z.boolean() }) } } },
    async (request) => {
      const actor = signedIn(request);
      return service.declare(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
    },
  );
  app.put(
    '/api/council-dossiers/:id/sheet',
    { config: auth, schema: { tags, params: IdParams, body: SheetBody, response: { 200: z.object({ submitted: z.boolean() }) } } },
    async (request) => {
      const actor = signedIn(request);
      return service.saveSheet(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
    },
  );
  app.post(
    '/api/council-dossiers/:id/sheet/submit',
    { config: auth, schema: { tags, params: IdParams, body: SheetBody.partial(), response: { 200: z.object({ submitted: z.boolean() }) } } },
    async (request) => {
      const actor = signedIn(request);
      return service.submitMySheet(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
    },
  );
  app.post(
    '/api/council-dossiers/:id/consolidate',
    { config: auth, schema: { tags, params: IdParams, body: ConsolidateBody, response: { 200: z.object({ total: z.number(), passed: z.boolean() }) } } },
    async (request) => {
      const actor = signedIn(request);
      return service.consolidate(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
    },
  );
};
