import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, demands, jobs, offers } from '../../src/db/schema/index.js';
import { agencyClient, newConnectionPoint, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { generatedOffer, offerLinesWithBadRows, toJsonLines } from './generated-offers.js';
import { evalDir, importThroughApi } from './import-helpers.js';
import { multipart } from './multipart.js';

let ctx: TestContext;
let agency: TestClient;
beforeAll(async () => {
  ctx = await createTestApp();
  agency = (await agencyClient(ctx.app, ctx.database.db, 'en')).client;
});
afterAll(async () => ctx?.close());

const evalFile = (name: string) => ({ name, data: fs.readFileSync(new URL(name, evalDir)) });
const countOf = async (table: typeof offers | typeof demands) => (await ctx.database.db.select({ n: count() }).from(table))[0].n;

describe('import of the labelled evaluation set', () => {
  it('imports every offer and demand as published records when staff choose to publish, with one audit entry each', async () => {
    const offersReport = await importThroughApi(ctx, agency, 'offers', evalFile('offers.jsonl'), { publish: true });
    expect(offersReport).toMatchObject({ type: 'offers', format: 'jsonl', rows: 170, imported: 170, updated: 0, unchanged: 0, rejected: [] });
    const demandsReport = await importThroughApi(ctx, agency, 'demands', evalFile('demands.jsonl'), { publish: true });
    expect(demandsReport).toMatchObject({ rows: 40, imported: 40, rejected: [] });

    const [offer] = await ctx.database.db.select().from(offers).where(eq(offers.externalId, 'O-001'));
    expect(offer).toMatchObject({
      status: 'published',
      provinceCode: '79',
      transferForms: ['equipment-with-training', 'know-how'],
      transferRights: ['right-to-use'],
      priceVnd: 600000000,
    });
    // The deal types name the right; how the technology is handed over the file never said.
    expect(offer.transferModes).toEqual([]);
    const [demand] = await ctx.database.db.select().from(demands).where(eq(demands.externalId, 'D-001'));
    expect(demand).toMatchObject({ status: 'open', seekAbroad: true, budgetMaxVnd: 1500000000 });
    expect(demand.publicSummary).toContain('Krông Pắc');
    const audits = await ctx.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'offer.import-create'));
    expect(audits[0].n).toBe(170);
  });

  it('creates no duplicates when the same file is imported again', async () => {
    const again = await importThroughApi(ctx, agency, 'offers', evalFile('offers.jsonl'));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 170, rejected: [] });
    expect(await countOf(offers)).toBe(170);
  });

  it('changes nothing on export → import of .xlsx, and updates only an edited row', async () => {
    for (const type of ['offers', 'demands'] as const) {
      const exported = await agency.get(`/api/exports/${type}?format=xlsx`);
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain('spreadsheetml');
      const report = await importThroughApi(ctx, agency, type, { name: `${type}.xlsx`, data: exported.rawPayload });
      expect(report).toMatchObject({ format: 'xlsx', imported: 0, updated: 0, rejected: [] });
      expect(report.unchanged).toBe(type === 'offers' ? 170 : 40);
    }

    const exported = await agency.get('/api/exports/offers?format=jsonl');
    const lines = exported.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const first = lines.findIndex((l) => l.externalId === 'O-001');
    expect(lines[first]).toMatchObject({ province: 'Thành phố Hồ Chí Minh', transferForms: ['equipment-with-training', 'know-how'] });
    lines[first] = { ...lines[first], priceVnd: 650000000 };
    const report = await importThroughApi(ctx, agency, 'offers', { name: 'edited.jsonl', data: toJsonLines(lines) });
    expect(report).toMatchObject({ imported: 0, updated: 1, unchanged: 169 });
    const [updated] = await ctx.database.db.select().from(offers).where(eq(offers.externalId, 'O-001'));
    expect(updated).toMatchObject({ priceVnd: 650000000, version: 2 });
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'offer.import-update'), eq(auditLog.entityId, updated.id)));
    expect(audit.before).toMatchObject({ priceVnd: 600000000 });
  });
});

