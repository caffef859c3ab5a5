import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, storedFiles } from '../../src/db/schema/index.js';
import { buildApp } from '../../src/server/app.js';
import { ATTACHMENT_MAX_BYTES } from '../../src/shared/limits.js';
import { newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { multipart } from '../imports/multipart.js';

let ctx: TestContext;
let owner: TestClient;
let stranger: TestClient;
let organisationId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  organisationId = (await newOrganisation(ctx.database.db, { provinceCode: '40' })).id;
  owner = (await signedInClient(ctx.app, ctx.database.db, { organisationId })).client;
  stranger = (await signedInClient(ctx.app, ctx.database.db, { organisationId: (await newOrganisation(ctx.database.db)).id })).client;
});
afterAll(async () => ctx?.close());

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const upload = (client: TestClient, url: string, file: { name: string; data: Buffer }) => {
  const body = multipart({}, file);
  return client.request('POST', url, body.payload, { headers: body.headers });
};

describe('uploading attachments', () => {
  it('stores a PDF for the owner’s offer with its sniffed type, size and hash, and audits it', async () => {
    const offer = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    expect((await upload(new TestClient(ctx.app), `/api/offers/${offer.id}/attachments`, { name: 'a.pdf', data: pdf })).statusCode).toBe(401);

    const response = await upload(owner, `/api/offers/${offer.id}/attachments`, { name: 'Hồ sơ công nghệ.pdf', data: pdf });
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json();
    expect(attachment).toMatchObject({
      fileName: 'Hồ sơ công nghệ.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
      hasThumbnail: false,
      confidential: false,
    });
    expect(attachment.sha256).toHaveLength(64);

    const download = await new TestClient(ctx.app).get(attachment.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''H%E1%BB%93");
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const listed = await new TestClient(ctx.app).get(`/api/offers/${offer.id}/attachments`);
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id: attachment.id, canDelete: false }] });
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'attachment.create'), eq(auditLog.entityId, attachment.id)));
    expect(audit).toMatchObject({ organisationId, after: expect.objectContaining({ mimeType: 'application/pdf' }) });
  });

  it('makes a WebP thumbnail of an image and accepts office documents and UTF-8 text', async () => {
    const offer = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a7' } })
      .png()
      .toBuffer();
    const image = (await upload(owner, `/api/offers/${offer.id}/attachments`, { name: 'may-say.png', data: png })).json();
    expect(image).toMatchObject({ mimeType: 'image/png', hasThumbnail: true });
    const thumbnail = await new TestClient(ctx.app).get(image.thumbnailUrl);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumbnail.rawPayload).metadata()).width).toBe(320);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Số liệu').addRow(['TRL', 7]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await upload(owner, `/api/offers/${offer.id}/attachments`, { name: 'so-lieu.xlsx', data: xlsx })).json().mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const text = await upload(owner, `/api/offers/${offer.id}/attachments`, { name: 'ghi-chu.csv', data: Buffer.from('mã,tên\n1,Lò sấy\n') });
    expect(text.json().mimeType).toBe('text/csv');
  });

  it('refuses executables and disguised files with 415, and files over 20 MB with 413', async () => {
    const offer = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    const url = `/api/offers/${offer.id}/attachments`;
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(400)]);
    exe.writeUInt32LE(64, 60);
    const refused = await upload(owner, url, { name: 'bao-cao.pdf', data: exe });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await upload(owner, url, { name: 'script.txt', data: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Buffer.alloc(60)]) })).statusCode).toBe(
      415,
    );
    expect((await upload(owner, url, { name: 'notes.txt', data: Buffer.from([0x00, 0x01, 0xff]) })).statusCode).toBe(415);
    const tooLarge = await upload(owner, url, { name: 'big.pdf', data: Buffer.concat([pdf, Buffer.alloc(ATTACHMENT_MAX_BYTES)]) });
    expect(tooLarge.statusCode).toBe(413);
    expect((await new TestClient(ctx.app).get(`/api/offers/${offer.id}/attachments`)).json().total).toBe(0);
  });

  it('answers 403 on someone else’s published offer and 404 on their draft', async () => {
    const published = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    expect((await upload(stranger, `/api/offers/${published.id}/attachments`, { name: 'a.pdf', data: pdf })).statusCode).toBe(403);
    const draft = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40', status: 'draft' });
    expect((await upload(stranger, `/api/offers/${draft.id}/attachments`, { name: 'a.pdf', data: pdf })).statusCode).toBe(404);
  });
});

