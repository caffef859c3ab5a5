/** Coded values of events; the web labels each in Vietnamese and English. */
export const eventKinds = ['techmart', 'techdemo', 'techconnect', 'workshop', 'forum'] as const;
export type EventKind = (typeof eventKinds)[number];

export const activityKinds = ['exhibition', 'demonstration', 'forum', 'b2b', 'mou-signing'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const registrationRoles = ['visitor', 'exhibitor', 'seeker', 'supplier'] as const;
export type RegistrationRole = (typeof registrationRoles)[number];

export const registrationStatuses = ['pending', 'approved', 'refused'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const requestStatuses = ['pending', 'accepted', 'declined', 'cancelled', 'expired'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const meetingStatuses = ['confirmed', 'cancelled'] as const;

/** Seekers and visitors sit on the demand side of a B2B meeting, suppliers and exhibitors on the supply side. */
export function sideOfRole(role: RegistrationRole): 'demand' | 'supply' {
  return role === 'seeker' || role === 'visitor' ? 'demand' : 'supply';
}

/** A booth written as a plain table number ("7") is that supplier's table (1…tables) in every session with that many tables; null otherwise. */
export function boothTableNumber(booth: string | null, tables: number): number | null {
  const n = booth && /^\d{1,4}$/.test(booth.trim()) ? Number(booth.trim()) : NaN;
  return n >= 1 && n <= tables ? n : null;
}

/** Slots of a B2B session laid out from a first start, a length, a break and a count (the form's helper). */
export function layOutSlots(firstStart: Date, count: number, minutes: number, breakMinutes: number): Array<{ startsAt: string; endsAt: string }> {
  const slots: Array<{ startsAt: string; endsAt: string }> = [];
  let start = firstStart.getTime();
  for (let i = 0; i < count; i++) {
    const end = start + minutes * 60_000;
    slots.push({ startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() });
    start = end + breakMinutes * 60_000;
  }
  return slots;
}

/** What one side says came of a B2B meeting; only "cooperation possible" opens a connection. */
export const meetingOutcomes = ['not-held', 'no-interest', 'no-cooperation', 'cooperation-possible'] as const;
export type MeetingOutcome = (typeof meetingOutcomes)[number];

/**
 * The code printed (and held in the QR) on a participant's badge: the first 10 hex digits of the
 * registration's id, upper case, short enough to type when a camera fails.
 */
export function badgeCodeOf(registrationId: string): string {
  return registrationId.replace(/-/g, '').slice(0, 10).toUpperCase();
}

/** A typed or scanned badge code as stored (hex digits only, upper case), or null when it cannot be one. */
export function normaliseBadgeCode(input: string): string | null {
  const code = input.trim().toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-F]{10}$/.test(code) ? code : null;
}

/** What a table host marks on the day: the meeting took place, or who did not come ("from" asked for it, "to" was asked). */
export const meetingAttendances = ['held', 'from-absent', 'to-absent', 'both-absent'] as const;
export type MeetingAttendance = (typeof meetingAttendances)[number];

/** A meeting marked with a side absent did not take place: its table and whoever did come are free for the rest of its slot. */
export function freesTable(mark: string | null): boolean {
  return mark !== null && mark !== 'held';
}

/** The table host's mark as one side of the meeting reads it in its agenda. */
export const agendaAttendances = ['held', 'you-absent', 'partner-absent', 'both-absent'] as const;
export type AgendaAttendance = (typeof agendaAttendances)[number];

/** The host's mark seen from one side: "from" asked for the meeting, "to" was asked. */
export function attendanceSeenBy(mark: MeetingAttendance | null, side: 'from' | 'to'): AgendaAttendance | null {
  if (mark === null || mark === 'held' || mark === 'both-absent') return mark;
  return mark === `${side}-absent` ? 'you-absent' : 'partner-absent';
}
