/**
 * Public organisation directory (GET /api/organisations) over a generated set of organisations:
 * median time of the product's query (name search on folded text, province filter with legacy
 * roll-up, keyset paging) next to a baseline measured in the same run, a plain
 * `select … order by name limit 20` with no filter or count.
 * PGlite by default; PostgreSQL when TEST_DATABASE_URL is set.
 * Run: npx tsx bench/organisations-directory.ts [organisations]
 */
import { asc } from 'drizzle-orm';
import { organisations } from '../src/db/schema/index.js';
import { prepareDatabase } from '../src/seed/prepare-database.js';
import { loadConfig } from '../src/server/config.js';
import { listOrganisations } from '../src/server/modules/organisations/organisations.service.js';
import type { OrganisationListQuery } from '../src/shared/organisations/organisations.schemas.js';
import { openTestDatabase } from '../test/support/test-database.js';

const COUNT = Number(process.argv[2] ?? 20_000);
const RUNS = 15;
const words = [
  'Công ty',
  'Cơ khí',
  'Hóa chất',
  'Điện tử',
  'Nông nghiệp',
  'Thủy sản',
  'Dệt may',
  'Phần mềm',
  'Vật liệu',
  'Năng lượng',
  'Sinh học',
  'Môi trường',
];
const forms = ['Cổ phần', 'TNHH', 'Hợp tác xã', 'Viện', 'Trung tâm'];
const provinces = ['01', '79', '40', '42', '31', '48', '92', '24', '37', '75'];

function organisation(i: number) {
  const pick = <T>(list: T[], salt: number) => list[(i * 7919 + salt * 104729) % list.length];
  const provinceCode = pick(provinces, 3);
  return {
    kind: 'enterprise',
    nameVi: `${pick(forms, 1)} ${pick(words, 2)} ${pick(words, 5)} số ${i}`,
    country: 'VN',
    provinceCode,
    legacyProvinceCode: provinceCode === '79' && i % 3 === 0 ? '74' : null,
    taxCode: String(1_000_000_000 + i),
  };
}

async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const database = await openTestDatabase();
try {
  await prepareDatabase(database, loadConfig({ DEMO_DATA: 'false', ADMIN_EMAIL: 'admin@bench.local', ADMIN_PASSWORD: 'Bench@12345' }));
  for (let i = 0; i < COUNT; i += 1000) {
    await database.db.insert(organisations).values(Array.from({ length: Math.min(1000, COUNT - i) }, (_, k) => organisation(i + k)));
  }
  const deps = { db: database.db };
  const list = (query: OrganisationListQuery) => listOrganisations(deps, null, query);
  const tenthPage = async () => {
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) cursor = (await list({ cursor })).nextCursor ?? undefined;
  };
  const cases: Array<[string, () => Promise<unknown>]> = [
    ['baseline: select 20 by name, no filter, no count', () => database.db.select().from(organisations).orderBy(asc(organisations.nameVi)).limit(20)],
    ['directory, first page with total', () => list({})],
    ['search "co khi" (folded, no diacritics)', () => list({ q: 'co khi' })],
    ['province "Bình Dương" (legacy, rolled up to 79)', () => list({ province: 'Bình Dương' })],
    ['search + province', () => list({ q: 'hoa chat', province: 'Nghệ An' })],
    ['10 pages by cursor (per page)', async () => tenthPage()],
  ];
  console.log(`${database.kind}, ${COUNT} organisations, median of ${RUNS} runs`);
  for (const [label, work] of cases) {
    const ms = await median(work);
    console.log(`${label.padEnd(52)} ${(label.startsWith('10 pages') ? ms / 10 : ms).toFixed(2)} ms`);
  }
} finally {
  await database.close();
}
