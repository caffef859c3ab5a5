import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ASSESSMENT_PAGE_MAX,
  AnswersSave,
  AssessmentCursor,
  AssessmentDashboard,
  DashboardQuery,
  AssessmentDetail,
  AssessmentList,
  AssessmentReport,
  AssessmentStart,
  CampaignCreate,
  CampaignDetail,
  CampaignList,
  DemandDrafted,
  DemandFromWeakness,
  EligibleOrganisations,
  EligibleOrganisationsQuery,
  MethodologyDetail,
  MethodologyList,
  MethodologyPublish,
  ReviewApprove,
  ReviewReturn,
  assessmentStatuses,
} from '../../../shared/assessment/assessment.schemas.js';
import { ReminderScheduleUpdate, ReminderSent } from '../../../shared/assessment/campaign-reminders.schemas.js';
import { languages } from '../../../shared/i18n/language.js';
import { PageQuery } from '../../../shared/pagination.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import { draftDemandFromWeakness } from './assessment-demand.service.js';
import * as service from './assessment.service.js';
import * as reminders from './campaign-reminders.service.js';
import * as campaigns from './campaigns.service.js';
import { assessmentDashboard, dashboardWorkbook } from './dashboard.service.js';
import { assessmentReportPdf } from './report-pdf.js';

const tags = ['assessment'];
const IdParams = z.object({ id: z.uuid() });
const MethodologyParams = z.object({ id: z.string().min(1).max(100) });
const ListQuery = z.object({
  organisationId: z.uuid().optional(),
  status: z.enum(assessmentStatuses).optional(),
  cursor: AssessmentCursor.optional(),
  limit: z.coerce.number().int().min(1).max(ASSESSMENT_PAGE_MAX).default(50),
});

