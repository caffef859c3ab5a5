import type {
  ParticipantSide,
  RequestPriority,
  ScheduleId,
  ScheduleInstance,
  ScheduleOptions,
  ScheduleParticipant,
  ScheduleRequest,
  ScheduledMeeting,
} from './types.js';
import { validateSchedule } from './validate-schedule.js';

/** A problem with one field of an instance, e.g. `participants[3].side: must be "demand" or "supply"`. */
export type InstanceError = { field: string; message: string };
export type ParsedInstance = { ok: true; instance: ScheduleInstance } | { ok: false; errors: InstanceError[] };

const MAX_SLOTS = 1000;
const MAX_TABLES = 100_000;
const MAX_ERRORS = 50;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown, below: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < below;
const isId = (value: unknown): value is ScheduleId => (typeof value === 'string' && value.trim() !== '') || Number.isInteger(value);
const quote = (id: ScheduleId) => JSON.stringify(id);

/** `field: message`, the way the command line and the API print an instance error. */
export const describeInstanceError = (error: InstanceError) => (error.field ? `${error.field}: ${error.message}` : error.message);

/** Parses the text of an instance file; text that is not JSON is one error naming the position. */
export function parseInstanceText(text: string): ParsedInstance {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ field: '', message: `not JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  return parseInstance(input);
}

/** Checks every field of an instance (and that pinned meetings form a valid schedule) and returns it typed, or every error found. */
export function parseInstance(input: unknown): ParsedInstance {
  const errors: InstanceError[] = [];
  const fail = (field: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ field, message });
  };
  if (!isObject(input)) return { ok: false, errors: [{ field: '', message: 'must be a JSON object with slots, tables, participants and requests' }] };
  const slots = input.slots;
  const tables = input.tables;
  if (!Number.isInteger(slots) || (slots as number) < 1 || (slots as number) > MAX_SLOTS) fail('slots', `must be an integer from 1 to ${MAX_SLOTS}`);
  if (!Number.isInteger(tables) || (tables as number) < 1 || (tables as number) > MAX_TABLES) fail('tables', `must be an integer from 1 to ${MAX_TABLES}`);
  if (errors.length) return { ok: false, errors };
  const S = slots as number;
  const T = tables as number;

  const { participants, sides } = parseParticipants(input.participants, S, T, fail);
  const requests = parseRequests(input.requests, sides, fail);
  const options = parseOptions(input.options, fail);
  const pinned = parsePinned(input.pinned, new Set(requests.map((r) => String(r.id))), S, T, fail);
  if (errors.length) return { ok: false, errors };

  const instance: ScheduleInstance = { slots: S, tables: T, participants, requests };
  if (pinned) instance.pinned = pinned;
  if (options) instance.options = options;
  // Confirmed meetings that break a rule cannot stay where they are: the organiser must release them first.
  if (pinned && !options?.allowMovingPinned) {
    const indexOf = new Map(pinned.map((m, i) => [String(m.request), i]));
    for (const violation of validateSchedule(instance, pinned)) {
      fail(violation.request === undefined ? 'pinned' : `pinned[${indexOf.get(String(violation.request))}]`, violation.message);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, instance };
}

type Fail = (field: string, message: string) => void;

/** Checks for one item: each failed check records `field.name: message`; `passed` tells whether all held. */
function fieldChecker(field: string, fail: Fail) {
  let ok = true;
  const check = (good: boolean, name: string, message: string) => {
    if (!good) fail(name ? `${field}.${name}` : field, message);
    ok &&= good;
  };
  return { check, passed: () => ok };
}

function arrayOf(value: unknown, field: string, fail: Fail): unknown[] {
  if (Array.isArray(value)) return value;
  fail(field, 'must be an array');
  return [];
}

/** The valid participants, and the side of every participant id seen (null when its side is not valid), so that requests name only real faults. */
function parseParticipants(value: unknown, S: number, T: number, fail: Fail) {
  const seen = new Map<string, number>();
  const sides = new Map<string, ParticipantSide | null>();
  const booths = new Map<number, number>();
  const participants: ScheduleParticipant[] = [];
  arrayOf(value, 'participants', fail).forEach((item, i) => {
    const field = `participants[${i}]`;
    if (!isObject(item)) return fail(field, 'must be an object');
    const { id, side, unavailable = [], maxMeetings, table } = item;
    const { check, passed } = fieldChecker(field, fail);
    check(isId(id), 'id', 'must be a non-empty string or an integer');
    if (isId(id) && seen.has(String(id))) check(false, 'id', `duplicate id ${quote(id)} (also participants[${seen.get(String(id))}])`);
    check(side === 'demand' || side === 'supply', 'side', 'must be "demand" or "supply"');
    check(Number.isInteger(maxMeetings) && (maxMeetings as number) >= 0, 'maxMeetings', 'must be an integer ≥ 0');
    if (!Array.isArray(unavailable)) check(false, 'unavailable', 'must be an array of slot numbers');
    else unavailable.forEach((slot, k) => check(isIndex(slot, S), `unavailable[${k}]`, `must be a slot number from 0 to ${S - 1}`));
    if (table !== undefined && table !== null) {
      check(isIndex(table, T), 'table', `must be a table number from 0 to ${T - 1}`);
      check(side !== 'demand', 'table', 'only a supply-side participant has a booth');
      if (isIndex(table, T) && booths.has(table)) check(false, 'table', `booth ${table} already belongs to participants[${booths.get(table)}]`);
      if (isIndex(table, T) && !booths.has(table)) booths.set(table, i);
    }
    if (isId(id) && !seen.has(String(id))) {
      seen.set(String(id), i);
      sides.set(String(id), side === 'demand' || side === 'supply' ? side : null);
    }
    if (!passed()) return;
    const participant: ScheduleParticipant = {
      id: id as ScheduleId,
      side: side as ParticipantSide,
      unavailable: [...new Set(unavailable as number[])].sort((x, y) => x - y),
      maxMeetings: maxMeetings as number,
    };
    if (typeof table === 'number') participant.table = table;
    participants.push(participant);
  });
  return { participants, sides };
}

function parseRequests(value: unknown, sides: Map<string, ParticipantSide | null>, fail: Fail): ScheduleRequest[] {
  const seen = new Map<string, number>();
  const requests: ScheduleRequest[] = [];
  arrayOf(value, 'requests', fail).forEach((item, i) => {
    const field = `requests[${i}]`;
    if (!isObject(item)) return fail(field, 'must be an object');
    const { id, a, b, priority } = item;
    const { check, passed } = fieldChecker(field, fail);
    check(isId(id), 'id', 'must be a non-empty string or an integer');
    if (isId(id) && seen.has(String(id))) check(false, 'id', `duplicate id ${quote(id)} (also requests[${seen.get(String(id))}])`);
    for (const [name, person, side] of [
      ['a', a, 'demand'],
      ['b', b, 'supply'],
    ] as const) {
      if (!isId(person)) check(false, name, 'must be a participant id');
      else if (!sides.has(String(person))) check(false, name, `unknown participant ${quote(person)}`);
      // A participant whose side is wrong has its own error already.
      else if (sides.get(String(person)) !== null)
        check(sides.get(String(person)) === side, name, `${quote(person)} is on the ${sides.get(String(person))} side; ${name} must be on the ${side} side`);
    }
    if (isId(a) && isId(b) && String(a) === String(b)) check(false, '', 'a and b are the same person');
    check(priority === 1 || priority === 2 || priority === 3, 'priority', 'must be 1, 2 or 3 (1 is the highest)');
    if (isId(id) && !seen.has(String(id))) seen.set(String(id), i);
    if (passed()) requests.push({ id: id as ScheduleId, a: a as ScheduleId, b: b as ScheduleId, priority: priority as RequestPriority });
  });
  return requests;
}

function parsePinned(value: unknown, requestIds: Set<string>, S: number, T: number, fail: Fail): ScheduledMeeting[] | undefined {
  if (value === undefined || value === null) return undefined;
  const seen = new Set<string>();
  const pinned: ScheduledMeeting[] = [];
  arrayOf(value, 'pinned', fail).forEach((item, i) => {
    const field = `pinned[${i}]`;
    if (!isObject(item)) return fail(field, 'must be an object');
    const { request, slot, table } = item;
    const { check, passed } = fieldChecker(field, fail);
    check(isId(request) && requestIds.has(String(request)), 'request', `unknown request ${isId(request) ? quote(request) : ''}`.trim());
    if (isId(request) && seen.has(String(request))) check(false, 'request', `request ${quote(request)} is pinned twice`);
    check(isIndex(slot, S), 'slot', `must be a slot number from 0 to ${S - 1}`);
    check(isIndex(table, T), 'table', `must be a table number from 0 to ${T - 1}`);
    if (!passed()) return;
    seen.add(String(request));
    pinned.push({ request: request as ScheduleId, slot: slot as number, table: table as number });
  });
  return pinned;
}

function parseOptions(value: unknown, fail: Fail): ScheduleOptions | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return void fail('options', 'must be an object');
  const options: ScheduleOptions = {};
  if (value.allowMovingPinned !== undefined) {
    if (typeof value.allowMovingPinned === 'boolean') options.allowMovingPinned = value.allowMovingPinned;
    else fail('options.allowMovingPinned', 'must be true or false');
  }
  if (value.seed !== undefined) {
    if (Number.isSafeInteger(value.seed)) options.seed = value.seed as number;
    else fail('options.seed', 'must be an integer');
  }
  return options;
}
