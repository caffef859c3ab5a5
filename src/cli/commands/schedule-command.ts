import fs from 'node:fs';
import { describeInstanceError, parseInstanceText } from '../../domain/events/scheduling/parse-instance.js';
import { scheduleMeetings } from '../../domain/events/scheduling/schedule.js';
import { validateSchedule } from '../../domain/events/scheduling/validate-schedule.js';

/** Exit codes in the manner of sysexits(3), beside the usage error (64) that main.ts returns. */
const BAD_INSTANCE = 65;
const UNREADABLE = 66;

/**
 * `schedule <instance.json> [--out <schedule.json>]`: the events' 1:1 meeting scheduler on a file,
 * without a database. Writes `{"meetings":[{"request","slot","table"}],"scheduled","upperBound","meanIdleSlots"}`
 * (to stdout without --out) and prints a summary; a file that cannot be read, is not JSON or breaks
 * the format gets a message naming each field at fault, a non-zero exit, and nothing written.
 */
export function scheduleCommand(file: string, out: string | undefined): number {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return UNREADABLE;
  }
  const parsed = parseInstanceText(text);
  if (!parsed.ok) {
    console.error(`${file} is not a valid schedule instance:`);
    for (const error of parsed.errors) console.error(`  ${describeInstanceError(error)}`);
    return BAD_INSTANCE;
  }
  const started = performance.now();
  const result = scheduleMeetings(parsed.instance);
  const seconds = (performance.now() - started) / 1000;
  // The scheduler's own check: an invalid schedule is a bug, and is never written.
  const violations = validateSchedule(parsed.instance, result.meetings);
  if (violations.length) throw new Error(`the scheduler broke ${violations.length} rule(s), first: ${violations[0].message}`);

  const { meetings, scheduled, upperBound, meanIdleSlots } = result;
  const json = JSON.stringify({ meetings, scheduled, upperBound, meanIdleSlots });
  if (out === undefined) {
    console.log(json);
    return 0;
  }
  fs.writeFileSync(out, `${json}\n`);
  const ratio = upperBound === 0 ? 1 : scheduled / upperBound;
  const byPriority = result.preview.byPriority.map((p) => `priority ${p.priority}: ${p.placed}/${p.requested}`).join(', ');
  console.log(`${scheduled} meetings of ${parsed.instance.requests.length} requests (upper bound ${upperBound}, ${ratio.toFixed(4)}); ${byPriority}`);
  console.log(`mean idle slots ${meanIdleSlots.toFixed(3)}; ${seconds.toFixed(2)} s → ${out}`);
  return 0;
}
