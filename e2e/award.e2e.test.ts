import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// The demo provincial award council (src/seed/demo/load-award.ts): five expert accounts and a secretary.
const PASSWORD = 'TechBridge@2026';
const chairEmail = 'chuyengia.duc@techbridge.local';
const conflictedEmail = 'chuyengia.huy@techbridge.local';
const otherEmails = ['chuyengia.van@techbridge.local', 'chuyengia.trang@techbridge.local', 'chuyengia.nam@techbridge.local'];
const secretaryEmail = 'thuky.hoidong@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

const session = demoBrowser();

async function signedIn(email: string, viewport = desktop): Promise<{ context: BrowserContext; page: Page; api: ApiSession }> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const api = await apiSession(context, email, PASSWORD);
  return { context, page: await context.newPage(), api };
}

let councilId: string;
let dossierId: string;
let title: string;

beforeAll(async () => {
  const chair = await signedIn(chairEmail);
  // The demo council by name: other journeys on the same server form councils with the same experts.
  const list = (await (await chair.context.request.get('/api/councils')).json()) as { items: Array<{ id: string; name: string }> };
  councilId = list.items.find((c) => c.name === 'Hội đồng xét chọn doanh nghiệp đổi mới công nghệ tiêu biểu cấp tỉnh 2019')!.id;
  const detail = (await (await chair.context.request.get(`/api/councils/${councilId}`)).json()) as { dossiers: Array<{ id: string; title: string }> };
  dossierId = detail.dossiers[0].id;
  title = detail.dossiers[0].title;
  await chair.context.close();
});

it('a council of five: one member declares a conflict on the phone and is excluded, members score, the secretary consolidates', async () => {
  const conflicted = await signedIn(conflictedEmail, phone);
  await conflicted.page.goto(`/councils/${councilId}`);
  await conflicted.page.getByText(title, { exact: true }).first().waitFor();
  await conflicted.page.getByRole('button', { name: 'Tôi có xung đột lợi ích' }).first().click();
  await conflicted.page.getByLabel('Nội dung xung đột').fill('Tôi từng tư vấn cho doanh nghiệp này');
  await expect(accessibilityFaults(conflicted.page)).resolves.toEqual([]);
  await conflicted.page.getByRole('button', { name: 'Khai báo xung đột' }).click();
  await expect.poll(async () => (await conflicted.page.getByText(title, { exact: true }).count()) === 0).toBe(true);
  const hidden = await conflicted.context.request.get(`/api/council-dossiers/${dossierId}`);
  expect(hidden.status()).toBe(403);

  const chair = await signedIn(chairEmail);
  await chair.page.goto(`/councils/${councilId}`);
  await chair.page.getByRole('button', { name: 'Tôi không có xung đột lợi ích' }).first().click();
  await chair.page.getByRole('link', { name: 'Mở và chấm điểm' }).first().click();
  await chair.page.getByRole('heading', { name: title }).waitFor();
  await expect(accessibilityFaults(chair.page)).resolves.toEqual([]);
  await chair.page.getByLabel(/^Mức độ đổi mới công nghệ — Điểm/).fill('45');
  await chair.page.getByLabel(/^Hiệu quả sản xuất, kinh doanh — Điểm/).fill('30');
  await chair.page.getByLabel(/^Lan tỏa, đóng góp xã hội — Điểm/).fill('20');
  await chair.page.getByRole('button', { name: 'Nộp và khóa phiếu' }).click();
  await chair.page.getByText('Điểm vượt quá điểm tối đa của tiêu chí.').waitFor();
  await chair.page.getByLabel(/^Mức độ đổi mới công nghệ — Điểm/).fill('34');
  await chair.page.getByRole('button', { name: 'Nộp và khóa phiếu' }).click();
  await chair.page.getByText('Phiếu của bạn đã nộp và được khóa.').waitFor();
  await chair.page.getByText('Điểm của các thành viên khác được ẩn cho đến khi thư ký tổng hợp.').waitFor();

  for (const [i, email] of otherEmails.entries()) {
    const member = await signedIn(email);
    await member.api.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: false });
    await member.api.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores: { innovation: 30 + i, results: 28, impact: 20 } });
    await member.context.close();
  }

  const secretary = await signedIn(secretaryEmail);
  await secretary.page.goto(`/councils/dossiers/${dossierId}`);
  await secretary.page.getByRole('heading', { name: 'Các phiếu' }).waitFor();
  await secretary.page.getByLabel('Ý kiến thống nhất — Mức độ đổi mới công nghệ').fill('Đổi mới dây chuyền rõ rệt');
  await secretary.page.getByLabel('Kết luận').fill('Đề nghị Bộ xét chọn');
  await expect(accessibilityFaults(secretary.page)).resolves.toEqual([]);
  await secretary.page.getByRole('button', { name: 'Tổng hợp kết quả' }).click();
  await secretary.page.getByRole('heading', { name: 'Kết quả của hội đồng' }).waitFor();
  await secretary.page.getByText('Đổi mới dây chuyền rõ rệt').first().waitFor();

  // Now the chair sees the others' scores, and the minutes name the excluded member.
  await chair.page.reload();
  await chair.page.getByRole('heading', { name: 'Các phiếu' }).waitFor();
  await secretary.page.goto(`/councils/${councilId}/minutes`);
  await secretary.page
    .getByText(/Không tham gia: TS\. Lê Quang Huy/)
    .first()
    .waitFor();
  await expect(accessibilityFaults(secretary.page)).resolves.toEqual([]);
});

it('the public award pages: the 2016–2018 round, and a verification page that refuses an unknown code', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: phone, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto('/award');
  await page.getByRole('link', { name: 'Doanh nghiệp đổi mới công nghệ tiêu biểu giai đoạn 2016–2018' }).click();
  await page.getByRole('heading', { name: 'Doanh nghiệp được tôn vinh' }).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.goto('/award/verify/khong-co-ma-nay');
  await page.getByText('Không có giấy chứng nhận nào với mã này.').waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
});
