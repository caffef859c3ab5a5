import { z } from 'zod';
import {
  activityKinds,
  eventKinds,
  agendaAttendances,
  meetingAttendances,
  meetingOutcomes,
  meetingStatuses,
  registrationRoles,
  registrationStatuses,
  requestStatuses,
} from './event-codes.js';
import { PageQuery, pageOf } from '../pagination.js';

const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const shortText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const EventActivityInput = z.object({
  kind: z.enum(activityKinds),
  title: shortText(300),
  titleEn: optionalText(300),
  day: isoDate,
  startTime: clock.nullish(),
  endTime: clock.nullish(),
  place: optionalText(300),
});

export const EventBody = z
  .object({
    kind: z.enum(eventKinds),
    name: shortText(300),
    nameEn: optionalText(300),
    summary: optionalText(5000),
    summaryEn: optionalText(5000),
    startsOn: isoDate,
    endsOn: isoDate,
    venue: optionalText(300),
    provinceCode: z.string().trim().max(3).nullish(),
    organiserOrganisationIds: z.array(z.uuid()).max(10).default([]),
    organiserConnectionPointIds: z.array(z.uuid()).max(10).default([]),
    activities: z.array(EventActivityInput).max(50).default([]),
  })
  .refine((b) => b.endsOn >= b.startsOn, { path: ['endsOn'], params: { key: 'ends_before_start' } })
  .refine((b) => b.organiserOrganisationIds.length + b.organiserConnectionPointIds.length > 0, {
    path: ['organiserOrganisationIds'],
    params: { key: 'organiser_required' },
  })
  .meta({ id: 'EventBody' });
export type EventBody = z.infer<typeof EventBody>;

export const EventListQuery = PageQuery.extend({ when: z.enum(['coming', 'past', 'all']).default('all') });

const Organiser = z.object({ organisationId: z.string().nullable(), connectionPointId: z.string().nullable(), name: z.string() });

export const EventSummary = z
  .object({
    id: z.string(),
    kind: z.enum(eventKinds),
    name: z.string(),
    nameEn: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    venue: z.string().nullable(),
    provinceCode: z.string().nullable(),
    legacyProvinceCode: z.string().nullable(),
    organisers: z.array(Organiser),
  })
  .meta({ id: 'EventSummary' });

export const EventList = pageOf('EventList', EventSummary);

const Activity = EventActivityInput.extend({
  id: z.string(),
  titleEn: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string().nullable(),
});

export const Slot = z.object({ id: z.string(), position: z.number(), startsAt: z.string(), endsAt: z.string() });

export const Session = z
  .object({
    id: z.string(),
    title: z.string(),
    tables: z.number(),
    maxPendingOutgoing: z.number(),
    maxMeetingsPerPerson: z.number(),
    requestExpiryHours: z.number(),
    autoAccept: z.boolean(),
    publishedAt: z.string().nullable(),
    slots: z.array(Slot),
  })
  .meta({ id: 'EventSession' });

const Exhibit = z.object({ offerId: z.string(), title: z.string(), ownerName: z.string().nullable(), booth: z.string().nullable() });

export const MyRegistration = z
  .object({
    id: z.string(),
    role: z.enum(registrationRoles),
    status: z.enum(registrationStatuses),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    refusalReason: z.string().nullable(),
    booth: z.string().nullable(),
    exhibitOfferIds: z.array(z.string()),
    /** The events policy lets this registration show its organisation's offers at its stand. */
    canShowExhibits: z.boolean(),
  })
  .meta({ id: 'MyEventRegistration' });

export const EventDetail = EventSummary.extend({
  summary: z.string().nullable(),
  summaryEn: z.string().nullable(),
  timeZone: z.string(),
  activities: z.array(Activity),
  sessions: z.array(Session),
  exhibits: z.array(Exhibit),
  myRegistration: MyRegistration.nullable(),
  canManage: z.boolean(),
}).meta({ id: 'EventDetail' });

export const OrganiserOptions = z
  .object({
    organisations: z.array(z.object({ id: z.string(), name: z.string() })),
    connectionPoints: z.array(z.object({ id: z.string(), name: z.string() })),
    canCreate: z.boolean(),
  })
  .meta({ id: 'EventOrganiserOptions' });

