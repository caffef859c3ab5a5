import sharp from 'sharp';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { multipart } from '../imports/multipart.js';
import { assessmentWorld, fullAnswers, METHODOLOGY } from './assessment-world.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof assessmentWorld>>;
let png: Buffer;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await assessmentWorld(ctx);
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 80, b: 20 } } })
    .png()
    .toBuffer();
});
afterAll(async () => ctx?.close());

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const QUESTION = 'T3.automated';

async function start() {
  const response = await w.member.client.post('/api/assessments', { organisationId: w.enterprise.id, methodologyId: METHODOLOGY, vsicDivision: '10' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

function attach(client: TestClient, id: string, subject: string | undefined, file: { name: string; data: Buffer }) {
  const body = multipart({}, file);
  const query = subject === undefined ? '' : `?subject=${encodeURIComponent(subject)}`;
  return client.request('POST', `/api/assessments/${id}/attachments${query}`, body.payload, { headers: body.headers });
}

describe('evidence files per answer', () => {
  it('stores a photo for one question, confidential, with a thumbnail, listed per question and audited', async () => {
    const id = await start();
    expect((await attach(new TestClient(ctx.app), id, QUESTION, { name: 'a.png', data: png })).statusCode).toBe(401);
    const created = await attach(w.member.client, id, QUESTION, { name: 'Dây chuyền đóng chai.png', data: png });
    expect(created.statusCode, created.body).toBe(201);
    const file = created.json();
    expect(file).toMatchObject({ ownerType: 'assessment', ownerId: id, subject: QUESTION, mimeType: 'image/png', confidential: true, hasThumbnail: true });
    await attach(w.member.client, id, 'T1.generation', { name: 'bien-ban.pdf', data: pdf }).then((r) => expect(r.statusCode, r.body).toBe(201));

    const all = (await w.member.client.get(`/api/assessments/${id}/attachments`)).json();
    expect(all.total).toBe(2);
    const one = (await w.member.client.get(`/api/assessments/${id}/attachments?subject=${QUESTION}`)).json();
    expect(one).toMatchObject({ total: 1, items: [{ id: file.id, subject: QUESTION, canDelete: true }] });
    // The province's connection point and the agency see it.
    const seen = (await w.staff.client.get(`/api/assessments/${id}/attachments?subject=${QUESTION}`)).json();
    expect(seen.items.map((f: { id: string }) => f.id)).toEqual([file.id]);
    expect((await w.agency.client.get(file.thumbnailUrl)).statusCode).toBe(200);
    const download = await w.staff.client.get(file.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(png)).toBe(true);

    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'attachment.create'), eq(auditLog.entityId, file.id)));
    expect(audit).toMatchObject({ organisationId: w.enterprise.id, after: expect.objectContaining({ ownerType: 'assessment', subject: QUESTION }) });
  });

  it('hides evidence from strangers, staff of another province, suppliers, platform admins and the public (404)', async () => {
    const id = await start();
    const file = (await attach(w.member.client, id, QUESTION, { name: 'anh.png', data: png })).json();
    for (const client of [w.stranger.client, w.farStaff.client, w.supplier.client, w.admin.client, new TestClient(ctx.app)]) {
      expect((await client.get(`/api/assessments/${id}/attachments`)).statusCode).toBe(404);
      expect((await client.get(file.downloadUrl)).statusCode).toBe(404);
      expect((await client.get(file.thumbnailUrl)).statusCode).toBe(404);
    }
    for (const client of [w.stranger.client, w.farStaff.client]) {
      expect((await attach(client, id, QUESTION, { name: 'x.png', data: png })).statusCode).toBe(404);
      expect((await client.delete(`/api/attachments/${file.id}`)).statusCode).toBe(404);
    }
  });

  it('audits each evidence file opened by staff or the agency (who, which assessment, which file), not the enterprise’s own reads nor previews', async () => {
    const id = await start();
    const file = (await attach(w.member.client, id, QUESTION, { name: 'Biên bản thăm cơ sở.pdf', data: pdf })).json();
    const photo = (await attach(w.member.client, id, QUESTION, { name: 'may-chiet-rot.png', data: png })).json();
    const reads = () =>
      ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'assessment.evidence-read'), eq(auditLog.entityId, id)));

    // The enterprise's own members read their evidence unrecorded; staff's previews beside the answers are not reads.
    expect((await w.member.client.get(file.downloadUrl)).statusCode).toBe(200);
    expect((await w.staff.client.get(photo.thumbnailUrl)).statusCode).toBe(200);
    expect(await reads()).toEqual([]);

    const download = await w.staff.client.get(file.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await w.agency.client.get(photo.downloadUrl)).statusCode).toBe(200);
    const entries = await reads();
    expect(entries.map((e) => [e.actorId, (e.after as { attachmentId: string }).attachmentId]).sort()).toEqual(
      [
        [w.staff.user.id, file.id],
        [w.agency.user.id, photo.id],
      ].sort(),
    );
    expect(entries.find((e) => e.actorId === w.staff.user.id)).toMatchObject({
      entityType: 'assessment',
      organisationId: w.enterprise.id,
      after: { attachmentId: file.id, subject: QUESTION, variant: 'file' },
    });
    // The entry names the file by id only: its name is as confidential as its content, and admins read the audit log.
    expect(JSON.stringify(entries)).not.toContain('Biên bản thăm cơ sở');

    // Anyone else gets 404 with no file bytes, and leaves no entry.
    for (const client of [w.stranger.client, w.farStaff.client, w.admin.client, new TestClient(ctx.app)]) {
      const refused = await client.get(file.downloadUrl);
      expect(refused.statusCode).toBe(404);
      expect(refused.headers['content-type']).toContain('application/json');
      expect(refused.rawPayload.includes(Buffer.from('%PDF'))).toBe(false);
    }
    expect(await reads()).toHaveLength(2);
  });

  it('refuses an unknown question naming it, a missing question, and a file that is neither an image nor a PDF', async () => {
    const id = await start();
    const unknown = await attach(w.member.client, id, 'Z9.nope', { name: 'a.png', data: png });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0]).toMatchObject({ path: 'subject', code: 'unknown_question' });
    expect(unknown.json().error.details.fields[0].message).toContain('Z9.nope');
    const missing = await attach(w.member.client, id, undefined, { name: 'a.png', data: png });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0]).toMatchObject({ path: 'subject', code: 'blank' });
    // A text note is a fine attachment for an offer, not evidence: photos and PDFs only.
    const text = await attach(w.member.client, id, QUESTION, { name: 'ghi-chu.txt', data: Buffer.from('Biên bản thăm cơ sở') });
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { accepted: 'image-or-pdf' } });
    const html = await attach(w.member.client, id, QUESTION, { name: 'x.png', data: Buffer.from('<html><script>alert(1)</script></html>') });
    expect(html.statusCode).toBe(415);
    expect((await w.member.client.get(`/api/assessments/${id}/attachments`)).json().total).toBe(0);
  });

  it('refuses an over-long question filter, and keeps every evidence file confidential', async () => {
    const id = await start();
    const listed = await w.member.client.get(`/api/assessments/${id}/attachments?subject=${'x'.repeat(101)}`);
    expect(listed.statusCode).toBe(400);
    const file = (await attach(w.member.client, id, QUESTION, { name: 'a.png', data: png })).json();
    expect(file.confidential).toBe(true);
  });

  it('locks evidence once submitted or approved; reopening lets the enterprise add and delete again', async () => {
    const id = await start();
    const first = (await attach(w.member.client, id, QUESTION, { name: 'truoc.png', data: png })).json();
    const saved = await w.member.client.put(`/api/assessments/${id}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers() });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await w.member.client.post(`/api/assessments/${id}/submit`)).statusCode).toBe(200);

    expect((await attach(w.member.client, id, QUESTION, { name: 'sau.png', data: png })).statusCode).toBe(403);
    expect((await w.member.client.delete(`/api/attachments/${first.id}`)).statusCode).toBe(403);
    const reviewing = (await w.staff.client.get(`/api/assessments/${id}/attachments`)).json();
    expect(reviewing.items).toMatchObject([{ id: first.id, subject: QUESTION, canDelete: false }]);

    expect((await w.staff.client.post(`/api/assessments/${id}/approve`, {})).statusCode).toBe(200);
    expect((await attach(w.member.client, id, QUESTION, { name: 'sau.png', data: png })).statusCode).toBe(403);
    expect((await attach(w.staff.client, id, QUESTION, { name: 'sau.png', data: png })).statusCode).toBe(403);

    expect((await w.staff.client.post(`/api/assessments/${id}/return`, { comment: 'Cần ảnh rõ hơn' })).statusCode).toBe(200);
    expect((await attach(w.member.client, id, QUESTION, { name: 'ro-hon.png', data: png })).statusCode).toBe(201);
    expect((await w.member.client.delete(`/api/attachments/${first.id}`)).statusCode).toBe(204);
    const after = (await w.member.client.get(`/api/assessments/${id}/attachments`)).json();
    expect(after.items.map((f: { fileName: string }) => f.fileName)).toEqual(['ro-hon.png']);
  });

  it('a catalogue record refuses a question as subject', async () => {
    const { newOffer } = await import('../support/factories.js');
    const offer = await newOffer(ctx.database.db, { ownerOrganisationId: w.enterprise.id, provinceCode: '40' });
    const body = multipart({}, { name: 'a.png', data: png });
    const response = await w.member.client.request('POST', `/api/offers/${offer.id}/attachments?subject=${QUESTION}`, body.payload, { headers: body.headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0]).toMatchObject({ path: 'subject', code: 'subject_not_expected' });
  });
});
