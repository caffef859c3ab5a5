import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type ProvinceFile = { current: Array<{ code: string; shortName: string }> };

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../data/provinces.json');
const current = (JSON.parse(fs.readFileSync(file, 'utf8')) as ProvinceFile).current;
const names = new Map(current.map((p) => [p.code, p.shortName]));

/** Short Vietnamese name of a current province ("Nghệ An", "Hải Phòng"). */
export function provinceName(code: string): string {
  const name = names.get(code);
  if (!name) throw new Error(`unknown province code in demo data: ${code}`);
  return name;
}

export const currentProvinceCodes = current.map((p) => p.code);