export const RegistrationBody = z
  .object({
    role: z.enum(registrationRoles),
    organisationId: z.uuid().nullish(),
    note: optionalText(2000),
    wantsToMeet: optionalText(2000),
  })
  .meta({ id: 'EventRegistrationBody' });

export const DecisionBody = z
  .object({ decision: z.enum(['approve', 'refuse']), reason: optionalText(1000), booth: optionalText(50) })
  .refine((b) => b.decision === 'approve' || !!b.reason, { path: ['reason'], params: { key: 'reason_required' } })
  .meta({ id: 'EventRegistrationDecision' });

export const Registration = z
  .object({
    id: z.string(),
    role: z.enum(registrationRoles),
    status: z.enum(registrationStatuses),
    personName: z.string(),
    organisationName: z.string().nullable(),
    note: z.string().nullable(),
    wantsToMeet: z.string().nullable(),
    refusalReason: z.string().nullable(),
    booth: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'EventRegistration' });
export const RegistrationList = pageOf('EventRegistrationList', Registration);

export const ExhibitsBody = z.object({ offerIds: z.array(z.uuid()).max(50) }).meta({ id: 'EventExhibitsBody' });

export const SessionBody = z
  .object({
    title: shortText(300),
    tables: z.number().int().min(1).max(1000),
    slots: z
      .array(z.object({ startsAt: instant, endsAt: instant }))
      .min(1)
      .max(100),
    maxPendingOutgoing: z.number().int().min(1).max(100).default(10),
    maxMeetingsPerPerson: z.number().int().min(1).max(100).default(8),
    requestExpiryHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(72),
    autoAccept: z.boolean().default(false),
  })
  .meta({ id: 'EventSessionBody' });

export const Participant = z
  .object({
    registrationId: z.string(),
    role: z.enum(registrationRoles),
    personName: z.string(),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    wantsToMeet: z.string().nullable(),
    /** The matcher's best match between the caller's organisation and this participant's, as a reason to meet. */
    match: z.object({ score: z.number(), demandTitle: z.string(), offerTitle: z.string() }).nullable(),
  })
  .meta({ id: 'EventParticipant' });
export const ParticipantList = pageOf('EventParticipantList', Participant);
/** `q` finds a person or organisation by name (accents ignored); `side` keeps the seekers (`demand`) or the suppliers (`supply`). */
export const ParticipantListQuery = PageQuery.extend({ q: z.string().trim().max(200).optional(), side: z.enum(['demand', 'supply']).optional() }).meta({
  id: 'EventParticipantListQuery',
});
export type ParticipantListQuery = z.infer<typeof ParticipantListQuery>;

export const UnavailabilityBody = z.object({ slotIds: z.array(z.uuid()).max(100) }).meta({ id: 'EventUnavailabilityBody' });
export const Unavailability = z.object({ slotIds: z.array(z.string()) }).meta({ id: 'EventUnavailability' });

export const MeetingRequestBody = z
  .object({ toRegistrationId: z.uuid(), reason: shortText(500), priority: z.number().int().min(1).max(3).default(2) })
  .meta({ id: 'MeetingRequestBody' });

export const MeetingRequest = z
  .object({
    id: z.string(),
    direction: z.enum(['outgoing', 'incoming']),
    status: z.enum(requestStatuses),
    reason: z.string(),
    priority: z.number(),
    otherName: z.string(),
    otherOrganisation: z.string().nullable(),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'MeetingRequest' });
export const MeetingRequestList = pageOf('MeetingRequestList', MeetingRequest);

export const AnswerBody = z.object({ accept: z.boolean() }).meta({ id: 'MeetingRequestAnswer' });

export const ScheduleBody = z.object({ allowMovingConfirmed: z.boolean().default(false) }).meta({ id: 'ScheduleBody' });

export const SchedulePreview = z
  .object({
    accepted: z.number(),
    scheduled: z.number(),
    upperBound: z.number(),
    meanIdleSlots: z.number(),
    confirmedKept: z.number(),
    movedConfirmed: z.number(),
    byPriority: z.array(z.object({ priority: z.number(), requested: z.number(), placed: z.number() })),
    people: z.array(z.object({ name: z.string(), meetings: z.number(), idleSlots: z.number() })),
    unplaced: z.array(z.object({ requestId: z.string(), names: z.string(), reason: z.string() })),
    published: z.boolean(),
  })
  .meta({ id: 'SchedulePreview' });