describe('row-level report', () => {
  it('reports exactly the 10 bad rows among 1,000 with line and reasons, and imports the other 990', async () => {
    const badRows = [3, 100, 222, 345, 500, 611, 700, 808, 901, 999];
    const report = await importThroughApi(ctx, agency, 'offers', { name: 'mixed.jsonl', data: toJsonLines(offerLinesWithBadRows(1000, badRows, 10_000)) });
    expect(report).toMatchObject({ rows: 1000, imported: 990, updated: 0, unchanged: 0 });
    expect(report.rejected.map((r) => r.line)).toEqual(badRows.map((i) => i + 1));
    expect(report.rejected.map((r) => r.issues[0].field)).toEqual([
      'title',
      'trl',
      'sectorCode',
      'province',
      'transferForms',
      'priceVnd',
      'fieldCodes',
      'language',
      'country',
      'externalId',
    ]);
    expect(report.rejected[3].issues[0]).toMatchObject({
      code: 'unknown_province',
      message: { vi: 'Không nhận ra tỉnh/thành phố này.', en: 'Unknown province.' },
    });
    const stored = await ctx.database.db.select({ n: count() }).from(offers).where(like(offers.externalId, 'GEN-%'));
    expect(stored[0].n).toBe(990);
  });

  it('numbers .xlsx rows as the spreadsheet does and accepts legacy and unaccented provinces', async () => {
    const template = await new TestClient(ctx.app).get('/api/imports/template/offers.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const keys = (sheet.getRow(1).values as string[]).slice(1).map((h) => h.match(/\((\w+)\)$/)?.[1]);
    const row = (line: Record<string, unknown>) =>
      keys.map((k) => (Array.isArray(line[k!]) ? (line[k!] as string[]).join('; ') : (line[k!] as string | number | null)));
    sheet.addRow(row({ ...generatedOffer(1), externalId: 'XL-1', province: 'Ha Giang' }));
    sheet.addRow(row({ ...generatedOffer(2), externalId: 'XL-2', trl: 'bảy' }));
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await importThroughApi(ctx, agency, 'offers', { name: 'survey.xlsx', data });
    expect(report).toMatchObject({ imported: 1, rejected: [{ line: 3, externalId: 'XL-2', issues: [{ field: 'trl' }] }] });
    const [offer] = await ctx.database.db.select().from(offers).where(eq(offers.externalId, 'XL-1'));
    expect(offer).toMatchObject({ provinceCode: '08', legacyProvinceCode: '02' });
  });
});

describe('who may import and export', () => {
  it('answers 401 without a session and 403 for an enterprise member', async () => {
    const body = multipart({ type: 'offers', format: 'jsonl' }, evalFile('offers.jsonl'));
    expect((await new TestClient(ctx.app).request('POST', '/api/imports', body.payload, { headers: body.headers })).statusCode).toBe(401);
    const enterprise = await newOrganisation(ctx.database.db);
    const { client } = await signedInClient(ctx.app, ctx.database.db, { organisationId: enterprise.id });
    const refused = await client.request('POST', '/api/imports', body.payload, { headers: body.headers });
    expect(refused.statusCode).toBe(403);
    expect((await new TestClient(ctx.app).get('/api/exports/offers')).statusCode).toBe(401);
  });

  it('lets connection-point staff import only rows of their provinces', async () => {
    const centre = await newOrganisation(ctx.database.db, { kind: 'centre', provinceCode: '01' });
    await newConnectionPoint(ctx.database.db, centre.id, ['01']);
    const { client } = await signedInClient(ctx.app, ctx.database.db, { organisationId: centre.id });
    const lines = [
      { ...generatedOffer(1), externalId: 'CP-1', province: 'Ha Noi' },
      { ...generatedOffer(2), externalId: 'CP-2', province: 'Cần Thơ' },
      { ...generatedOffer(3), externalId: 'O-002', province: 'Hà Nội' },
    ];
    const report = await importThroughApi(ctx, client, 'offers', { name: 'cp.jsonl', data: toJsonLines(lines) });
    expect(report.imported).toBe(1);
    // CP-2 lies outside Hà Nội; O-002 exists already in another province and may not be taken over.
    expect(report.rejected.map((r) => [r.line, r.issues[0].code])).toEqual([
      [2, 'province_not_covered'],
      [3, 'province_not_covered'],
    ]);
  });

  it('answers 400 naming the field when type is missing, and 415 for a file that is not what it claims', async () => {
    const noType = multipart({ format: 'jsonl' }, evalFile('offers.jsonl'));
    const missing = await agency.request('POST', '/api/imports', noType.payload, { headers: noType.headers });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0].path).toBe('type');
    const fake = multipart({ type: 'offers', format: 'xlsx' }, { name: 'fake.xlsx', data: Buffer.from('{"externalId":"x"}') });
    expect((await agency.request('POST', '/api/imports', fake.payload, { headers: fake.headers })).statusCode).toBe(415);
    const jobsBefore = (await ctx.database.db.select({ n: count() }).from(jobs).where(eq(jobs.status, 'queued')))[0].n;
    expect(jobsBefore).toBe(0);
  });
});

