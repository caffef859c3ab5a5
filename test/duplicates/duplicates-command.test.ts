import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { duplicatesCommand } from '../../src/cli/commands/duplicates-command.js';

const fixture = new URL('../fixtures/duplicates/set.records.jsonl', import.meta.url).pathname;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-duplicates-command-'));
const write = (name: string, lines: string[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
};

afterEach(() => vi.restoreAllMocks());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Pair = { a: string; b: string; score: number };

describe('npm run cli -- duplicates', () => {
  it('writes the likely pairs of a file as [{a, b, score}], best first, each unordered pair once', () => {
    const out = path.join(dir, 'pairs.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'duplicates', fixture, '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/449 records, \d+ likely duplicate pair\(s\)/);
    const pairs = JSON.parse(fs.readFileSync(out, 'utf8')) as Pair[];
    expect(pairs.length).toBeGreaterThan(150);
    expect(Object.keys(pairs[0]).sort()).toEqual(['a', 'b', 'score']);
    expect(pairs.every((p, i) => p.score >= 0.4 && p.score <= 1 && (i === 0 || p.score <= pairs[i - 1].score))).toBe(true);
    expect(new Set(pairs.map((p) => [p.a, p.b].sort().join())).size).toBe(pairs.length);
  }, 60_000);

  it('reports more pairs with a lower --min-score, and explains them with --explain', () => {
    const [strict, loose] = [0.6, 0.3].map((minScore) => {
      const out = path.join(dir, `pairs-${minScore}.json`);
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(duplicatesCommand(fixture, { out, minScore, explain: true })).toBe(0);
      return JSON.parse(fs.readFileSync(out, 'utf8')) as (Pair & { why: { agree: string[] } })[];
    });
    expect(loose.length).toBeGreaterThan(strict.length);
    expect(strict[0].why.agree).toContain('title');
  });

  it('fails clearly on a missing file, naming it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(duplicatesCommand(path.join(dir, 'missing.jsonl'), { out: undefined, minScore: 0.4, explain: false })).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^no such file: .*missing\.jsonl$/));
  });

  it('names every line it cannot read, and compares nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = path.join(dir, 'not-written.json');
    const file = write('bad.jsonl', ['{"externalId": "a", "title": "Máy sấy"}', '{"externalId": "b", "title": "Máy sấy",', '{"title": "Lò hơi"}']);
    expect(duplicatesCommand(file, { out, minScore: 0.4, explain: false })).toBe(1);
    const messages = error.mock.calls.map(([message]) => String(message));
    expect(messages).toEqual([
      expect.stringContaining('2 line(s) cannot be read'),
      expect.stringMatching(/line 2: not valid JSON/),
      '  line 3: externalId is missing',
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
