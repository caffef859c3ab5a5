/**
 * The project's command line: `npm run cli -- <command> …` on the configured database.
 *   import offers|demands <file.jsonl|file.xlsx>
 *   export offers|demands [--format jsonl|xlsx] [--out file]
 *   match <demand externalId> [--limit 10] [--json] [--lang vi|en]
 *   schedule <instance.json> [--out schedule.json]   (no database)
 * Commands on the database are loaded when called, so that `schedule` starts without them.
 */
import { parseArgs } from 'node:util';
import { InterchangeFormat, InterchangeType } from '../shared/imports/import.schemas.js';
import { MATCHES_MAX } from '../shared/matching/matching.schemas.js';
import { scheduleCommand } from './commands/schedule-command.js';

const usage = `usage:
  npm run cli -- import offers|demands <file.jsonl|file.xlsx>
  npm run cli -- export offers|demands [--format jsonl|xlsx] [--out file]
  npm run cli -- match <demand externalId> [--limit 10] [--json] [--lang vi|en]
  npm run cli -- schedule <instance.json> [--out schedule.json]`;

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
  if (command === 'schedule' && typeArg && !file) return scheduleCommand(typeArg, values.out);
  if (command === 'import' && type.success && file) return (await import('./commands/import-command.js')).importCommand(type.data, file);
  if (command === 'export' && type.success) {
    const format = InterchangeFormat.safeParse(values.format ?? 'jsonl');
    if (format.success) return (await import('./commands/export-command.js')).exportCommand(type.data, format.data, values.out);
  }
  if (command === 'match' && typeArg && !file) {
    const limit = Number(values.limit ?? 10);
    const language = values.lang ?? 'vi';
    if (Number.isInteger(limit) && limit >= 1 && limit <= MATCHES_MAX && (language === 'vi' || language === 'en')) {
      return (await import('./commands/match-command.js')).matchCommand(typeArg, { limit, json: values.json ?? false, language });
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
