import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';
import type { TestClient } from '../support/test-client.js';
import { multipart } from '../imports/multipart.js';
import { assessmentWorld, fullAnswers, METHODOLOGY } from './assessment-world.js';

/** What a phone sends when the network returns (issue 14, item 5): retries must not duplicate, stale edits must not overwrite. */
let ctx: TestContext;
let w: Awaited<ReturnType<typeof assessmentWorld>>;
let png: Buffer;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await assessmentWorld(ctx);
  png = await sharp({ create: { width: 20, height: 20, channels: 3, background: { r: 10, g: 120, b: 60 } } })
    .png()
    .toBuffer();
});
afterAll(async () => ctx?.close());

const startBody = (id: string, organisationId = w.enterprise.id) => ({ id, organisationId, methodologyId: METHODOLOGY, vsicDivision: '10' });

function attach(client: TestClient, id: string, key: string, subject = 'T3.automated') {
  const body = multipart({}, { name: 'day-chuyen.png', data: png });
  return client.request('POST', `/api/assessments/${id}/attachments?subject=${subject}`, body.payload, {
    headers: { ...body.headers, 'idempotency-key': key },
  });
}

async function countOf(client: TestClient, organisationId: string) {
  return (await client.get(`/api/assessments?organisationId=${organisationId}`)).json().total as number;
}

describe('starting an assessment with the device id', () => {
  it('makes one assessment however often the same start is sent, and refuses the id for another enterprise', async () => {
    const id = crypto.randomUUID();
    const before = await countOf(w.staff.client, w.enterprise.id);
    const first = await w.staff.client.post('/api/assessments', startBody(id));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().id).toBe(id);
    const again = await w.staff.client.post('/api/assessments', startBody(id));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().id).toBe(id);
    expect(await countOf(w.staff.client, w.enterprise.id)).toBe(before + 1);

    const reused = await w.staff.client.post('/api/assessments', startBody(id, w.other.id));
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('ALREADY_EXISTS');
    // Someone who may not see it learns nothing from its id.
    const stranger = await w.farStaff.client.post('/api/assessments', startBody(id));
    expect(stranger.statusCode).toBe(403);
    expect(await countOf(w.staff.client, w.enterprise.id)).toBe(before + 1);
  });
});

describe('uploading a photo with an Idempotency-Key', () => {
  it('stores the photo once when the upload is sent twice', async () => {
    const id = (await w.staff.client.post('/api/assessments', startBody(crypto.randomUUID()))).json().id as string;
    const key = crypto.randomUUID();
    const first = await attach(w.staff.client, id, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().id).toBe(key);
    const again = await attach(w.staff.client, id, key);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ id: key, subject: 'T3.automated', mimeType: 'image/png' });
    expect((await w.staff.client.get(`/api/assessments/${id}/attachments`)).json().total).toBe(1);

    const otherQuestion = await attach(w.staff.client, id, key, 'T1.generation');
    expect(otherQuestion.statusCode).toBe(409);
    const badKey = await w.staff.client.request(
      'POST',
      `/api/assessments/${id}/attachments?subject=T3.automated`,
      multipart({}, { name: 'a.png', data: png }).payload,
      {
        headers: { ...multipart({}, { name: 'a.png', data: png }).headers, 'idempotency-key': 'not-a-uuid' },
      },
    );
    expect(badKey.statusCode).toBe(400);
    expect((await w.staff.client.get(`/api/assessments/${id}/attachments`)).json().total).toBe(1);
  });
});

describe('two people editing the same answer', () => {
  it('answers 409 with the current answer to an edit based on an older one, and writes nothing', async () => {
    const id = (await w.member.client.post('/api/assessments', startBody(crypto.randomUUID()))).json().id as string;
    const numeric = fullAnswers().find((a) => typeof a.value === 'number')!;
    const save = (client: TestClient, value: number, baseUpdatedAt: string | null) =>
      client.put(`/api/assessments/${id}/answers`, {
        methodologyId: METHODOLOGY,
        answers: [{ questionId: numeric.questionId, status: 'answered', value, baseUpdatedAt }],
      });

    // Both downloaded the blank questionnaire; staff's answer arrives first.
    const staffSaved = await save(w.staff.client, 10, null);
    expect(staffSaved.statusCode, staffSaved.body).toBe(200);
    const stamp = staffSaved.json().answers[numeric.questionId].updatedAt as string;

    const clash = await save(w.member.client, 20, null);
    expect(clash.statusCode, clash.body).toBe(409);
    expect(clash.json().error).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'answer_changed', conflicts: [{ questionId: numeric.questionId, current: { status: 'answered', value: 10, updatedAt: stamp } }] },
    });
    expect(clash.json().error.details.conflicts[0].current.updatedBy).toBeUndefined();
    expect((await w.member.client.get(`/api/assessments/${id}`)).json().answers[numeric.questionId].value).toBe(10);

    // Keeping one's own value after seeing the conflict: the edit is now based on the server's answer.
    const kept = await save(w.member.client, 20, stamp);
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().answers[numeric.questionId].value).toBe(20);
    // A retry of an edit that did arrive is no conflict.
    expect((await save(w.member.client, 20, stamp)).statusCode).toBe(200);
    // The online form (no base) saves as before.
    const plain = await w.member.client.put(`/api/assessments/${id}/answers`, {
      methodologyId: METHODOLOGY,
      answers: [{ questionId: numeric.questionId, status: 'answered', value: 30 }],
    });
    expect(plain.statusCode).toBe(200);
  });
});
