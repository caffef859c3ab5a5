/**
 * `npx tsx bench/duplicates-file.ts [--records 10000,100000] [--sample 2000]`
 * Duplicate detection within a file (`npm run cli -- duplicates`), on synthetic offers (see
 * duplicates-corpus.ts) with 2% planted copies. For each size, prints the command line's time end
 * to end (a fresh process: start-up, reading, writing; wall and CPU), the method's CPU time in
 * this process by stage, how many pairs it scored and how many planted pairs it found; next to
 * the baseline measured in the same run: scoring every pair of a sample, extrapolated to the file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forEachCandidatePair } from '../src/domain/duplicates/blocking.js';
import { pairKey } from '../src/domain/duplicates/evaluate.js';
import { blockingFor, DUPLICATE_THRESHOLD, findDuplicates, prepareFile } from '../src/domain/duplicates/find-duplicates.js';
import { readDuplicateRecords } from '../src/domain/duplicates/read-records.js';
import { scorePair } from '../src/domain/duplicates/score.js';
import { syntheticOffers } from './duplicates-corpus.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('records', '10000,100000').split(',').map(Number);
const sampleSize = Number(arg('sample', '2000'));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-duplicates-'));

/** The result and this process's CPU time in ms (steadier than wall time on a shared machine). */
function timed<T>(run: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1000];
}

try {
  for (const size of sizes) {
    const { records: offers, planted } = syntheticOffers(size, 50);
    const file = path.join(dir, `offers-${size}.jsonl`);
    fs.writeFileSync(file, offers.map((o) => JSON.stringify(o)).join('\n') + '\n');
    console.log(`${size} offers (${(fs.statSync(file).size / 1e6).toFixed(0)} MB, ${planted.length} planted copies)`);

    const out = path.join(dir, `pairs-${size}.json`);
    const start = performance.now();
    const command = [process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'duplicates', file, '--out', out];
    const cli = spawnSync('/usr/bin/time', ['-f', '%U %S', ...command], { encoding: 'utf8' });
    if (cli.status !== 0) throw new Error(`duplicates command failed: ${cli.stderr}`);
    const [report, times] = cli.stderr.trim().split('\n').slice(-2);
    const cpu = times.split(' ').reduce((sum, t) => sum + Number(t) * 1000, 0);
    console.log(`  command line, end to end: ${seconds(performance.now() - start)} wall, ${seconds(cpu)} CPU  (${report})`);

    const [{ records }, readTime] = timed(() => readDuplicateRecords(fs.readFileSync(file, 'utf8')));
    const [prepared, featureTime] = timed(() => prepareFile(records));
    const [candidates, blockingTime] = timed(() => {
      let count = 0;
      forEachCandidatePair(prepared.features, prepared.weights.frequency, blockingFor(size), () => count++);
      return count;
    });
    const [pairs, findTime] = timed(() => findDuplicates(records));
    const found = new Set(pairs.map((p) => pairKey(p.a, p.b)));
    const recalled = planted.filter(([a, b]) => found.has(pairKey(a, b))).length;
    console.log(
      `  in process: read ${seconds(readTime)}, features ${seconds(featureTime)}, ` +
        `blocking ${seconds(blockingTime)} (${candidates} candidate pairs, ${(candidates / size).toFixed(1)} per record); ` +
        `whole method ${seconds(findTime)}; ${pairs.length} pairs ≥ ${DUPLICATE_THRESHOLD}, ${recalled}/${planted.length} planted copies found`,
    );

    // Baseline: every pair of a sample scored (as the method scores its candidates, gathering all
    // the evidence only where titles and texts could reach the threshold), extrapolated to n(n−1)/2 pairs.
    const sample = prepared.features.slice(0, Math.min(sampleSize, size));
    const [, sampleTime] = timed(() => {
      for (let i = 0; i < sample.length; i++)
        for (let j = i + 1; j < sample.length; j++) scorePair(sample[i], sample[j], prepared.weights, DUPLICATE_THRESHOLD);
    });
    const perPair = sampleTime / ((sample.length * (sample.length - 1)) / 2);
    console.log(`  baseline, every pair scored: ${(perPair * 1000).toFixed(2)} µs a pair → about ${seconds(perPair * ((size * (size - 1)) / 2))} for the file`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
