import fs from 'node:fs';
import type { RejectedRow } from '../../domain/interchange/interchange-records.js';
import { systemContext } from '../../server/modules/audit/audit.service.js';
import { formatOfFileName, importFile } from '../../server/modules/imports/imports.service.js';
import type { InterchangeType } from '../../shared/imports/import.schemas.js';
import { withDatabase } from './with-database.js';

export function describeRejected(row: RejectedRow): string {
  const reasons = row.issues.map((issue) => `${issue.field}: ${issue.message.vi} / ${issue.message.en}`).join('; ');
  return `  line ${row.line}${row.externalId ? ` [${row.externalId}]` : ''}: ${reasons}`;
}

/** `import offers|demands <file.jsonl|file.xlsx>`: the same import as the web app's, as the operator. */
export async function importCommand(type: InterchangeType, file: string): Promise<number> {
  const format = formatOfFileName(file);
  if (!format) throw new Error(`cannot tell the format of ${file}: use .jsonl or .xlsx`);
  const data = fs.readFileSync(file);
  const report = await withDatabase((database) =>
    importFile(database.db, null, { ...systemContext, actorEmail: 'cli' }, type, format, data, {
      progress: async (done, total) => {
        if (total > 0 && process.stderr.isTTY) process.stderr.write(`\r${done}/${total}`);
      },
    }),
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(
    `${type} from ${file}: ${report.rows} rows — imported ${report.imported}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}`,
  );
  for (const row of report.rejected) console.log(describeRejected(row));
  return 0;
}
