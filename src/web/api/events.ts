import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type {
  Agenda,
  BadgeList,
  CheckInResult,
  EventBody,
  EventDashboard,
  OutcomeResult,
  EventDetail,
  EventList,
  MeetingRequestList,
  OrganiserOptions,
  ParticipantList,
  RegistrationBody,
  RegistrationList,
  SchedulePreview,
  SessionBody,
  SessionSetupResult,
  TableSheet,
  AttendanceResult,
  Unavailability,
  FreeTables,
  WalkInMeetingResult,
} from '../../shared/events/events.schemas.js';
import { PAGE_SIZE_MAX } from '../../shared/limits.js';
import { api, apiGet, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type EventDetailData = z.infer<typeof EventDetail>;
export type EventSummaryData = z.infer<typeof EventList>['items'][number];
export type EventInput = z.input<typeof EventBody>;
export type SessionData = EventDetailData['sessions'][number];
export type RegistrationData = z.infer<typeof RegistrationList>['items'][number];
export type MeetingRequestData = z.infer<typeof MeetingRequestList>['items'][number];
export type SchedulePreviewData = z.infer<typeof SchedulePreview>;
export type AgendaData = z.infer<typeof Agenda>;
export type EventDashboardData = z.infer<typeof EventDashboard>;
export type CheckInResultData = z.infer<typeof CheckInResult>;
type Created = { id: string };

export const eventKeys = {
  all: ['events'] as const,
  list: (when: string) => ['events', 'list', when] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
};

/** Events coming or past, a page at a time ("Xem thêm"), with the real total. */
export function useEvents(when: 'coming' | 'past') {
  return useCursorList<z.infer<typeof EventList>['items'][number]>(eventKeys.list(when), '/api/events', { when });
}

export function useEvent(id: string, enabled = true) {
  return useQuery({ queryKey: eventKeys.detail(id), queryFn: () => apiGet<EventDetailData>(`/api/events/${id}`), enabled });
}

export function useOrganiserOptions(enabled = true) {
  return useQuery({
    queryKey: ['events', 'organiser-options'],
    queryFn: () => apiGet<z.infer<typeof OrganiserOptions>>('/api/events/organiser-options'),
    enabled,
  });
}

/** Every event write refreshes the events' cached answers. */
function useEventWrite<TBody, TAnswer = Created>(write: (body: TBody) => Promise<TAnswer>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: eventKeys.all }) });
}

export const useSaveEvent = (id?: string) =>
  useEventWrite((body: EventInput) => (id ? api<Created>('PUT', `/api/events/${id}`, body) : apiPost<Created>('/api/events', body)));

export const useRegister = (eventId: string) =>
  useEventWrite((body: z.input<typeof RegistrationBody>) => apiPost<Created>(`/api/events/${eventId}/registrations`, body));

/** An event's registrations for its organisers, a page at a time, with the real total. */
export function useRegistrations(eventId: string) {
  return useCursorList<z.infer<typeof RegistrationList>['items'][number]>(['events', 'registrations', eventId], `/api/events/${eventId}/registrations`);
}

export const useDecide = (eventId: string) =>
  useEventWrite(({ registrationId, ...body }: { registrationId: string; decision: 'approve' | 'refuse'; reason?: string; booth?: string }) =>
    apiPost<Created>(`/api/events/${eventId}/registrations/${registrationId}/decision`, body),
  );

export const useSetExhibits = (eventId: string) =>
  useEventWrite((offerIds: string[]) => api<{ offerIds: string[] }>('PUT', `/api/events/${eventId}/exhibits`, { offerIds }));

export const useCreateSession = (eventId: string) =>
  useEventWrite((body: z.input<typeof SessionBody>) => apiPost<Created>(`/api/events/${eventId}/sessions`, body));

export type ParticipantData = z.infer<typeof ParticipantList>['items'][number];

/** An event's approved participants, best match with the caller first, a page at a time; `q` and `side` narrow it. */
export function useParticipants(eventId: string, enabled: boolean, filters: { q?: string; side?: 'demand' | 'supply' } = {}) {
  return useCursorList<ParticipantData>(['events', 'participants', eventId], `/api/events/${eventId}/participants`, filters, enabled);
}

/** The caller's requests in a session, a page at a time. */
export function useMyRequests(sessionId: string, enabled: boolean) {
  return useCursorList<MeetingRequestData>(['events', 'requests', sessionId], `/api/event-sessions/${sessionId}/requests`, {}, enabled);
}

export function useUnavailability(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['events', 'unavailability', sessionId],
    queryFn: () => apiGet<z.infer<typeof Unavailability>>(`/api/event-sessions/${sessionId}/unavailability`),
    enabled,
  });
}

export const useSetUnavailability = (sessionId: string) =>
  useEventWrite((slotIds: string[]) => api<z.infer<typeof Unavailability>>('PUT', `/api/event-sessions/${sessionId}/unavailability`, { slotIds }));

