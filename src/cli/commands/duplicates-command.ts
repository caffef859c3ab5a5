import fs from 'node:fs';
import { findDuplicates } from '../../domain/duplicates/find-duplicates.js';
import { readDuplicateRecords } from '../../domain/duplicates/read-records.js';

export type DuplicatesCommandOptions = { out: string | undefined; minScore: number; explain: boolean };

// A file with many broken lines is reported in part; the first ones say what is wrong.
const problemsShown = 20;

/**
 * `duplicates <file.jsonl> [--out pairs.json] [--min-score 0.4] [--explain]`: the likely duplicate
 * pairs inside a file of offers or demands, no database needed. Writes
 * `[{"a": externalId, "b": externalId, "score": 0..1}]`, best first, each unordered pair once;
 * `--explain` adds what agrees and the words each record names alone.
 */
export function duplicatesCommand(file: string, options: DuplicatesCommandOptions): number {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { records, problems } = readDuplicateRecords(text);
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} line(s) cannot be read, nothing compared:`);
    for (const problem of problems.slice(0, problemsShown)) console.error(`  ${problem}`);
    if (problems.length > problemsShown) console.error(`  … and ${problems.length - problemsShown} more`);
    return 1;
  }
  const pairs = findDuplicates(records, { minScore: options.minScore }).map(({ a, b, score, explanation }) => ({
    a,
    b,
    score: Math.round(score * 1000) / 1000,
    ...(options.explain ? { why: explanation } : {}),
  }));
  const json = pairs.length === 0 ? '[]\n' : `[\n${pairs.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n]\n`;
  if (options.out) fs.writeFileSync(options.out, json);
  else process.stdout.write(json);
  const where = options.out ? ` written to ${options.out}` : '';
  console.error(`${records.length} records, ${pairs.length} likely duplicate pair(s) scoring ${options.minScore} or more${where}`);
  return 0;
}
