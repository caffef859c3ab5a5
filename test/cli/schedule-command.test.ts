import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scheduleCommand } from '../../src/cli/commands/schedule-command.js';
import { randomInstance } from '../../src/domain/events/scheduling/random-instance.js';
import type { ScheduledMeeting } from '../../src/domain/events/scheduling/types.js';
import { validateSchedule } from '../../src/domain/events/scheduling/validate-schedule.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schedule-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const instance = randomInstance({
  seed: 4,
  slots: 6,
  tables: 5,
  demand: 20,
  supply: 12,
  requests: 90,
  unavailable: [0, 2],
  maxMeetings: [2, 5],
  zipf: 1,
  priorityShares: [1, 1, 1],
});
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
/** Runs the command function, returning its exit code and what it printed to stderr. */
const run = (file: string, out: string | undefined) => {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  return { code: scheduleCommand(file, out), stderr: errors.join('\n') };
};

describe('npm run cli -- schedule', () => {
  it('writes exactly meetings, scheduled, upperBound and meanIdleSlots, a valid schedule', () => {
    const out = path.join(dir, 'good.schedule.json');
    expect(run(write('good.json', JSON.stringify(instance)), out).code).toBe(0);
    const written = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(['meetings', 'scheduled', 'upperBound', 'meanIdleSlots']);
    const meetings = written.meetings as Array<Record<string, unknown>>;
    expect(meetings.every((m) => JSON.stringify(Object.keys(m)) === '["request","slot","table"]')).toBe(true);
    expect(written.scheduled).toBe(meetings.length);
    expect(written.scheduled as number).toBeLessThanOrEqual(written.upperBound as number);
    expect(typeof written.meanIdleSlots).toBe('number');
    expect(validateSchedule(instance, meetings as unknown as ScheduledMeeting[])).toEqual([]);
  });

  it.each([
    ['not JSON', '{"slots": 6, "tables": ', 'not JSON'],
    [
      'a participant on no side',
      JSON.stringify({ ...instance, participants: [{ ...instance.participants[0], side: 'both' }, ...instance.participants.slice(1)] }),
      'participants[0].side: must be "demand" or "supply"',
    ],
    [
      'a request to oneself',
      JSON.stringify({ ...instance, requests: [{ id: 'x', a: 'd1', b: 'd1', priority: 1 }] }),
      'requests[0]: a and b are the same person',
    ],
    [
      'an unknown person',
      JSON.stringify({ ...instance, requests: [{ id: 'x', a: 'nobody', b: 's1', priority: 1 }] }),
      'requests[0].a: unknown participant "nobody"',
    ],
    [
      'a slot out of range',
      JSON.stringify({ ...instance, participants: [{ ...instance.participants[0], unavailable: [6] }, ...instance.participants.slice(1)] }),
      'participants[0].unavailable[0]: must be a slot number from 0 to 5',
    ],
    ['a priority of 4', JSON.stringify({ ...instance, requests: [{ ...instance.requests[0], priority: 4 }] }), 'requests[0].priority: must be 1, 2 or 3'],
    ['no requests list', JSON.stringify({ ...instance, requests: undefined }), 'requests: must be an array'],
  ])('refuses %s with a message naming the field, and writes nothing', (name, text, message) => {
    const out = path.join(dir, `${name}.schedule.json`);
    const { code, stderr } = run(write(`${name}.json`, text), out);
    expect(code).not.toBe(0);
    expect(stderr).toContain(message);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a file that does not exist', () => {
    const out = path.join(dir, 'missing.schedule.json');
    const { code, stderr } = run(path.join(dir, 'missing.json'), out);
    expect(code).not.toBe(0);
    expect(stderr).toContain('cannot read');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('runs from the command line: a good file gives exit 0 and the schedule, a bad one a non-zero exit', async () => {
    const cli = (...args: string[]) =>
      promisify(execFile)('npx', ['tsx', 'src/cli/main.ts', 'schedule', ...args], { cwd: path.resolve(import.meta.dirname, '../..') }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
    const out = path.join(dir, 'cli.schedule.json');
    expect(await cli(write('cli.json', JSON.stringify(instance)), '--out', out)).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).scheduled).toBeGreaterThan(0);
    const bad = await cli(write('cli-bad.json', '[]'), '--out', path.join(dir, 'cli-bad.schedule.json'));
    expect(bad.code).toBe(65);
    expect(bad.stderr).toContain('must be a JSON object');
    expect(fs.existsSync(path.join(dir, 'cli-bad.schedule.json'))).toBe(false);
  });
});