export const useRequestMeeting = (sessionId: string) =>
  useEventWrite((body: { toRegistrationId: string; reason: string }) =>
    apiPost<{ id: string; status: string }>(`/api/event-sessions/${sessionId}/requests`, body),
  );

export const useAnswerRequest = () =>
  useEventWrite(({ id, accept }: { id: string; accept: boolean }) => apiPost<{ id: string; status: string }>(`/api/meeting-requests/${id}/answer`, { accept }));

export const useCancelRequest = () => useEventWrite((id: string) => apiPost<{ id: string; status: string }>(`/api/meeting-requests/${id}/cancel`));

export const useRunSchedule = (sessionId: string) =>
  useEventWrite(({ publish, allowMovingConfirmed }: { publish: boolean; allowMovingConfirmed: boolean }) =>
    apiPost<SchedulePreviewData>(`/api/event-sessions/${sessionId}/schedule/${publish ? 'publish' : 'preview'}`, { allowMovingConfirmed }),
  );

export function useAgenda(eventId: string) {
  return useQuery({ queryKey: ['events', 'agenda', eventId], queryFn: () => apiGet<AgendaData>(`/api/events/${eventId}/agenda`) });
}

export const useRecordOutcome = () =>
  useEventWrite(({ meetingId, ...body }: { meetingId: string; outcome: string; note?: string }) =>
    apiPost<z.infer<typeof OutcomeResult>>(`/api/event-meetings/${meetingId}/outcome`, body),
  );

export function useEventDashboard(eventId: string) {
  return useQuery({
    queryKey: ['events', 'dashboard', eventId],
    queryFn: () => apiGet<EventDashboardData>(`/api/events/${eventId}/dashboard`),
    refetchInterval: 30_000,
  });
}

type BadgePage = z.infer<typeof BadgeList>;

/**
 * Every badge of an event, for printing the whole sheet: the pages are fetched one after another
 * (the list still pages like any other), and `progress` says how many of how many have arrived.
 */
export function useAllBadges(eventId: string) {
  const [progress, setProgress] = useState({ loaded: 0, total: 0 });
  const query = useQuery({
    queryKey: ['events', 'badges', eventId],
    queryFn: async () => {
      let page = await apiGet<BadgePage>(`/api/events/${eventId}/badges`, { limit: PAGE_SIZE_MAX });
      const items = [...page.items];
      setProgress({ loaded: items.length, total: page.total });
      while (page.nextCursor) {
        page = await apiGet<BadgePage>(`/api/events/${eventId}/badges`, { limit: PAGE_SIZE_MAX, cursor: page.nextCursor });
        items.push(...page.items);
        setProgress({ loaded: items.length, total: page.total });
      }
      return { eventName: page.eventName, total: page.total, items };
    },
  });
  return { ...query, progress };
}

/** One scan sent to the server (the check-in page queues scans and sends them with this). */
export const sendCheckIn = (eventId: string, scan: { code: string; scannedAt: string }) => apiPost<CheckInResultData>(`/api/events/${eventId}/check-ins`, scan);

export const useChangeSessionSetup = (sessionId: string) =>
  useEventWrite((body: { tables: number; removeSlotIds: string[]; cancelAffected: boolean }) =>
    api<z.infer<typeof SessionSetupResult>>('PUT', `/api/event-sessions/${sessionId}/setup`, body),
  );

export const useWalkIn = (eventId: string) =>
  useEventWrite((body: { email: string; role: string }) => apiPost<CheckInResultData>(`/api/events/${eventId}/walk-ins`, body));

export type TableSheetData = z.infer<typeof TableSheet>;

/** A table host's sheet of one table; refreshed every 30 seconds, like the dashboard. */
export function useTableSheet(sessionId: string, table: number) {
  return useQuery({
    queryKey: ['events', 'table-sheet', sessionId, table],
    queryFn: () => apiGet<TableSheetData>(`/api/event-sessions/${sessionId}/table-sheet?table=${table}`),
    enabled: !!sessionId && table > 0,
    refetchInterval: 30_000,
  });
}

export const useMarkAttendance = () =>
  useEventWrite(({ meetingId, attendance }: { meetingId: string; attendance: string | null }) =>
    api<z.infer<typeof AttendanceResult>>('PUT', `/api/event-meetings/${meetingId}/attendance`, { attendance }),
  );

export type FreeTablesData = z.infer<typeof FreeTables>;

/** The slots of a session not yet over with their free tables, for the B2B desk; refreshed every 30 seconds. */
export function useFreeTables(sessionId: string) {
  return useQuery({
    queryKey: ['events', 'free-tables', sessionId],
    queryFn: () => apiGet<FreeTablesData>(`/api/event-sessions/${sessionId}/free-tables`),
    enabled: !!sessionId,
    refetchInterval: 30_000,
  });
}

export const useWalkInMeeting = (sessionId: string) =>
  useEventWrite((body: { slotId: string; fromRegistrationId: string; toRegistrationId: string; reason?: string }) =>
    apiPost<z.infer<typeof WalkInMeetingResult>>(`/api/event-sessions/${sessionId}/walk-in-meetings`, body),
  );
