import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): the Nghệ An connection point and an enterprise.
const PASSWORD = 'TechBridge@2026';
const broker = 'diemketnoi.nghean@techbridge.local';
const enterprise = 'doanhnghiep@techbridge.local';
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const session = demoBrowser();

async function signedInPage(email: string, viewport = desktop): Promise<Page> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await apiSession(context, email, PASSWORD);
  return context.newPage();
}

it('a connection point publishes several records of its queue at once, on a phone', async () => {
  const page = await signedInPage(broker, phone);
  await page.goto('/moderation');
  await page.getByRole('heading', { name: 'Hàng chờ duyệt' }).waitFor();
  const rows = page.getByTestId('moderation-row');
  await rows.first().waitFor();
  const before = await rows.count();
  expect(before).toBeGreaterThan(1);
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Công bố 2 bản ghi đã chọn' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã công bố 2 bản ghi' }).waitFor();
  await page.screenshot({ path: '/tmp/moderation-bulk-phone.png', fullPage: true });
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
});

it("an enterprise sees its organisation's matches and its connections, current work first, filterable by year", async () => {
  const page = await signedInPage(enterprise);
  await page.goto('/matches');
  await page.getByRole('heading', { name: 'Kết quả ghép nối của tổ chức' }).waitFor();
  await page
    .getByText(/Phù hợp với|Chưa có kết quả ghép nối nào/)
    .first()
    .waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  await page.goto('/connections');
  // The select's input (its option list carries the same label).
  const year = page.getByLabel('Năm mở kết nối').first();
  await year.waitFor();
  await page.locator('time').first().waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await year.click();
  const years = page.getByRole('option');
  expect(await years.count()).toBeGreaterThan(1);
  await years.nth(1).click();
  await page.waitForURL(/year=\d{4}/);
});

it('an English search that widened its words says so and shows what it searched for', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: desktop, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/offers?q=fish%20sauce');
  const note = page.getByTestId('search-widened');
  await note.waitFor();
  expect(await note.innerText()).toContain('nước mắm');
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
});
