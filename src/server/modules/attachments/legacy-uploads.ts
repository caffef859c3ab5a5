import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../db/client.js';
import { fileKeysWithoutBytes, putFile } from './stored-files.repository.js';

/**
 * Before version 0.2 uploaded files lived on disk under `DATA_DIR/uploads`, one file per storage
 * key. Copies the ones the database still points to into it, then renames the folder so this runs
 * once and nothing is deleted. Answers how many files were copied.
 */
export async function moveDiskUploadsIntoDatabase(db: Db, dataDir: string): Promise<number> {
  const root = path.join(dataDir, 'uploads');
  if (!fs.existsSync(root)) return 0;
  let moved = 0;
  for (const key of await fileKeysWithoutBytes(db)) {
    const file = path.join(root, key);
    if (!path.resolve(file).startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file)) continue;
    await putFile(db, key, fs.readFileSync(file));
    moved++;
  }
  fs.renameSync(root, `${root}.moved-to-database`);
  return moved;
}
