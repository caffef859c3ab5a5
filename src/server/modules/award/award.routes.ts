import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AwardRoundBody,
  AwardRoundDetail,
  AwardRoundList,
  EligibleList,
  Honourees,
  NominationBody,
  NominationDetail,
  RankingResult,
  TieBody,
  Verification,
} from '../../../shared/councils/councils.schemas.js';
import { PageQuery } from '../../../shared/pagination.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import * as service from './award.service.js';
import { certificatePdf } from './certificate.js';

const tags = ['award'];
const IdParams = z.object({ id: z.uuid() });
const CodeParams = z.object({ code: z.string().regex(/^[\w-]{6,40}$/) });
const Created = z.object({ id: z.string() });

/** The innovation award: rounds, eligible enterprises with evidence, nominations, ranking, public honourees and certificates. */
export const awardRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const baseUrl = app.ctx.config.baseUrl;
  const auth = { auth: 'required' as const };

  app.get('/api/award-rounds', { config: { auth: 'optional' }, schema: { tags, querystring: PageQuery, response: { 200: AwardRoundList } } }, async (request) =>
    service.listRounds(db, request.actor, request.query),
  );
  app.post('/api/award-rounds', { config: auth, schema: { tags, body: AwardRoundBody, response: { 201: Created } } }, async (request, reply) => {
    const actor = signedIn(request);
    return reply.status(201).send(await service.createRound(db, actor, auditContextOf(actor, request), request.body));
  });
  app.get('/api/award-rounds/:id', { config: { auth: 'optional' }, schema: { tags, params: IdParams, response: { 200: AwardRoundDetail } } }, async (request) =>
    service.roundDetail(db, request.actor, request.params.id),
  );
  app.get(
    '/api/award-rounds/:id/eligible',
    { config: auth, schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: EligibleList } } },
    async (request) => service.eligibleList(db, signedIn(request), request.params.id, request.query),
  );
  app.post(
    '/api/award-rounds/:id/nominations',
    { config: auth, schema: { tags, params: IdParams, body: NominationBody, response: { 201: Created } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await service.nominate(db, actor, auditContextOf(actor, request), request.params.id, request.body.enterpriseId));
    },
  );
  app.get('/api/award-nominations/:id', { config: auth, schema: { tags, params: IdParams, response: { 200: NominationDetail } } }, async (request) =>
    service.nominationDetail(db, signedIn(request), request.params.id),
  );
  app.get('/api/award-rounds/:id/ranking', { config: auth, schema: { tags, params: IdParams, response: { 200: RankingResult } } }, async (request) =>
    service.ranking(db, signedIn(request), request.params.id),
  );
  app.post(
    '/api/award-rounds/:id/ties',
    { config: auth, schema: { tags, params: IdParams, body: TieBody, response: { 201: Created } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await service.breakTie(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
  app.post('/api/award-rounds/:id/ranking', { config: auth, schema: { tags, params: IdParams, response: { 200: RankingResult } } }, async (request) => {
    const actor = signedIn(request);
    return service.publishRanking(db, actor, auditContextOf(actor, request), request.params.id);
  });
  app.get(
    '/api/award-rounds/:id/honourees',
    { config: { auth: 'public' }, schema: { tags, params: IdParams, response: { 200: Honourees } } },
    async (request) => service.honourees(db, request.params.id),
  );
  app.get('/api/award/verify/:code', { config: { auth: 'public' }, schema: { tags, params: CodeParams, response: { 200: Verification } } }, async (request) =>
    service.verify(db, request.params.code),
  );
  app.get('/api/award/certificates/:code', { config: { auth: 'public' }, schema: { tags, params: CodeParams } }, async (request, reply) => {
    const v = await service.verify(db, request.params.code);
    const pdf = await certificatePdf(
      {
        enterpriseName: v.enterpriseName,
        roundName: v.roundName,
        fromYear: v.fromYear,
        toYear: v.toYear,
        tier: v.tier,
        score: v.score,
        code: v.certificateCode,
      },
      baseUrl,
    );
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="chung-nhan-${v.certificateCode}.pdf"`).send(pdf);
  });
};