describe('export and template', () => {
  it('never exports a demand’s confidential details, and shows visitors-level records to ordinary members', async () => {
    await ctx.database.db
      .update(demands)
      .set({ confidentialDetails: { problem: 'BÍ-MẬT-QUY-TRÌNH' } })
      .where(eq(demands.externalId, 'D-001'));
    await ctx.database.db.update(demands).set({ status: 'draft' }).where(eq(demands.externalId, 'D-002'));
    const jsonl = await agency.get('/api/exports/demands?format=jsonl');
    expect(jsonl.body).not.toContain('BÍ-MẬT');
    expect(jsonl.body).toContain('"externalId":"D-002"');
    const { client: member } = await signedInClient(ctx.app, ctx.database.db);
    const visible = await member.get('/api/exports/demands');
    expect(visible.body).not.toContain('"externalId":"D-002"');
    expect(visible.body).toContain('"externalId":"D-001"');
  });

  it('serves a template with Vietnamese headers, instructions, the sheet of allowed codes and the hidden dropdown lists', async () => {
    const response = await new TestClient(ctx.app).get('/api/imports/template/demands.xlsx?lang=vi');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Nhu cầu công nghệ', 'Hướng dẫn', 'Danh mục mã', 'Lua chon']);
    expect(workbook.worksheets[0].getRow(1).getCell(3).value).toBe('Tên nhu cầu công nghệ (title)');
    const codes = workbook.worksheets[2]
      .getSheetValues()
      .slice(2)
      .map((r) => (r as string[])[2]);
    for (const code of ['C', '211', '9', 'license', 'foreign', '79']) expect(codes).toContain(code);
  });
});

describe('round trip of records entered in the web app', () => {
  it('changes nothing: unsorted codes, extra VSIC sections, hand-picked Law terms, a legacy province, a lower budget alone', async () => {
    // Legacy Lào Cai (10) merged into today's Lào Cai (15): the export's name reads back as the current unit alone.
    const offer = await agency.post('/api/offers', {
      title: 'Lò sấy bơm nhiệt nhập từ biểu mẫu web',
      keywords: ['sấy', 'bơm nhiệt'],
      sectorCode: 'C',
      vsicSections: ['C', 'A'],
      fieldCodes: ['401', '211'],
      transferForms: ['license', 'know-how'],
      transferModes: ['documents'],
      province: '10',
    });
    const demand = await agency.post('/api/demands', {
      title: 'Cần xử lý nước thải làng nghề, nhập từ biểu mẫu web',
      keywords: ['nước thải'],
      sectorCode: 'E',
      vsicSections: ['E', 'C'],
      fieldCodes: ['202', '102'],
      budgetMinVnd: 300_000_000,
      province: '10',
    });
    expect([offer.statusCode, demand.statusCode]).toEqual([201, 201]);
    expect(offer.json()).toMatchObject({ provinceCode: '15', legacyProvinceCode: '10', transferModes: ['documents'] });

    for (const type of ['offers', 'demands'] as const) {
      const exported = await agency.get(`/api/exports/${type}?format=xlsx`);
      const report = await importThroughApi(ctx, agency, type, { name: `${type}.xlsx`, data: exported.rawPayload });
      expect(report, type).toMatchObject({ imported: 0, updated: 0, rejected: [] });
    }
    const offerAfter = (await agency.get(`/api/offers/${offer.json().id}`)).json();
    expect(offerAfter).toMatchObject({
      version: 1,
      vsicSections: ['C', 'A'],
      fieldCodes: ['401', '211'],
      transferModes: ['documents'],
      legacyProvinceCode: '10',
    });
    const demandAfter = (await agency.get(`/api/demands/${demand.json().id}`)).json();
    expect(demandAfter).toMatchObject({ version: 1, vsicSections: ['E', 'C'], budgetMinVnd: 300_000_000, budgetMaxVnd: null, legacyProvinceCode: '10' });
  });
});