describe('confidential demand files and deletion', () => {
  it('shows a confidential file of a demand only to those who may see its confidential details', async () => {
    const demand = await newDemand(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    const secret = (await upload(owner, `/api/demands/${demand.id}/attachments?confidential=true`, { name: 'quy-trinh.pdf', data: pdf })).json();
    const open = (await upload(owner, `/api/demands/${demand.id}/attachments`, { name: 'gioi-thieu.pdf', data: pdf })).json();
    expect(secret.confidential).toBe(true);

    expect((await owner.get(secret.downloadUrl)).statusCode).toBe(200);
    expect((await stranger.get(secret.downloadUrl)).statusCode).toBe(404);
    expect((await new TestClient(ctx.app).get(secret.downloadUrl)).statusCode).toBe(404);
    expect((await new TestClient(ctx.app).get(open.downloadUrl)).statusCode).toBe(200);
    const publicList = await new TestClient(ctx.app).get(`/api/demands/${demand.id}/attachments`);
    expect(publicList.json().items.map((a: { id: string }) => a.id)).toEqual([open.id]);

    const offer = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    const wrong = await upload(owner, `/api/offers/${offer.id}/attachments?confidential=true`, { name: 'a.pdf', data: pdf });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.fields[0].path).toBe('confidential');
  });

  it('lets the owner delete a file (audited); others get 403 or 404', async () => {
    const offer = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    const file = (await upload(owner, `/api/offers/${offer.id}/attachments`, { name: 'a.pdf', data: pdf })).json();
    expect((await stranger.delete(`/api/attachments/${file.id}`)).statusCode).toBe(403);
    expect((await owner.delete(`/api/attachments/${file.id}`)).statusCode).toBe(204);
    expect((await owner.get(file.downloadUrl)).statusCode).toBe(404);
    expect((await owner.delete(`/api/attachments/${file.id}`)).statusCode).toBe(404);
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'attachment.delete'), eq(auditLog.entityId, file.id)));
    expect(audit.before).toMatchObject({ fileName: 'a.pdf' });
  });

  it('keeps the bytes in the database, so another server process on it serves the same file, and names it by what it is', async () => {
    const offer = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a27' } })
      .png()
      .toBuffer();
    const file = (await upload(owner, `/api/offers/${offer.id}/attachments`, { name: 'invoice.html', data: png })).json();
    expect(file).toMatchObject({ fileName: 'invoice.png', mimeType: 'image/png' });
    const other = await buildApp({ config: ctx.config, database: ctx.database, logger: false, webRoot: '/nonexistent' });
    try {
      const download = await other.inject({ method: 'GET', url: file.downloadUrl });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(png)).toBe(true);
      expect(download.headers['content-disposition']).toContain('filename="invoice.png"');
    } finally {
      await other.close();
    }
    const nulName = await upload(owner, `/api/offers/${offer.id}/attachments`, { name: 'a\u0000.pdf', data: pdf });
    expect(nulName.statusCode).toBe(400);
    expect(nulName.json().error.details.fields[0]).toMatchObject({ path: 'file', code: 'invalid_text' });
  });

  it('deletes the bytes with the record', async () => {
    const offer = await newOffer(ctx.database.db, { ownerOrganisationId: organisationId, provinceCode: '40' });
    const file = (await upload(owner, `/api/offers/${offer.id}/attachments`, { name: 'b.pdf', data: pdf })).json();
    const stored = async () =>
      (
        await ctx.database.db
          .select({ n: count() })
          .from(storedFiles)
          .where(like(storedFiles.key, `%${file.id}%`))
      )[0].n;
    expect(await stored()).toBe(1);
    expect((await owner.delete(`/api/attachments/${file.id}`)).statusCode).toBe(204);
    expect(await stored()).toBe(0);
  });
});
