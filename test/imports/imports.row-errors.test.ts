import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offers } from '../../src/db/schema/index.js';
import { agencyClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { importThroughApi } from './import-helpers.js';

let ctx: TestContext;
let agency: TestClient;
beforeAll(async () => {
  ctx = await createTestApp();
  agency = (await agencyClient(ctx.app, ctx.database.db, 'vi')).client;
});
afterAll(async () => ctx?.close());

// Headers as a person types them: the template's words without the bracketed field name, one with it.
const headers = [
  'Mã định danh',
  'Tên công nghệ',
  'Mức sẵn sàng công nghệ TRL 1–9',
  'Hình thức chuyển giao, cách nhau bởi ;',
  'Ngành VSIC cấp 1 (sectorCode)',
  'Tỉnh/thành phố',
  'Giá chào bán, VND',
];

async function workbook(rows: Array<Array<string | number | null>>) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Công nghệ');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('an .xlsx import with bad rows', () => {
  it('reports every error of each row, named by the column header as the file writes it, in Vietnamese and English', async () => {
    const data = await workbook([
      ['BAD-1', null, 12, 'license', 'Z', 'Hà Nội', 100],
      ['BAD-2', 'Lò sấy', 5, 'thuê; license', 'C', 'Atlantis', -5],
      ['GOOD-1', 'Lò sấy bơm nhiệt', 7, 'license', 'C', 'Hà Nội', 500_000_000],
    ]);
    const report = await importThroughApi(ctx, agency, 'offers', { name: 'khảo sát.xlsx', data });
    expect(report).toMatchObject({ rows: 3, imported: 1 });
    const byRow = Object.fromEntries(report.rejected.map((row) => [row.externalId ?? '', row.issues]));
    expect(byRow['BAD-1'].map((i) => i.column).sort()).toEqual(['Mức sẵn sàng công nghệ TRL 1–9', 'Ngành VSIC cấp 1 (sectorCode)', 'Tên công nghệ'].sort());
    expect(byRow['BAD-2'].map((i) => i.column).sort()).toEqual(['Giá chào bán, VND', 'Hình thức chuyển giao, cách nhau bởi ;', 'Tỉnh/thành phố'].sort());
    expect(report.rejected.map((row) => row.line)).toEqual([2, 3]);
    for (const issue of report.rejected.flatMap((row) => row.issues)) {
      expect(issue.message.vi).toMatch(/[ạ-ỹđơưăâêô]/i);
      expect(issue.message.en).toMatch(/^[A-Z]/);
      expect(`${issue.message.vi} ${issue.message.en}`).not.toMatch(/[A-Z_]{4,}|\w+\.\d/);
    }
    expect(byRow['BAD-1'].find((i) => i.column === 'Tên công nghệ')?.message).toEqual({ vi: 'Không được để trống.', en: 'Must not be blank.' });
  });

  it('puts the good rows into moderation: nothing is published without it', async () => {
    const [offer] = await ctx.database.db.select().from(offers).where(eq(offers.externalId, 'GOOD-1'));
    expect(offer).toMatchObject({ status: 'submitted', publishedAt: null, moderatedBy: null });
    expect((await new TestClient(ctx.app).get(`/api/offers/${offer.id}`)).statusCode).toBe(404);
    const queue = (await agency.get('/api/moderation/queue')).json() as { items: Array<{ id: string }> };
    expect(queue.items.map((item) => item.id)).toContain(offer.id);
  });
});
