/**
 * The project's command line: `npm run cli -- <command> …` on the configured database.
 *   import offers|demands <file.jsonl|file.xlsx>
 *   export offers|demands [--format jsonl|xlsx] [--out file]
 */
import { parseArgs } from 'node:util';
import { InterchangeFormat, InterchangeType } from '../shared/imports/import.schemas.js';
import { exportCommand } from './commands/export-command.js';
import { importCommand } from './commands/import-command.js';

const usage = `usage:
  npm run cli -- import offers|demands <file.jsonl|file.xlsx>
  npm run cli -- export offers|demands [--format jsonl|xlsx] [--out file]`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' } },
  });
  const [command, typeArg, file] = positionals;
  const type = InterchangeType.safeParse(typeArg);
  if (command === 'import' && type.success && file) return importCommand(type.data, file);
  if (command === 'export' && type.success) {
    const format = InterchangeFormat.safeParse(values.format ?? 'jsonl');
    if (format.success) return exportCommand(type.data, format.data, values.out);
  }
  console.error(usage);
  return 64;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