export const AgendaItem = z
  .object({
    meetingId: z.string(),
    sessionTitle: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    table: z.number(),
    status: z.enum(meetingStatuses),
    otherName: z.string(),
    otherOrganisation: z.string().nullable(),
    reason: z.string(),
    /** The caller's answer about the meeting, once given; the other side's is not shown. */
    outcome: z.enum(meetingOutcomes).nullable(),
    /** What the table host marked on the day, as the caller reads it; null until marked. */
    attendance: z.enum(agendaAttendances).nullable(),
    /** A confirmed meeting whose slot has begun can be answered. */
    canAnswer: z.boolean(),
    connectionId: z.string().nullable(),
  })
  .meta({ id: 'AgendaItem' });
export const Agenda = z
  .object({
    eventName: z.string(),
    timeZone: z.string(),
    calendarUrl: z.string(),
    /** The code on the caller's badge (also in its QR). */
    badgeCode: z.string(),
    personName: z.string(),
    organisationName: z.string().nullable(),
    role: z.enum(registrationRoles),
    items: z.array(AgendaItem),
  })
  .meta({ id: 'Agenda' });

export const SessionSetupBody = z
  .object({
    tables: z.number().int().min(1).max(1000),
    /** Slots to take out of the session; one holding a meeting is refused, naming the meeting. */
    removeSlotIds: z.array(z.uuid()).max(100).default([]),
    /** Cancel (and tell the people of) confirmed meetings at tables that no longer exist; without it such a change is refused. */
    cancelAffected: z.boolean().default(false),
  })
  .meta({ id: 'EventSessionSetupBody' });
const AffectedMeeting = z.object({ meetingId: z.string(), startsAt: z.string(), table: z.number(), names: z.string() });
export const SessionSetupResult = z
  .object({ tables: z.number(), slots: z.number(), cancelled: z.array(AffectedMeeting) })
  .meta({ id: 'EventSessionSetupResult' });

export const WalkInBody = z.object({ email: z.email().max(320), role: z.enum(registrationRoles).default('visitor') }).meta({ id: 'EventWalkInBody' });

/** Organiser staff pair two participants on the spot; the platform seats them at a free table of the slot. */
export const WalkInMeetingBody = z
  .object({
    /** The slot; without it, the slot under way now. */
    slotId: z.uuid().optional(),
    fromRegistrationId: z.uuid(),
    toRegistrationId: z.uuid(),
    reason: optionalText(500),
  })
  .meta({ id: 'WalkInMeetingBody' });
export const WalkInMeetingResult = z
  .object({
    meetingId: z.string(),
    requestId: z.string(),
    slotId: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    table: z.number(),
    /** True when the meeting sits at the supplier's booth table or the table they usually hold. */
    supplierTable: z.boolean(),
  })
  .meta({ id: 'WalkInMeetingResult' });
