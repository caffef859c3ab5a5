/**
 * The project's command line: `npm run cli -- <command> …` on the configured database.
 *   import offers|demands <file.jsonl|file.xlsx>
 *   export offers|demands [--format jsonl|xlsx] [--out file]
 *   match <demand externalId> [--limit 10] [--json] [--lang vi|en]
 */
import { parseArgs } from 'node:util';
import { InterchangeFormat, InterchangeType } from '../shared/imports/import.schemas.js';
import { exportCommand } from './commands/export-command.js';
import { importCommand } from './commands/import-command.js';
import { matchCommand } from './commands/match-command.js';
import { MATCHES_MAX } from '../shared/matching/matching.schemas.js';

const usage = `usage:
  npm run cli -- import offers|demands <file.jsonl|file.xlsx>
  npm run cli -- export offers|demands [--format jsonl|xlsx] [--out file]
  npm run cli -- match <demand externalId> [--limit 10] [--json] [--lang vi|en]`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [command, typeArg, file] = positionals;
  const type = InterchangeType.safeParse(typeArg);
  if (command === 'import' && type.success && file) return importCommand(type.data, file);
  if (command === 'export' && type.success) {
    const format = InterchangeFormat.safeParse(values.format ?? 'jsonl');
    if (format.success) return exportCommand(type.data, format.data, values.out);
  }
  if (command === 'match' && typeArg && !file) {
    const limit = Number(values.limit ?? 10);
    const language = values.lang ?? 'vi';
    if (Number.isInteger(limit) && limit >= 1 && limit <= MATCHES_MAX && (language === 'vi' || language === 'en')) {
      return matchCommand(typeArg, { limit, json: values.json ?? false, language });
    }
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
