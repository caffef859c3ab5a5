import type { ScheduleId, ScheduleInstance, ScheduledMeeting } from './types.js';

type ViolationRule =
  | 'unknown-request'
  | 'request-twice'
  | 'slot-out-of-range'
  | 'table-out-of-range'
  | 'person-double-booked'
  | 'person-unavailable'
  | 'over-max-meetings'
  | 'table-double-booked'
  | 'booth-not-used'
  | 'booth-taken'
  | 'pinned-moved';

/** One broken rule; `request` names the meeting at fault when there is one. */
export type ScheduleViolation = { rule: ViolationRule; message: string; request?: ScheduleId };

const quote = (id: ScheduleId) => JSON.stringify(id);

/**
 * Every rule a schedule breaks for an instance (an empty list: the schedule is valid). Written
 * apart from the scheduler, on the instance's own ids, so that it checks the scheduler rather than repeating it.
 */
export function validateSchedule(instance: ScheduleInstance, meetings: readonly ScheduledMeeting[]): ScheduleViolation[] {
  const violations: ScheduleViolation[] = [];
  const add = (rule: ViolationRule, message: string, request?: ScheduleId) =>
    violations.push(request === undefined ? { rule, message } : { rule, message, request });
  const people = new Map(instance.participants.map((p) => [String(p.id), p]));
  const requests = new Map(instance.requests.map((r) => [String(r.id), r]));
  const boothOwner = new Map(instance.participants.filter((p) => p.table !== undefined).map((p) => [p.table as number, p]));
  const used = new Set<string>();
  const personAt = new Map<string, ScheduleId>(); // person + slot → request
  const tableAt = new Map<string, ScheduleId>(); // table + slot → request
  const count = new Map<string, number>();

  for (const meeting of meetings) {
    const { request: id, slot, table } = meeting;
    const request = requests.get(String(id));
    if (!request) {
      add('unknown-request', `meeting of unknown request ${quote(id)}`, id);
      continue;
    }
    if (used.has(String(id))) add('request-twice', `request ${quote(id)} has more than one meeting`, id);
    used.add(String(id));
    if (!Number.isInteger(slot) || slot < 0 || slot >= instance.slots)
      add('slot-out-of-range', `request ${quote(id)}: slot ${slot} is not from 0 to ${instance.slots - 1}`, id);
    if (!Number.isInteger(table) || table < 0 || table >= instance.tables)
      add('table-out-of-range', `request ${quote(id)}: table ${table} is not from 0 to ${instance.tables - 1}`, id);

    const tableKey = `${table}@${slot}`;
    const other = tableAt.get(tableKey);
    if (other !== undefined) add('table-double-booked', `table ${table} holds requests ${quote(other)} and ${quote(id)} in slot ${slot}`, id);
    tableAt.set(tableKey, id);
    const owner = boothOwner.get(table);
    if (owner && String(owner.id) !== String(request.b)) add('booth-taken', `request ${quote(id)} uses booth ${table} of ${quote(owner.id)}`, id);
    const supplier = people.get(String(request.b));
    if (supplier?.table !== undefined && supplier.table !== table)
      add('booth-not-used', `request ${quote(id)} is not at booth ${supplier.table} of ${quote(supplier.id)}`, id);

    for (const personId of [request.a, request.b]) {
      const person = people.get(String(personId));
      if (!person) continue;
      const key = `${String(personId)}@${slot}`;
      const clash = personAt.get(key);
      if (clash !== undefined) add('person-double-booked', `${quote(personId)} has requests ${quote(clash)} and ${quote(id)} in slot ${slot}`, id);
      personAt.set(key, id);
      if (person.unavailable.includes(slot)) add('person-unavailable', `${quote(personId)} is unavailable in slot ${slot} (request ${quote(id)})`, id);
      const meetingsOf = (count.get(String(personId)) ?? 0) + 1;
      count.set(String(personId), meetingsOf);
      if (meetingsOf === person.maxMeetings + 1) add('over-max-meetings', `${quote(personId)} has more than maxMeetings ${person.maxMeetings} meetings`, id);
    }
  }

  if (!instance.options?.allowMovingPinned) {
    const placed = new Map(meetings.map((m) => [String(m.request), m]));
    for (const pin of instance.pinned ?? []) {
      const now = placed.get(String(pin.request));
      if (!now || now.slot !== pin.slot || now.table !== pin.table) {
        add('pinned-moved', `pinned meeting of request ${quote(pin.request)} is no longer at slot ${pin.slot}, table ${pin.table}`, pin.request);
      }
    }
  }
  return violations;
}
