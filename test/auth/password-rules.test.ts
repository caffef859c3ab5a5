import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema/index.js';
import { newUser, TEST_PASSWORD } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const TOO_COMMON_EN =
  'This password is too common or too easy to guess (it is on lists of common or leaked passwords). Choose a longer, less predictable one, such as a phrase of a few words.';

function expectRefused(response: { statusCode: number; json: () => { error: { details: { fields: unknown } } } }, path: string, message = TOO_COMMON_EN) {
  expect(response.statusCode).toBe(400);
  expect(response.json().error.details.fields).toEqual([{ path, code: 'password_too_common', message }]);
}

describe('password rules', () => {
  it('refuses common and breached passwords at sign-up, for a new email and a taken one alike', async () => {
    // A client each, as better-auth also limits sign-ups per address.
    const client = () => new TestClient(ctx.app, 'en');
    for (const password of ['1234567890', 'Password@123', 'qwertyuiop', 'Qwerty@123', 'iloveyou12']) {
      expectRefused(await client().post('/api/auth/sign-up', { name: 'Phạm Văn D', email: 'new-person@example.vn', password }), 'password');
    }
    // Refusing only new emails would tell an attacker which ones have accounts.
    const existing = await newUser(ctx.database.db);
    expectRefused(await client().post('/api/auth/sign-up', { name: 'X', email: existing.email, password: 'Password@123' }), 'password');
    const accepted = await client().post('/api/auth/sign-up', { name: 'Phạm Văn D', email: 'new-person@example.vn', password: 'Song-Hong-Chay-Mai' });
    expect(accepted.statusCode).toBe(201);
  });

  it('refuses a password made of the person’s own name or email, in Vietnamese by default', async () => {
    const vi = await new TestClient(ctx.app).post('/api/auth/sign-up', { name: 'Hoàng Minh', email: 'hoangminh@example.vn', password: 'hoangminh2026' });
    expectRefused(
      vi,
      'password',
      'Mật khẩu này quá phổ biến hoặc dễ đoán (có trong danh sách mật khẩu hay dùng hoặc bị lộ). Hãy chọn mật khẩu dài hơn, khó đoán hơn, ví dụ một cụm vài từ.',
    );
  });

  it('asks for at least 10 characters', async () => {
    const short = await new TestClient(ctx.app, 'en').post('/api/auth/sign-up', { name: 'A', email: 'short9@example.vn', password: 'Ab1!xY7@q' });
    expect(short.json().error.details.fields).toEqual([expect.objectContaining({ path: 'password', message: 'Must be at least 10 characters.' })]);
  });

  it('refuses a breached password at change and keeps the old one', async () => {
    const user = await newUser(ctx.database.db);
    const client = await new TestClient(ctx.app, 'en').signIn(user.email, TEST_PASSWORD);
    expectRefused(await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Welcome@123' }), 'newPassword');
    await new TestClient(ctx.app).signIn(user.email, TEST_PASSWORD);
    const changed = await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Ca-Phe-Sua-Da-Sang' });
    expect(changed.statusCode).toBe(200);
  });

  it('refuses a breached password at reset', async () => {
    const user = await newUser(ctx.database.db);
    const client = new TestClient(ctx.app, 'en');
    await client.post('/api/auth/request-password-reset', { email: user.email });
    const [mail] = await ctx.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
    const link = new URL(mail.text.match(/https?:\/\/\S+/)![0]);
    const redirect = await client.get(link.pathname + link.search);
    const token = new URL(redirect.headers.location as string, 'http://x').searchParams.get('token');
    expectRefused(await client.post('/api/auth/reset-password', { token, newPassword: 'Summer2024!' }), 'newPassword');
    expect((await client.post('/api/auth/reset-password', { token, newPassword: 'Mua-He-Nam-Nay-Nong' })).statusCode).toBe(200);
  });
});
