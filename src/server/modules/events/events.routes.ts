import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Agenda,
  AnswerBody,
  AttendanceBody,
  AttendanceResult,
  BadgeList,
  CheckInBody,
  CheckInResult,
  EventDashboard,
  OutcomeBody,
  WalkInBody,
  WalkInMeetingBody,
  WalkInMeetingResult,
  FreeTables,
  OutcomeResult,
  DecisionBody,
  EventBody,
  EventDetail,
  EventList,
  EventListQuery,
  ExhibitsBody,
  MeetingRequestBody,
  MeetingRequestList,
  OrganiserOptions,
  ParticipantList,
  ParticipantListQuery,
  RegistrationBody,
  RegistrationList,
  ScheduleBody,
  SchedulePreview,
  SessionBody,
  SessionSetupBody,
  SessionSetupResult,
  TableSheet,
  TableSheetQuery,
  Unavailability,
  UnavailabilityBody,
} from '../../../shared/events/events.schemas.js';
import { PageQuery } from '../../../shared/pagination.js';
import { auditContextOf } from '../auth/actor.js';
import { signedIn } from '../auth/auth.plugin.js';
import { demandKind, offerKind } from '../catalogue/kinds/index.js';
import { segmentOf, type CreateOf, type RecordKind } from '../catalogue/record-kind.js';
import { calendarFeed, myAgenda } from './agenda.service.js';
import { collectRecord } from './collected-records.service.js';
import { markAttendance, tableSheet } from './attendance.service.js';
import * as eventsService from './events.service.js';
import * as outcomes from './outcomes.service.js';
import { previewSchedule, publishSchedule } from './scheduling.service.js';
import { changeSessionSetup } from './session-setup.service.js';
import * as sessions from './sessions.service.js';
import { freeTablesOf, placeWalkInMeeting } from './walk-in-meetings.service.js';

const tags = ['events'];
const IdParams = z.object({ id: z.uuid() });
const RegistrationParams = z.object({ id: z.uuid(), registrationId: z.uuid() });
const Created = z.object({ id: z.string() });
const RequestState = z.object({ id: z.string(), status: z.string() });
const OfferIds = z.object({ offerIds: z.array(z.string()) });

