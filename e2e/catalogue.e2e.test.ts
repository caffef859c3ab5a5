import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fold } from '../src/domain/text/fold.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): a fish-sauce enterprise in Nghệ An and the
// staff of the connection point that covers Nghệ An.
const PASSWORD = 'TechBridge@2026';
const MEMBER = 'doanhnghiep@techbridge.local';
const STAFF = 'diemketnoi.nghean@techbridge.local';

const TITLE = 'Công nghệ khử mùi tanh và lắng trong nước mắm cốt Cửa Hội';
const SUMMARY = 'Cơ sở cần giải pháp lắng trong, khử mùi tanh cho nước mắm cốt trước khi đóng chai.';
const SECRET_FRAGMENT = 'tỷ lệ muối 27%';
const SECRET = `Bí mật: ${SECRET_FRAGMENT} và nhà cung cấp cá cơm Quỳnh Lưu`;
const REASON = 'Vui lòng nêu rõ chỉ tiêu độ đạm cần đạt trong phần tóm tắt.';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const demo = demoBrowser();

/** A browser context signed in as a demo account (the sign-in form itself is covered by the shell's tests). */
async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await demo.browser.newContext({ baseURL: demo.baseUrl, viewport: DESKTOP, locale: 'vi-VN' });
  const response = await context.request.post('/api/auth/sign-in', { data: { email, password: PASSWORD } });
  expect(response.status()).toBe(200);
  return { context, page: await context.newPage() };
}

const PUBLIC_FILE = 'gioi-thieu-co-so.pdf';
const SECRET_FILE = 'quy-trinh-hien-tai.pdf';

/**
 * Uploads a small PDF from the record's page and waits until it is listed. It waits for the
 * upload button first (the card is drawn once the record's abilities are known) and checks the
 * upload's answer, so a refused upload fails here with the server's message, not as a missing link.
 */
async function attach(page: Page, name: string) {
  await expect.poll(() => page.getByTestId('attachment-upload').isEnabled()).toBe(true);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/attachments'));
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  const response = await answered;
  expect(response.status(), await response.text()).toBe(201);
  await page.getByRole('link', { name }).waitFor();
}

async function moderationRow(page: Page, title = TITLE) {
  await page.goto('/moderation');
  const row = page.getByTestId('moderation-row').filter({ hasText: title });
  await row.waitFor();
  return row;
}

