/**
 * bench/schedule — the events' 1:1 meeting scheduler on generated sessions, next to greedy
 * first-fit (priority first, earliest slot that fits) run on the same instance in the same run.
 *
 *   npx tsx bench/schedule.ts [--seeds 1,2,3] [--variants]
 *
 * (a) 1,000 participants, 5,000 requests, 20 slots × 150 tables; (b) 2,000 participants,
 * 20,000 requests, 24 slots × 400 tables. Half the people are on each side; each is unavailable
 * for 0–4 random slots and has maxMeetings 6–12; requests go to suppliers by a Zipf law (the k-th
 * most popular with weight 1/k) and are priority 1, 2, 3 in shares 20/30/50 %. `--variants` adds
 * shapes nobody tuned for: tight tables, many unavailable slots, one priority, uniform popularity,
 * booths. Prints meetings placed, the max-flow upper bound, their ratio, mean idle slots, wall
 * and CPU time (the machine may be shared), whether each schedule is valid, and the targets:
 * ≥ 0.995 of the bound, idle ≤ 0.8 × greedy's, ≤ 2 s for (a) and ≤ 10 s for (b).
 */
import { greedySchedule } from '../src/domain/events/scheduling/greedy-schedule.js';
import { randomInstance, type RandomInstanceSpec } from '../src/domain/events/scheduling/random-instance.js';
import { scheduleMeetings } from '../src/domain/events/scheduling/schedule.js';
import type { ScheduleInstance, ScheduleResult } from '../src/domain/events/scheduling/types.js';
import { validateSchedule } from '../src/domain/events/scheduling/validate-schedule.js';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const seeds = (option('seeds') ?? '1,2,3').split(',').map(Number);

const common = { unavailable: [0, 4], maxMeetings: [6, 12], zipf: 1, priorityShares: [0.2, 0.3, 0.5] } satisfies Partial<RandomInstanceSpec>;
const sizeA = { ...common, slots: 20, tables: 150, demand: 500, supply: 500, requests: 5_000 };
const sizeB = { ...common, slots: 24, tables: 400, demand: 1_000, supply: 1_000, requests: 20_000 };
type Case = { name: string; spec: Omit<RandomInstanceSpec, 'seed'>; seconds: number };
const cases: Case[] = [
  { name: '(a) 1,000 people, 5,000 requests, 20 × 150', spec: sizeA, seconds: 2 },
  { name: '(b) 2,000 people, 20,000 requests, 24 × 400', spec: sizeB, seconds: 10 },
];
if (process.argv.includes('--variants')) {
  cases.push(
    { name: '(a) tight tables: 20 × 40', spec: { ...sizeA, tables: 40 }, seconds: 2 },
    { name: '(a) many unavailable slots: 8–15 of 20', spec: { ...sizeA, unavailable: [8, 15] }, seconds: 2 },
    { name: '(a) one priority for all', spec: { ...sizeA, priorityShares: [0, 1, 0] }, seconds: 2 },
    { name: '(a) uniform popularity (tables bind)', spec: { ...sizeA, zipf: 0 }, seconds: 2 },
    { name: '(a) 100 suppliers with booths', spec: { ...sizeA, booths: 100 }, seconds: 2 },
    { name: '(b) uniform popularity, maxMeetings 16–24', spec: { ...sizeB, zipf: 0, maxMeetings: [16, 24] }, seconds: 10 },
  );
}

function timed(run: () => ScheduleResult) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { result, wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const line = (label: string, instance: ScheduleInstance, run: ReturnType<typeof timed>) => {
  const { result } = run;
  const valid = validateSchedule(instance, result.meetings).length === 0 ? 'valid' : 'INVALID';
  const ratio = result.scheduled / result.upperBound;
  return `  ${label.padEnd(10)} ${String(result.scheduled).padStart(6)} of bound ${result.upperBound} = ${ratio.toFixed(4)}   mean idle ${result.meanIdleSlots.toFixed(3)}   ${run.wall.toFixed(2)} s (CPU ${run.cpu.toFixed(2)} s)   ${valid}`;
};
const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');

for (const { name, spec, seconds } of cases) {
  for (const seed of seeds) {
    const instance = randomInstance({ ...spec, seed });
    const ours = timed(() => scheduleMeetings(instance));
    const greedy = timed(() => greedySchedule(instance, ours.result.upperBound));
    const ratio = ours.result.scheduled / ours.result.upperBound;
    const idle = ours.result.meanIdleSlots / greedy.result.meanIdleSlots;
    console.log(`${name}, seed ${seed}`);
    console.log(line('scheduler', instance, ours));
    console.log(line('greedy', instance, greedy));
    console.log(
      `  ratio ≥ 0.995: ${check(ratio >= 0.995)}   idle ${idle.toFixed(2)} × greedy's ≤ 0.8: ${check(idle <= 0.8)}   time ≤ ${seconds} s: ${check(ours.wall <= seconds)}`,
    );
  }
}