/** Each slot of a published session not yet over, with its free tables and the people already meeting then. */
export const FreeTables = z
  .object({
    sessionId: z.string(),
    tables: z.number(),
    published: z.boolean(),
    slots: z.array(
      z.object({
        slotId: z.string(),
        startsAt: z.string(),
        endsAt: z.string(),
        /** The slot under way now. */
        current: z.boolean(),
        freeTables: z.array(z.number()),
        busyRegistrationIds: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'EventFreeTables' });

export const OutcomeBody = z.object({ outcome: z.enum(meetingOutcomes), note: optionalText(1000) }).meta({ id: 'MeetingOutcomeBody' });
export const OutcomeResult = z
  .object({
    meetingId: z.string(),
    outcome: z.enum(meetingOutcomes),
    /** The connection this answer opened or joined; null when none (or when a side has no organisation on the platform). */
    connectionId: z.string().nullable(),
    connectionStage: z.string().nullable(),
  })
  .meta({ id: 'MeetingOutcomeResult' });

export const CheckInBody = z
  .object({
    code: z.string().trim().min(1).max(64),
    /** When the phone scanned it (scans queued offline arrive later). */
    scannedAt: instant.optional(),
  })
  .meta({ id: 'EventCheckInBody' });
export const CheckInResult = z
  .object({
    registrationId: z.string(),
    personName: z.string(),
    organisationName: z.string().nullable(),
    role: z.enum(registrationRoles),
    /** True when this badge had already been scanned: the person is counted once. */
    already: z.boolean(),
    scannedAt: z.string(),
    checkedIn: z.number(),
  })
  .meta({ id: 'EventCheckInResult' });

export const Badge = z
  .object({
    registrationId: z.string(),
    code: z.string(),
    personName: z.string(),
    organisationName: z.string().nullable(),
    role: z.enum(registrationRoles),
    booth: z.string().nullable(),
  })
  .meta({ id: 'EventBadge' });
export const BadgeList = pageOf('EventBadgeList', Badge, { eventName: z.string() });

const countOf = z.object({ count: z.number(), valueVnd: z.number() });
export const EventDashboard = z
  .object({
    registrations: z.array(z.object({ role: z.enum(registrationRoles), status: z.enum(registrationStatuses), count: z.number() })),
    checkedIn: z.number(),
    booths: z.number(),
    technologiesShown: z.number(),
    /** New catalogue records entered at the event (with the event as their source) that still exist, whatever their status since. */
    collected: z.object({ offers: z.number(), demands: z.number() }),
    meetings: z.object({
      /** Every meeting request made in the event's sessions, whatever became of it. */
      requested: z.number(),
      /** Requests the other side accepted (or auto-accepted). */
      accepted: z.number(),
      /** Meetings in a published schedule, not cancelled. */
      scheduled: z.number(),
      /** Scheduled meetings the table host marked held; unmarked, those at least one side says took place. */
      held: z.number(),
      /** Scheduled meetings the table host marked with a side absent; unmarked, those a side says did not take place and nobody says did. */
      notHeld: z.number(),
      /** Scheduled meetings nobody has marked or answered about yet. */
      unanswered: z.number(),
      /** Scheduled meetings a table host marked with a side absent (counted in notHeld too). */
      noShow: z.number(),
    }),
    /** Answers given, one per side of a meeting. */
    outcomes: z.array(z.object({ outcome: z.enum(meetingOutcomes), count: z.number() })),
    /** Connections in the pipeline linked to the event, and how far they are. */
    connections: z.object({ opened: z.number(), byStage: z.array(z.object({ stage: z.string(), count: z.number() })) }),
    /** Agreements linked to the event (signed at it or from a connection it opened). */
    mous: countOf,
    contracts: countOf,
  })
  .meta({ id: 'EventDashboard' });

export const AttendanceBody = z
  .object({
    /** Null takes a mistaken mark back. */
    attendance: z.enum(meetingAttendances).nullable(),
  })
  .meta({ id: 'MeetingAttendanceBody' });
export const AttendanceResult = z
  .object({ meetingId: z.string(), attendance: z.enum(meetingAttendances).nullable(), markedAt: z.string().nullable() })
  .meta({ id: 'MeetingAttendanceResult' });

export const TableSheetQuery = z.object({ table: z.coerce.number().int().min(1).max(1000) }).meta({ id: 'EventTableSheetQuery' });
const SheetPerson = z.object({ name: z.string(), organisation: z.string().nullable() });
export const TableSheet = z
  .object({
    sessionId: z.string(),
    sessionTitle: z.string(),
    timeZone: z.string(),
    tables: z.number(),
    table: z.number(),
    items: z.array(
      z.object({
        meetingId: z.string(),
        startsAt: z.string(),
        endsAt: z.string(),
        /** The side that asked for the meeting, and the side that was asked. */
        from: SheetPerson,
        to: SheetPerson,
        attendance: z.enum(meetingAttendances).nullable(),
        /** A meeting can be marked once its slot has begun. */
        canMark: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'EventTableSheet' });

export type RegistrationBody = z.infer<typeof RegistrationBody>;
export type DecisionBody = z.infer<typeof DecisionBody>;
export type ExhibitsBody = z.infer<typeof ExhibitsBody>;
export type SessionBody = z.infer<typeof SessionBody>;
export type UnavailabilityBody = z.infer<typeof UnavailabilityBody>;
export type MeetingRequestBody = z.infer<typeof MeetingRequestBody>;
export type AnswerBody = z.infer<typeof AnswerBody>;
export type OutcomeBody = z.infer<typeof OutcomeBody>;
export type WalkInBody = z.infer<typeof WalkInBody>;
export type WalkInMeetingBody = z.infer<typeof WalkInMeetingBody>;
export type SessionSetupBody = z.infer<typeof SessionSetupBody>;
export type CheckInBody = z.infer<typeof CheckInBody>;
export type AttendanceBody = z.infer<typeof AttendanceBody>;
