import { describe, expect, it } from 'vitest';
import { randomInstance } from './random-instance.js';
import { seededRandom } from './random.js';
import { scheduleMeetings } from './schedule.js';
import type { ScheduleInstance } from './types.js';
import { validateSchedule } from './validate-schedule.js';

type Best = { count: number; ones: number; twos: number };
const better = (x: Best, y: Best) => x.count - y.count || x.ones - y.ones || x.twos - y.twos;

/**
 * The best (count, priority-1 count, priority-2 count) over every assignment of each request to a
 * slot or to nothing, written on the instance's ids without any of the scheduler's code.
 */
function exhaustiveBest(instance: ScheduleInstance): Best {
  const person = new Map(instance.participants.map((p) => [String(p.id), p]));
  const boothTables = instance.participants.filter((p) => p.table !== undefined).length;
  const busy = new Set<string>();
  const degree = new Map<string, number>();
  const sharedAt = new Array<number>(instance.slots).fill(0);
  const requests = instance.requests;
  let best: Best = { count: -1, ones: 0, twos: 0 };
  const visit = (i: number, now: Best) => {
    if (now.count + requests.length - i < best.count) return;
    if (i === requests.length) {
      if (better(now, best) > 0) best = { ...now };
      return;
    }
    const { a, b, priority } = requests[i];
    const pa = person.get(String(a))!;
    const pb = person.get(String(b))!;
    const atBooth = pb.table !== undefined;
    for (let s = 0; s < instance.slots; s++) {
      if (pa.unavailable.includes(s) || pb.unavailable.includes(s) || busy.has(`${a}@${s}`) || busy.has(`${b}@${s}`)) continue;
      if ((degree.get(String(a)) ?? 0) >= pa.maxMeetings || (degree.get(String(b)) ?? 0) >= pb.maxMeetings) continue;
      if (!atBooth && sharedAt[s] >= instance.tables - boothTables) continue;
      busy.add(`${a}@${s}`).add(`${b}@${s}`);
      degree.set(String(a), (degree.get(String(a)) ?? 0) + 1);
      degree.set(String(b), (degree.get(String(b)) ?? 0) + 1);
      if (!atBooth) sharedAt[s] += 1;
      visit(i + 1, { count: now.count + 1, ones: now.ones + (priority === 1 ? 1 : 0), twos: now.twos + (priority === 2 ? 1 : 0) });
      busy.delete(`${a}@${s}`);
      busy.delete(`${b}@${s}`);
      degree.set(String(a), (degree.get(String(a)) as number) - 1);
      degree.set(String(b), (degree.get(String(b)) as number) - 1);
      if (!atBooth) sharedAt[s] -= 1;
    }
    visit(i + 1, now);
  };
  visit(0, { count: 0, ones: 0, twos: 0 });
  return best;
}

/** A small session where slots matter: few of them, often unavailable, 1–3 tables, sometimes booths. */
function smallInstance(seed: number): ScheduleInstance {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + random.int(high - low + 1);
  const slots = between(2, 4);
  return randomInstance({
    seed,
    slots,
    tables: between(1, 3),
    demand: between(1, 3),
    supply: between(1, 3),
    requests: between(5, 8),
    unavailable: [0, slots - 1],
    maxMeetings: [1, between(1, 4)],
    zipf: between(0, 2) / 2,
    priorityShares: [1, 1, 1],
    booths: random.int(4) === 0 ? between(1, 2) : 0,
  });
}

describe('the scheduler against an exhaustive search', () => {
  it('reaches the most meetings possible, and then the best priorities, on 300 small random sessions', () => {
    let sameCount = 0;
    let samePriorities = 0;
    let belowBound = 0;
    const worse: number[] = [];
    const runs = 300;
    for (let seed = 1; seed <= runs; seed++) {
      const instance = smallInstance(seed);
      const result = scheduleMeetings(instance);
      expect(validateSchedule(instance, result.meetings)).toEqual([]);
      const best = exhaustiveBest(instance);
      const got = { count: result.scheduled, ones: result.preview.byPriority[0].placed, twos: result.preview.byPriority[1].placed };
      expect(better(got, best)).toBeLessThanOrEqual(0);
      expect(result.upperBound).toBeGreaterThanOrEqual(best.count);
      if (best.count < result.upperBound) belowBound += 1;
      if (got.count === best.count) sameCount += 1;
      else worse.push(seed);
      if (better(got, best) === 0) samePriorities += 1;
    }
    console.log(
      `exhaustive search: optimum count on ${sameCount}/${runs}, optimum priorities too on ${samePriorities}/${runs} (below the flow bound on ${belowBound}); short: ${worse.join(', ') || 'none'}`,
    );
    expect(sameCount).toBe(runs);
    expect(samePriorities).toBe(runs);
  });
});