/** Enterprise technology assessment (Circular 17/2019): methodology versions, questionnaires, review, reports. */
export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/assessment-methodologies',
    { config: { auth: 'optional' }, schema: { tags, querystring: PageQuery, response: { 200: MethodologyList } } },
    async (request) => service.listMethodologies(db, request.actor ?? null, request.query),
  );
  app.post(
    '/api/assessment-methodologies',
    { config: { auth: 'required' }, schema: { tags, body: MethodologyPublish, response: { 201: z.object({ id: z.string() }) } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await service.publishMethodology(db, actor, auditContextOf(actor, request), request.language, request.body.document));
    },
  );
  app.get(
    '/api/assessment-methodologies/:id',
    { config: { auth: 'public' }, schema: { tags, params: MethodologyParams, response: { 200: MethodologyDetail } } },
    async (request) => service.getMethodology(db, request.params.id),
  );
  app.get(
    '/api/assessments/eligible-organisations',
    {
      config: { auth: 'required' },
      schema: { tags, querystring: EligibleOrganisationsQuery, response: { 200: EligibleOrganisations } },
    },
    async (request) => service.eligibleOrganisations(db, signedIn(request), request.query),
  );
  app.get('/api/assessments', { config: { auth: 'required' }, schema: { tags, querystring: ListQuery, response: { 200: AssessmentList } } }, async (request) =>
    service.listAssessments(db, signedIn(request), request.query),
  );
  app.post(
    '/api/assessments',
    {
      config: { auth: 'required' },
      // 200: the device's id was already used for this very start (a retry); the existing assessment's id.
      schema: { tags, body: AssessmentStart, response: { 200: z.object({ id: z.string() }), 201: z.object({ id: z.string() }) } },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const { id, created } = await service.startAssessment(db, actor, auditContextOf(actor, request), request.body);
      return reply.status(created ? 201 : 200).send({ id });
    },
  );
  app.get('/api/assessments/:id', { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: AssessmentDetail } } }, async (request) =>
    service.getAssessment(db, signedIn(request), request.params.id),
  );
  app.put(
    '/api/assessments/:id/answers',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: AnswersSave, response: { 200: AssessmentDetail } } },
    async (request) => {
      const actor = signedIn(request);
      return service.saveAnswers(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body);
    },
  );
  app.post(
    '/api/assessments/:id/submit',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: AssessmentDetail } } },
    async (request) => {
      const actor = signedIn(request);
      return service.submitAssessment(db, actor, auditContextOf(actor, request), request.language, request.params.id);
    },
  );
  app.post(
    '/api/assessments/:id/return',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: ReviewReturn, response: { 200: AssessmentDetail } } },
    async (request) => {
      const actor = signedIn(request);
      return service.returnAssessment(db, actor, auditContextOf(actor, request), request.params.id, request.body.comment);
    },
  );
  app.post(
    '/api/assessments/:id/approve',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: ReviewApprove, response: { 200: AssessmentDetail } } },
    async (request) => {
      const actor = signedIn(request);
      return service.approveAssessment(db, actor, auditContextOf(actor, request), request.params.id, request.body.comment);
    },
  );
  app.get(
    '/api/assessments/:id/report',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: AssessmentReport } } },
    async (request) => service.assessmentReport(db, signedIn(request), request.params.id),
  );
  app.get(
    '/api/assessments/:id/report.pdf',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, querystring: z.object({ lang: z.enum(languages).optional() }) } },
    async (request, reply) => {
      const lang = request.query.lang ?? request.language;
      const { report, methodology } = await service.reportWithMethodology(db, signedIn(request), request.params.id);
      const pdf = await assessmentReportPdf(report, methodology, lang);
      const name = lang === 'vi' ? 'bao-cao-danh-gia' : 'assessment-report';
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}-${request.params.id.slice(0, 8)}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
  app.post(
    '/api/assessments/:id/demands',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: DemandFromWeakness, response: { 201: DemandDrafted } } },
    async (request, reply) => {
      const actor = signedIn(request);
      const drafted = await draftDemandFromWeakness(db, actor, auditContextOf(actor, request), request.language, request.params.id, request.body.criterion);
      return reply.status(201).send(drafted);
    },
  );

  app.get(
    '/api/assessment-campaigns',
    { config: { auth: 'required' }, schema: { tags, querystring: PageQuery, response: { 200: CampaignList } } },
    async (request) => campaigns.listCampaigns(db, signedIn(request), request.query),
  );
  app.post(
    '/api/assessment-campaigns',
    { config: { auth: 'required' }, schema: { tags, body: CampaignCreate, response: { 201: z.object({ id: z.string() }) } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await campaigns.createCampaign(db, actor, auditContextOf(actor, request), request.body));
    },
  );
  app.get(
    '/api/assessment-campaigns/:id',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: CampaignDetail } } },
    async (request) => campaigns.getCampaign(db, signedIn(request), request.params.id),
  );
  app.put(
    '/api/assessment-campaigns/:id/reminder-schedule',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: ReminderScheduleUpdate, response: { 200: CampaignDetail } } },
    async (request) => {
      const actor = signedIn(request);
      await reminders.updateReminderSchedule(db, actor, auditContextOf(actor, request), request.params.id, request.body);
      return campaigns.getCampaign(db, actor, request.params.id);
    },
  );
  app.post(
    '/api/assessment-campaigns/:id/reminders',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 201: ReminderSent } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await reminders.sendReminderNow(db, actor, auditContextOf(actor, request), request.params.id));
    },
  );

  app.get(
    '/api/assessment-dashboard',
    { config: { auth: 'required' }, schema: { tags, querystring: DashboardQuery, response: { 200: AssessmentDashboard } } },
    async (request) => assessmentDashboard(db, signedIn(request), request.language, request.query),
  );
  app.get('/api/assessment-dashboard.xlsx', { config: { auth: 'required' }, schema: { tags, querystring: DashboardQuery } }, async (request, reply) => {
    const { buffer, fileName } = await dashboardWorkbook(db, signedIn(request), request.language, request.query);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(buffer);
  });
};
