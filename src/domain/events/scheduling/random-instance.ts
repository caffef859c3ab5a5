import { seededRandom } from './random.js';
import type { RequestPriority, ScheduleInstance, ScheduleParticipant, ScheduleRequest } from './types.js';

/** The shape of a generated session, for tests and benchmarks. */
export type RandomInstanceSpec = {
  seed: number;
  slots: number;
  tables: number;
  demand: number;
  supply: number;
  requests: number;
  /** Each person is unavailable for a random number of slots in this range. */
  unavailable: [number, number];
  maxMeetings: [number, number];
  /** How much more often popular suppliers are asked: the k-th most popular is chosen with weight 1 / k^zipf (0: all alike). */
  zipf: number;
  /** Shares of priorities 1, 2 and 3 among the requests. */
  priorityShares: [number, number, number];
  /** How many suppliers have a booth (tables 0, 1, … in order). */
  booths?: number;
};

/** A random session: demand-side people ask suppliers (Zipf-popular ones more), each pair at most once when it can be helped. */
export function randomInstance(spec: RandomInstanceSpec): ScheduleInstance {
  const random = seededRandom(spec.seed);
  const between = ([low, high]: [number, number]) => low + random.int(high - low + 1);
  const person = (id: string, side: ScheduleParticipant['side']): ScheduleParticipant => {
    const unavailable = new Set<number>();
    const count = Math.min(spec.slots, between(spec.unavailable));
    while (unavailable.size < count) unavailable.add(random.int(spec.slots));
    return { id, side, unavailable: [...unavailable].sort((x, y) => x - y), maxMeetings: between(spec.maxMeetings) };
  };
  const participants = [
    ...Array.from({ length: spec.demand }, (_, i) => person(`d${i}`, 'demand')),
    ...Array.from({ length: spec.supply }, (_, i) => person(`s${i}`, 'supply')),
  ];
  for (let i = 0; i < Math.min(spec.booths ?? 0, spec.supply, spec.tables); i++) participants[spec.demand + i].table = i;

  const cumulative: number[] = [];
  for (let k = 0, total = 0; k < spec.supply; k++) cumulative.push((total += 1 / (k + 1) ** spec.zipf));
  const supplier = () => {
    const x = random.next() * cumulative[cumulative.length - 1];
    let low = 0;
    for (let high = cumulative.length - 1; low < high;) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < x) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const [p1, p2] = spec.priorityShares;
  const priority = (): RequestPriority => {
    const x = random.next() * (spec.priorityShares[0] + spec.priorityShares[1] + spec.priorityShares[2]);
    return x < p1 ? 1 : x < p1 + p2 ? 2 : 3;
  };
  const pairs = new Set<string>();
  const requests: ScheduleRequest[] = [];
  for (let i = 0; i < spec.requests && spec.demand > 0 && spec.supply > 0; i++) {
    let a = 0;
    let b = 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      a = random.int(spec.demand);
      b = supplier();
      if (!pairs.has(`${a}-${b}`)) break;
    }
    pairs.add(`${a}-${b}`);
    requests.push({ id: `r${i}`, a: `d${a}`, b: `s${b}`, priority: priority() });
  }
  return { slots: spec.slots, tables: spec.tables, participants, requests };
}
