import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, offers } from '../../src/db/schema/index.js';
import { runDueJobs } from '../../src/server/jobs/job-worker.js';
import { runImportJob } from '../../src/server/modules/imports/import-job.js';
import { IMPORT_JOB_KIND } from '../../src/server/modules/imports/imports.service.js';
import { newConnectionPoint, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { importThroughApi } from './import-helpers.js';
import { multipart } from './multipart.js';

let ctx: TestContext;
let agency: TestClient;
let agencyOrganisationId: string;
let agencyUserId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  const organisation = await newOrganisation(ctx.database.db, { kind: 'agency', nameVi: 'Cục thử mẫu nhập' });
  const signedIn = await signedInClient(ctx.app, ctx.database.db, { organisationId: organisation.id });
  agency = signedIn.client;
  agencyOrganisationId = organisation.id;
  agencyUserId = signedIn.user.id;
});
afterAll(async () => ctx?.close());

async function template(type: 'offers' | 'demands', lang: 'vi' | 'en') {
  const response = await agency.get(`/api/imports/template/${type}.xlsx?lang=${lang}`);
  expect(response.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return book;
}

type Rule = { type: string; formulae: string[] };
const rulesOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Record<string, Rule> } }).dataValidations.model;

/** The dropdown choices a data-sheet cell offers, read from the hidden list sheet its rule points at. */
function choicesAt(book: ExcelJS.Workbook, column: number): string[] {
  const sheet = book.worksheets[0];
  const cell = sheet.getCell(2, column);
  const rule = (cell as unknown as { dataValidation?: Rule }).dataValidation;
  if (!rule) return [];
  const [, sheetName, from, to] = /^'(.+)'!\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(rule.formulae[0]) ?? [];
  const list = book.getWorksheet(sheetName);
  const values: string[] = [];
  const [col, first] = from.split('$');
  const last = Number(to.split('$')[1]);
  for (let row = Number(first); row <= last; row++) values.push(String(list?.getCell(`${col}${row}`).value));
  return values;
}

describe('the Excel template', () => {
  it('has a dropdown on every coded column and an instructions sheet, in Vietnamese', async () => {
    const book = await template('offers', 'vi');
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const column = (key: string) => headers.findIndex((h) => h.endsWith(`(${key})`)) + 1;
    expect(Object.keys(rulesOf(sheet)).length).toBeGreaterThan(0);
    for (const key of ['language', 'sectorCode', 'fieldCodes', 'trl', 'transferForms', 'ownerType', 'country', 'province']) {
      expect(choicesAt(book, column(key)).length, key).toBeGreaterThan(1);
    }
    expect(choicesAt(book, column('sectorCode'))).toContain('C – Công nghiệp chế biến, chế tạo');
    expect(choicesAt(book, column('transferForms'))).toContain('license – Li-xăng (chuyển quyền sử dụng)');
    expect(choicesAt(book, column('province'))).toContain('Thành phố Hồ Chí Minh');
    expect(choicesAt(book, column('title'))).toEqual([]);
    const instructions = book.getWorksheet('Hướng dẫn');
    expect(instructions?.getCell('A1').value).toBe('Hướng dẫn nhập nguồn cung công nghệ');
    const text = JSON.stringify(instructions?.getSheetValues());
    expect(text).toContain('Bắt buộc');
    expect(text).toContain('Mã định danh (externalId)');
  });

  it('speaks English to an English reader: headers, choices and instructions', async () => {
    const book = await template('demands', 'en');
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('Technology demands');
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toContain('Demand title (title)');
    const seekAbroad = headers.indexOf('Seek technology abroad Yes/No (seekAbroad)') + 1;
    expect(choicesAt(book, seekAbroad)).toEqual(['Yes', 'No']);
    const sector = headers.indexOf('VSIC section (sectorCode)') + 1;
    expect(choicesAt(book, sector).some((choice) => /^C – Manufacturing/.test(choice))).toBe(true);
    expect(book.getWorksheet('Instructions')?.getCell('A1').value).toBe('How to fill in technology demands');
  });

  it('offers a country added to the reference data since the template was last downloaded', async () => {
    const countryColumn = (book: ExcelJS.Workbook) => {
      const headers = (book.worksheets[0]!.getRow(1).values as string[]).slice(1);
      return headers.findIndex((h) => h.endsWith('(country)')) + 1;
    };
    const before = await template('offers', 'en');
    expect(choicesAt(before, countryColumn(before)).some((choice) => choice.startsWith('XT '))).toBe(false);
    const added = await agency.post('/api/reference/country', { code: 'XT', name: 'Quốc gia thử mẫu', nameEn: 'Template Testland' });
    expect(added.statusCode, added.body).toBe(201);
    const after = await template('offers', 'en');
    expect(choicesAt(after, countryColumn(after))).toContain('XT – Template Testland');
  });

  it('reads back what the dropdowns wrote: codes from "code – name", yes/no words, English headers', async () => {
    const book = await template('offers', 'en');
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const row: Record<string, string | number> = {
      externalId: 'TPL-1',
      title: 'Heat-pump dryer from the template',
      sectorCode: 'C – Manufacturing',
      fieldCodes: '211 – anything; 401',
      trl: '7 – System prototype',
      transferForms: 'license – Licence',
      ownerType: 'enterprise – Enterprise',
      province: 'Thành phố Hồ Chí Minh',
    };
    sheet.addRow(headers.map((h) => row[/\((\w+)\)$/.exec(h)?.[1] ?? ''] ?? null));
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const report = await importThroughApi(ctx, agency, 'offers', { name: 'template.xlsx', data });
    expect(report).toMatchObject({ rows: 1, imported: 1, rejected: [] });
    const [offer] = await ctx.database.db.select().from(offers).where(eq(offers.externalId, 'TPL-1'));
    expect(offer).toMatchObject({
      sectorCode: 'C',
      fieldCodes: ['211', '401'],
      trl: 7,
      transferForms: ['license'],
      ownerType: 'enterprise',
      provinceCode: '79',
    });
  });
});

