/**
 * The 1:1 meeting scheduler's contract: a B2B session of `slots` × `tables`, who takes part, the
 * accepted meeting requests, and the schedule it returns. Priority 1 is the highest, 3 the lowest.
 */
export type ScheduleId = string | number;
export type ParticipantSide = 'demand' | 'supply';
export type RequestPriority = 1 | 2 | 3;
export const requestPriorities: readonly RequestPriority[] = [1, 2, 3];

export type ScheduleParticipant = {
  id: ScheduleId;
  side: ParticipantSide;
  /** Slot numbers (0-based) in which the person cannot meet. */
  unavailable: number[];
  maxMeetings: number;
  /** A supplier's own booth: every meeting of theirs takes place at this table, and nobody else's does. */
  table?: number;
};

/** `a` is on the demand side, `b` on the supply side. */
export type ScheduleRequest = { id: ScheduleId; a: ScheduleId; b: ScheduleId; priority: RequestPriority };

export type ScheduledMeeting = { request: ScheduleId; slot: number; table: number };

export type ScheduleOptions = {
  /** Confirmed (pinned) meetings may change slot and table to make room for more; one is dropped only if it fits nowhere. */
  allowMovingPinned?: boolean;
  /** Seed of the tie-breaking randomness; the same instance and seed give the same schedule. */
  seed?: number;
};

export type ScheduleInstance = {
  slots: number;
  tables: number;
  participants: ScheduleParticipant[];
  requests: ScheduleRequest[];
  /** Confirmed meetings from an earlier run: they stay exactly where they are unless `options.allowMovingPinned`. */
  pinned?: ScheduledMeeting[];
  options?: ScheduleOptions;
};

/** Why an accepted request got no meeting, as the organiser's preview shows it. */
export type UnplacedReason =
  | 'no-common-slot' // the two people are never available at the same time
  | 'demand-at-max' // the demand side already has maxMeetings meetings
  | 'supply-at-max' // the supply side already has maxMeetings meetings
  | 'no-common-free-slot' // each slot both could use is taken by another meeting of one of them
  | 'tables-full'; // both are free in some slot, but every table of it is taken

type SchedulePreview = {
  byPriority: Array<{ priority: RequestPriority; requested: number; placed: number }>;
  /** Everyone with at least one meeting: their meetings and the empty slots between their first and last. */
  people: Array<{ participant: ScheduleId; meetings: number; idleSlots: number }>;
  unplaced: Array<{ request: ScheduleId; reason: UnplacedReason }>;
  /** Pinned meetings that changed slot or table (only ever with `allowMovingPinned`; one that fits nowhere is among `unplaced`). */
  movedPinned: ScheduleId[];
};

export type ScheduleResult = {
  meetings: ScheduledMeeting[];
  scheduled: number;
  upperBound: number;
  meanIdleSlots: number;
  preview: SchedulePreview;
};
