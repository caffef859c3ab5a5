/**
 * The project's command line: `npm run cli -- <command> …` on the configured database.
 *   import offers|demands <file.jsonl|file.xlsx>
 *   export offers|demands [--format jsonl|xlsx] [--out file]
 *   match <demand externalId> [--limit 10] [--json] [--lang vi|en]
 *   schedule <instance.json> [--out schedule.json]   (a file alone, no database)
 *   duplicates <file.jsonl> [--out pairs.json] [--min-score 0.4] [--explain]   (a file alone, no database)
 *   backup <file.jsonl.gz>    restore <file.jsonl.gz>   (into an empty database; see README "Backups")
 * Commands are loaded when run, so that the file commands start without the server and database code.
 */
import { parseArgs } from 'node:util';
import { InterchangeFormat, InterchangeType } from '../shared/imports/import.schemas.js';
import { DUPLICATE_THRESHOLD } from '../domain/duplicates/find-duplicates.js';
import { MATCHES_MAX } from '../shared/matching/matching.schemas.js';

const usage = `usage:
  npm run cli -- import offers|demands <file.jsonl|file.xlsx>
  npm run cli -- export offers|demands [--format jsonl|xlsx] [--out file]
  npm run cli -- match <demand externalId> [--limit 10] [--json] [--lang vi|en]
  npm run cli -- schedule <instance.json> [--out schedule.json]
  npm run cli -- duplicates <file.jsonl> [--out pairs.json] [--min-score ${DUPLICATE_THRESHOLD}] [--explain]
  npm run cli -- backup <file.jsonl.gz>
  npm run cli -- restore <file.jsonl.gz>`;

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
      'min-score': { type: 'string' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [command, typeArg, file] = positionals;
  const type = InterchangeType.safeParse(typeArg);
  if (command === 'schedule' && typeArg && !file) return (await import('./commands/schedule-command.js')).scheduleCommand(typeArg, values.out);
  if (command === 'backup' && typeArg && !file) return (await import('./commands/backup-command.js')).backupCommand(typeArg);
  if (command === 'restore' && typeArg && !file) return (await import('./commands/backup-command.js')).restoreCommand(typeArg);
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
  if (command === 'duplicates' && typeArg && !file) {
    const minScore = Number(values['min-score'] ?? DUPLICATE_THRESHOLD);
    if (Number.isFinite(minScore) && minScore >= 0 && minScore <= 1) {
      return (await import('./commands/duplicates-command.js')).duplicatesCommand(typeArg, { out: values.out, minScore, explain: values.explain ?? false });
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
