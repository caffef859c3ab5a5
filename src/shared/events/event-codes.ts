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