/** Matchmaking events: the public pages, the organisers' screens, registration, B2B meetings and agendas. */
export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const baseUrl = app.ctx.config.baseUrl;

  app.get('/api/events', { config: { auth: 'public' }, schema: { tags, querystring: EventListQuery, response: { 200: EventList } } }, async (request) =>
    eventsService.listEvents(db, request.query),
  );
  app.get('/api/events/organiser-options', { config: { auth: 'required' }, schema: { tags, response: { 200: OrganiserOptions } } }, async (request) =>
    eventsService.organiserOptions(db, signedIn(request)),
  );
  app.get('/api/events/:id', { config: { auth: 'optional' }, schema: { tags, params: IdParams, response: { 200: EventDetail } } }, async (request) =>
    eventsService.eventDetail(db, request.actor, request.params.id),
  );
  app.post('/api/events', { config: { auth: 'required' }, schema: { tags, body: EventBody, response: { 201: Created } } }, async (request, reply) => {
    const actor = signedIn(request);
    return reply.status(201).send(await eventsService.createEvent(db, actor, auditContextOf(actor, request), request.body));
  });
  app.put(
    '/api/events/:id',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: EventBody, response: { 200: Created } } },
    async (request) => {
      const actor = signedIn(request);
      return eventsService.updateEvent(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/events/:id/registrations',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: RegistrationBody, response: { 201: Created } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await eventsService.register(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
  app.get(
    '/api/events/:id/registrations',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: RegistrationList } } },
    async (request) => eventsService.listRegistrations(db, signedIn(request), request.params.id, request.query),
  );
  app.post(
    '/api/events/:id/registrations/:registrationId/decision',
    { config: { auth: 'required' }, schema: { tags, params: RegistrationParams, body: DecisionBody, response: { 200: Created } } },
    async (request) => {
      const actor = signedIn(request);
      const { id, registrationId } = request.params;
      return eventsService.decideRegistration(db, actor, auditContextOf(actor, request), id, registrationId, request.body);
    },
  );
  app.put(
    '/api/events/:id/exhibits',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: ExhibitsBody, response: { 200: OfferIds } } },
    async (request) => {
      const actor = signedIn(request);
      return eventsService.setExhibits(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  // A new offer an exhibitor brings, or a demand taken down at the event: a draft with the event as its source.
  const collectAt = <T extends 'offer' | 'demand'>(kind: RecordKind<T>) =>
    app.post(
      `/api/events/:id/${segmentOf(kind.type)}`,
      { config: { auth: 'required' }, schema: { tags, params: IdParams, body: kind.schemas.create, response: { 201: kind.schemas.detail } } },
      async (request, reply) => {
        const actor = signedIn(request);
        reply.code(201);
        return collectRecord(db, actor, auditContextOf(actor, request), request.params.id, kind, request.body as CreateOf<T>);
      },
    );
  collectAt(offerKind);
  collectAt(demandKind);
  app.get(
    '/api/events/:id/participants',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, querystring: ParticipantListQuery, response: { 200: ParticipantList } } },
    async (request) => sessions.participants(db, signedIn(request), request.params.id, request.query),
  );
  app.get('/api/events/:id/agenda', { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: Agenda } } }, async (request) =>
    myAgenda(db, signedIn(request), baseUrl, request.params.id),
  );

  app.post(
    '/api/events/:id/sessions',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: SessionBody, response: { 201: Created } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await sessions.createSession(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
  app.put(
    '/api/event-sessions/:id/setup',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: SessionSetupBody, response: { 200: SessionSetupResult } } },
    async (request) => {
      const actor = signedIn(request);
      return changeSessionSetup(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.get(
    '/api/event-sessions/:id/unavailability',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: Unavailability } } },
    async (request) => sessions.myUnavailability(db, signedIn(request), request.params.id),
  );
  app.put(
    '/api/event-sessions/:id/unavailability',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: UnavailabilityBody, response: { 200: Unavailability } } },
    async (request) => {
      const actor = signedIn(request);
      return sessions.setUnavailability(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.get(
    '/api/event-sessions/:id/requests',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: MeetingRequestList } } },
    async (request) => sessions.myRequests(db, signedIn(request), request.params.id, request.query),
  );
  app.post(
    '/api/event-sessions/:id/requests',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: MeetingRequestBody, response: { 201: RequestState } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await sessions.requestMeeting(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
  app.post(
    '/api/meeting-requests/:id/answer',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: AnswerBody, response: { 200: RequestState } } },
    async (request) => {
      const actor = signedIn(request);
      return sessions.answerRequest(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.post(
    '/api/meeting-requests/:id/cancel',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: RequestState } } },
    async (request) => {
      const actor = signedIn(request);
      return sessions.cancelRequest(db, actor, auditContextOf(actor, request), request.params.id);
    },
  );
  app.post(
    '/api/event-sessions/:id/schedule/preview',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: ScheduleBody, response: { 200: SchedulePreview } } },
    async (request) => previewSchedule(db, signedIn(request), request.params.id, request.body),
  );
  app.post(
    '/api/event-sessions/:id/schedule/publish',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: ScheduleBody, response: { 200: SchedulePreview } } },
    async (request) => {
      const actor = signedIn(request);
      return publishSchedule(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.post(
    '/api/event-meetings/:id/outcome',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: OutcomeBody, response: { 200: OutcomeResult } } },
    async (request) => {
      const actor = signedIn(request);
      return outcomes.recordOutcome(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.get(
    '/api/event-sessions/:id/table-sheet',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, querystring: TableSheetQuery, response: { 200: TableSheet } } },
    async (request) => tableSheet(db, signedIn(request), request.params.id, request.query.table),
  );
  app.get(
    '/api/event-sessions/:id/free-tables',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: FreeTables } } },
    async (request) => freeTablesOf(db, signedIn(request), request.params.id),
  );
  app.post(
    '/api/event-sessions/:id/walk-in-meetings',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: WalkInMeetingBody, response: { 201: WalkInMeetingResult } } },
    async (request, reply) => {
      const actor = signedIn(request);
      return reply.status(201).send(await placeWalkInMeeting(db, actor, auditContextOf(actor, request), request.params.id, request.body));
    },
  );
  app.put(
    '/api/event-meetings/:id/attendance',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: AttendanceBody, response: { 200: AttendanceResult } } },
    async (request) => {
      const actor = signedIn(request);
      return markAttendance(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.get(
    '/api/events/:id/dashboard',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, response: { 200: EventDashboard } } },
    async (request) => outcomes.dashboard(db, signedIn(request), request.params.id),
  );
  app.get(
    '/api/events/:id/badges',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: BadgeList } } },
    async (request) => outcomes.badges(db, signedIn(request), request.params.id, request.query),
  );
  app.post(
    '/api/events/:id/walk-ins',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: WalkInBody, response: { 200: CheckInResult } } },
    async (request) => {
      const actor = signedIn(request);
      return outcomes.walkIn(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );
  app.post(
    '/api/events/:id/check-ins',
    { config: { auth: 'required' }, schema: { tags, params: IdParams, body: CheckInBody, response: { 200: CheckInResult } } },
    async (request) => {
      const actor = signedIn(request);
      return outcomes.checkIn(db, actor, auditContextOf(actor, request), request.params.id, request.body);
    },
  );

  app.get(
    '/api/calendar/:token',
    { config: { auth: 'public' }, schema: { tags, params: z.object({ token: z.string().regex(/^[\w-]{16,64}\.ics$/) }) } },
    async (request, reply) => {
      const text = await calendarFeed(db, request.params.token.replace(/\.ics$/, ''));
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(text);
    },
  );
};