describe('what an import writes', () => {
  it('counts every row of the file in its progress, not only the good ones', async () => {
    const lines = [{ externalId: 'P-1', title: 'Máy ép viên nén mùn cưa' }, ...[2, 3, 4, 5, 6].map((n) => ({ externalId: `P-${n}`, title: '', trl: 42 }))];
    const body = multipart({ type: 'offers', format: 'jsonl' }, { name: 'six.jsonl', data: Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')) });
    const started = await agency.request('POST', '/api/imports', body.payload, { headers: body.headers });
    const { jobId } = started.json() as { jobId: string };
    await runDueJobs({ db: ctx.database.db, config: ctx.config }, { [IMPORT_JOB_KIND]: runImportJob });
    const job = (await agency.get(`/api/jobs/${jobId}`)).json();
    expect(job).toMatchObject({ status: 'succeeded', progress: 6, total: 6, result: { rows: 6, imported: 1 } });
    const [stored] = await ctx.database.db.select().from(jobs).where(eq(jobs.id, jobId));
    expect(stored.total).toBe(6);
  });

  it('invents nothing: no transfer modes, no rights without a deal type', async () => {
    const data = Buffer.from(
      [
        { externalId: 'N-1', title: 'Chế phẩm vi sinh xử lý rơm' },
        { externalId: 'N-2', title: 'Li-xăng quy trình ủ phân', transferForms: ['license'] },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    await importThroughApi(ctx, agency, 'offers', { name: 'plain.jsonl', data });
    const rows = await ctx.database.db.select().from(offers).where(eq(offers.createdBy, agencyUserId));
    const byId = Object.fromEntries(rows.map((r) => [r.externalId, r]));
    expect(byId['N-1']).toMatchObject({ transferForms: [], transferRights: [], transferModes: [], trl: null, priceVnd: null, ownerName: null });
    expect(byId['N-2']).toMatchObject({ transferForms: ['license'], transferRights: ['right-to-use'], transferModes: [] });
  });

  it("gives new records the importer's organisation, or the one named, and refuses one the importer may not name", async () => {
    const data = (id: string) => Buffer.from(`${JSON.stringify({ externalId: id, title: `Công nghệ ${id}`, province: '79' })}\n`);
    await importThroughApi(ctx, agency, 'offers', { name: 'own.jsonl', data: data('OWN-1') });
    const enterprise = await newOrganisation(ctx.database.db, { kind: 'enterprise', nameVi: 'Công ty Sấy Nông sản Miền Nam', provinceCode: '79' });
    await importThroughApi(ctx, agency, 'offers', { name: 'named.jsonl', data: data('OWN-2') }, { ownerOrganisationId: enterprise.id });
    const owners = Object.fromEntries(
      (await ctx.database.db.select().from(offers)).filter((o) => o.externalId?.startsWith('OWN-')).map((o) => [o.externalId, o.ownerOrganisationId]),
    );
    expect(owners).toEqual({ 'OWN-1': agencyOrganisationId, 'OWN-2': enterprise.id });

    // Connection-point staff of Hà Nội may not put records in the name of an enterprise of Hồ Chí Minh City.
    const host = await newOrganisation(ctx.database.db, { kind: 'centre', nameVi: 'Trung tâm Hà Nội' });
    await newConnectionPoint(ctx.database.db, host.id, ['01']);
    const { client: local } = await signedInClient(ctx.app, ctx.database.db, { organisationId: host.id });
    const body = multipart({ type: 'offers', format: 'jsonl', ownerOrganisationId: enterprise.id }, { name: 'x.jsonl', data: data('OWN-3') });
    const refused = await local.request('POST', '/api/imports', body.payload, { headers: body.headers });
    expect(refused.statusCode).toBe(403);
    const missing = multipart({ type: 'offers', format: 'jsonl', ownerOrganisationId: crypto.randomUUID() }, { name: 'x.jsonl', data: data('OWN-4') });
    expect((await agency.request('POST', '/api/imports', missing.payload, { headers: missing.headers })).statusCode).toBe(404);
  });
});