it('takes a demand from draft through review to a public search without diacritics', async () => {
  const member = await signedIn(MEMBER);
  const staff = await signedIn(STAFF);

  // The enterprise drafts a demand with a confidential part, attaches a file and submits it.
  const m = member.page;
  await m.goto('/demands/new');
  await m.getByRole('textbox', { name: 'Tiêu đề', exact: true }).waitFor();
  await expect(accessibilityFaults(m)).resolves.toEqual([]);
  await m.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(TITLE);
  await m.getByLabel('Tóm tắt công khai').fill(SUMMARY);
  await m.getByLabel('Vấn đề cần giải quyết').fill(SECRET);
  await m.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await m.waitForURL(/\/demands\/[0-9a-f-]{36}$/);
  const demandUrl = new URL(m.url()).pathname;
  await m.getByRole('heading', { name: TITLE }).waitFor();
  await attach(m, PUBLIC_FILE);
  await m.getByLabel(/^Tệp bảo mật/).check();
  await attach(m, SECRET_FILE);
  await m.getByRole('button', { name: 'Gửi duyệt' }).click();
  await m.getByText('Chờ duyệt').first().waitFor();

  // Connection-point staff return it with a reason.
  const s = staff.page;
  const row = await moderationRow(s);
  await row.getByRole('button', { name: 'Trả lại' }).click();
  const dialog = s.getByRole('dialog');
  await dialog.getByLabel('Lý do trả lại').waitFor();
  await expect(accessibilityFaults(s)).resolves.toEqual([]);
  await dialog.getByLabel('Lý do trả lại').fill(REASON);
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await s.getByTestId('moderation-row').filter({ hasText: TITLE }).waitFor({ state: 'detached' });

  // The member sees the reason, fixes the summary and submits again.
  await m.goto(demandUrl);
  expect(await m.getByTestId('return-reason').textContent()).toContain(REASON);
  await m.getByRole('link', { name: 'Sửa' }).click();
  await m.getByLabel('Tóm tắt công khai').fill(`${SUMMARY} Độ đạm cần đạt: trên 30 g/l.`);
  await m.getByRole('button', { name: 'Lưu', exact: true }).click();
  await m.waitForURL((url) => url.pathname === demandUrl);
  await m.getByText('trên 30 g/l').waitFor();
  await m.getByRole('button', { name: 'Gửi duyệt' }).click();
  await m.getByText('Chờ duyệt').first().waitFor();

  // Staff publish it (a demand is "opened").
  const again = await moderationRow(s);
  await again.getByRole('button', { name: 'Mở công khai' }).click();
  await s.getByTestId('moderation-row').filter({ hasText: TITLE }).waitFor({ state: 'detached' });

  // A signed-out visitor finds it typing without diacritics; neither the snippets nor the page show the confidential part.
  const visitor = await demo.browser.newContext({ baseURL: demo.baseUrl, viewport: DESKTOP, locale: 'vi-VN' });
  const v = await visitor.newPage();
  await v.goto(`/demands?q=${encodeURIComponent(fold('khử mùi tanh nước mắm cốt Cửa Hội'))}`);
  const hit = v.getByRole('article').filter({ hasText: TITLE });
  await hit.waitFor();
  expect(await hit.locator('mark').count()).toBeGreaterThan(0);
  expect(await v.getByRole('main').innerText()).not.toContain(SECRET_FRAGMENT);
  await v.screenshot({ path: '/tmp/catalogue-search-desktop.png' });
  await v.setViewportSize(PHONE);
  await v.screenshot({ path: '/tmp/catalogue-search-phone.png' });

  // Words found only in the confidential part do not find it either.
  await v.goto(`/demands?q=${encodeURIComponent(fold(SECRET_FRAGMENT))}`);
  await v.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
  expect(await v.getByRole('article').filter({ hasText: TITLE }).count()).toBe(0);
  await v.goBack();
  await hit.waitFor();

  await v.setViewportSize(DESKTOP);
  await hit.getByRole('link').first().click();
  await v.waitForURL((url) => url.pathname === demandUrl);
  await v.getByRole('heading', { name: TITLE }).waitFor();
  await v.getByText('trên 30 g/l').waitFor();
  await v.getByRole('link', { name: PUBLIC_FILE }).waitFor();
  expect(await v.getByRole('link', { name: SECRET_FILE }).count()).toBe(0);
  expect(await v.getByTestId('confidential-details').count()).toBe(0);
  // In its place, a note says the part exists and who may read it.
  expect(await v.getByTestId('confidential-hidden').textContent()).toContain('Bảo mật');
  expect(await v.getByRole('main').innerText()).not.toContain(SECRET_FRAGMENT);
  expect(await v.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
  await v.screenshot({ path: '/tmp/catalogue-detail-desktop.png', fullPage: true });
  await v.setViewportSize(PHONE);
  await v.screenshot({ path: '/tmp/catalogue-detail-phone.png', fullPage: true });

  // The owner still sees the confidential part on the same page.
  await m.goto(demandUrl);
  expect(await m.getByTestId('confidential-details').textContent()).toContain(SECRET);
  await m.getByRole('link', { name: SECRET_FILE }).waitFor();

  await Promise.all([member.context.close(), staff.context.close(), visitor.close()]);
});

const IMPORTED = 'Lọc trong nước mắm cốt bằng màng gốm, nhập từ tệp khảo sát';

/** A survey sheet as a centre writes it: template headers without the bracketed field names, two rows with several mistakes. */
async function surveySheet() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Khảo sát');
  sheet.addRow(['Mã định danh', 'Tên công nghệ', 'Mức sẵn sàng công nghệ TRL 1–9', 'Ngành VSIC cấp 1', 'Tỉnh/thành phố', 'Giá chào bán, VND']);
  sheet.addRow(['E2E-BAD-1', null, 12, 'Z', 'Nghệ An', null]);
  sheet.addRow(['E2E-BAD-2', 'Máy sấy', 5, 'C', 'Atlantis', -5]);
  sheet.addRow(['E2E-GOOD-1', IMPORTED, 6, 'C', 'Nghệ An', null]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

it('imports a sheet with bad rows: every error of each row named by its column, the good row waits for moderation', async () => {
  const staff = await signedIn(STAFF);
  const s = staff.page;
  await s.goto('/imports');
  await s.locator('input[type=file]').setInputFiles({
    name: 'khao-sat.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await surveySheet(),
  });
  await s.getByRole('button', { name: 'Bắt đầu nhập' }).click();
  await s.getByText('Các dòng bị từ chối').waitFor();

  const rowOf = (line: number) => s.getByRole('row').filter({ has: s.getByRole('cell', { name: String(line), exact: true }) });
  const first = await rowOf(2).innerText();
  for (const text of ['Tên công nghệ', 'Không được để trống.', 'Mức sẵn sàng công nghệ TRL 1–9', 'Ngành VSIC cấp 1']) expect(first).toContain(text);
  const second = await rowOf(3).innerText();
  for (const text of ['Tỉnh/thành phố', 'Không nhận ra tỉnh/thành phố này.', 'Giá chào bán, VND']) expect(second).toContain(text);
  // No field code or programming constant reaches the person.
  expect(await s.getByRole('main').innerText()).not.toMatch(/\b(trl|sectorCode|priceVnd|province|title)\b|[A-Z]{2,}_[A-Z]/);
  await expect(accessibilityFaults(s)).resolves.toEqual([]);

  // On a phone each refused row is a card with its line and every error, nothing scrolled out of sight.
  await s.setViewportSize(PHONE);
  const refused = s.locator('table[data-layout="cards"]', { has: s.getByText('Không được để trống.') }).locator('tbody tr');
  await refused.first().waitFor();
  expect(await refused.count()).toBe(2);
  expect(await refused.first().innerText()).toContain('Mức sẵn sàng công nghệ TRL 1–9');
  const box = await refused.nth(1).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  expect(await s.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expect(accessibilityFaults(s)).resolves.toEqual([]);
  await s.screenshot({ path: '/tmp/techbridge-import-errors-phone.png', fullPage: true });
  await s.setViewportSize(DESKTOP);

  // Nothing is published without moderation: the good row is in the staff's queue, not public.
  await moderationRow(s, IMPORTED);
  const visitor = await demo.browser.newContext({ baseURL: demo.baseUrl, viewport: DESKTOP, locale: 'vi-VN' });
  const search = await visitor.request.get(`/api/offers?q=${encodeURIComponent('màng gốm nhập từ tệp khảo sát')}`);
  expect(JSON.stringify(await search.json())).not.toContain(IMPORTED);
  await Promise.all([staff.context.close(), visitor.close()]);
});
