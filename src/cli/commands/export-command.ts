import fs from 'node:fs';
import { exportRecords } from '../../server/modules/imports/exports.service.js';
import type { InterchangeFormat, InterchangeType } from '../../shared/imports/import.schemas.js';
import { withDatabase } from './with-database.js';

/** `export offers|demands --format jsonl|xlsx [--out file]`: JSON Lines go to stdout without --out; .xlsx to a file. */
export async function exportCommand(type: InterchangeType, format: InterchangeFormat, out: string | undefined): Promise<number> {
  const file = await withDatabase((database) => exportRecords(database.db, null, type, format));
  const target = out ?? (format === 'xlsx' ? file.fileName : undefined);
  if (!target) {
    process.stdout.write(file.data);
    return 0;
  }
  fs.writeFileSync(target, file.data);
  console.error(`wrote ${target} (${file.data.length} bytes)`);
  return 0;
}
