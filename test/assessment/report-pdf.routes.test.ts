import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/domain/assessment/numbers.js';
import { newOrganisation } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';
import { assessmentWorld, fullAnswers, METHODOLOGY } from './assessment-world.js';
import { pdfText } from './pdf-text.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof assessmentWorld>>;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await assessmentWorld(ctx);
});
afterAll(async () => ctx?.close());

/** An assessment of `organisationId` filled in by `client`, submitted and approved by the Nghệ An staff. */
async function approved(client: TestClient, organisationId: string, level: number, seed: number) {
  const started = await client.post('/api/assessments', { organisationId, methodologyId: METHODOLOGY, vsicDivision: '10' });
  expect(started.statusCode, started.body).toBe(201);
  const id = started.json().id as string;
  expect((await client.put(`/api/assessments/${id}/answers`, { methodologyId: METHODOLOGY, answers: fullAnswers(level, seed) })).statusCode).toBe(200);
  expect((await client.post(`/api/assessments/${id}/submit`)).statusCode).toBe(200);
  expect((await w.staff.client.post(`/api/assessments/${id}/approve`, {})).statusCode).toBe(200);
  return id;
}

describe('the report as a PDF', () => {
  it('downloads in Vietnamese and English with the enterprise, the total written the language’s way, the sector and the change', async () => {
    // Five firms of the division so the sector's quartiles show, then the enterprise twice.
    for (let i = 0; i < 5; i++) {
      const firm = await newOrganisation(ctx.database.db, { provinceCode: '40' });
      await approved(w.staff.client, firm.id, 0.2 + i * 0.15, 200 + i);
    }
    await approved(w.member.client, w.enterprise.id, 0.3, 11);
    const id = await approved(w.member.client, w.enterprise.id, 0.75, 12);
    const report = (await w.member.client.get(`/api/assessments/${id}/report`)).json();
    expect(report.sector.status).toBe('ok');
    expect(report.previous).not.toBeNull();

    const vi = await w.member.client.get(`/api/assessments/${id}/report.pdf?lang=vi`);
    expect(vi.statusCode, vi.body).toBe(200);
    expect(vi.headers['content-type']).toBe('application/pdf');
    expect(vi.headers['content-disposition']).toMatch(/^attachment; filename="bao-cao-danh-gia-.+\.pdf"$/);
    expect(vi.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const viText = pdfText(vi.rawPayload);
    expect(viText).toContain('Công ty Nước mắm Cửa Hội Thử');
    expect(viText).toContain(`${formatNumber(report.score.total, 'vi')} trên 100`);
    expect(viText).toContain('Căn cứ pháp lý');
    expect(viText).toContain('17/2019/TT-BKHCN — Thông tư hướng dẫn');
    expect(viText).toContain(report.score.level.name.vi);
    expect(viText).toContain('Tứ phân vị 1 – 3');
    expect(viText).toContain('Thay đổi so với lần đánh giá trước');
    expect(viText).toContain(`Bước tiếp theo: ${report.weaknesses[0].nextStep.vi.split(' ').slice(0, 3).join(' ')}`);
    expect(viText).toContain('TẠM TÍNH');

    const en = await w.staff.client.get(`/api/assessments/${id}/report.pdf?lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-disposition']).toContain('assessment-report-');
    const enText = pdfText(en.rawPayload);
    expect(enText).toContain('TECHNOLOGY ASSESSMENT REPORT');
    expect(enText).toContain(`${formatNumber(report.score.total, 'en')} out of 100`);
    expect(enText).toContain(report.score.level.name.en);
    expect(enText).toContain('Change since the previous assessment');
    // Without ?lang the caller's language is used (the member's is English).
    expect(pdfText((await w.member.client.get(`/api/assessments/${id}/report.pdf`)).rawPayload)).toContain('TECHNOLOGY ASSESSMENT REPORT');
  });

  it('is refused to whoever may not see the report, and names a bad lang', async () => {
    const id = (await w.member.client.get('/api/assessments?status=approved')).json().items[0].id as string;
    expect((await w.agency.client.get(`/api/assessments/${id}/report.pdf?lang=vi`)).statusCode).toBe(200);
    for (const outsider of [w.stranger, w.supplier, w.farStaff, w.admin]) {
      const refused = await outsider.client.get(`/api/assessments/${id}/report.pdf?lang=vi`);
      expect(refused.statusCode).toBe(404);
      expect(refused.headers['content-type']).not.toBe('application/pdf');
    }
    expect((await new TestClient(ctx.app).get(`/api/assessments/${id}/report.pdf`)).statusCode).toBe(401);
    const bad = await w.member.client.get(`/api/assessments/${id}/report.pdf?lang=fr`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('querystring.lang');
  });
});
