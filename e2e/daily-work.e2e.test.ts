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

it('a mistyped search on a phone says which words it searched for instead, and marks them in the results', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: phone, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto('/offers?q=nuoc%20mamm');
  const note = page.getByTestId('search-corrected');
  await note.waitFor();
  expect(await note.innerText()).toContain('“mamm” →');
  expect(await note.innerText()).toContain('Không có kết quả khớp đúng các từ đã gõ');
  expect(await page.locator('mark', { hasText: /^mắm$/i }).count()).toBeGreaterThan(0);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
});

/** Whether the focused element is inside an element matching `selector`. */
const focusWithin = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);
/** The accessible name people hear for the focused element (its aria-label or its text). */
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');

it('works the header menus and a dialog from the keyboard: focus goes in, stays in, Escape closes and focus comes back', async () => {
  // A record waiting for review, so that the queue has a "return" dialog to open.
  const member = await apiSession(await session.browser.newContext({ baseURL: session.baseUrl }), enterprise, PASSWORD);
  const demand = await member.post('/api/demands', {
    ownerOrganisationId: member.organisationIds[0],
    language: 'vi',
    title: `Cần máy đóng gói chân không cho cá khô ${Date.now()}`,
    publicSummary: 'Cơ sở chế biến cần máy đóng gói chân không cho cá khô xuất khẩu.',
  });
  await member.post(`/api/demands/${demand.id}/submit`);
  const page = await signedInPage(broker);
  await page.goto('/moderation');
  await page.getByTestId('moderation-row').first().waitFor();

  // The notification list: Enter opens it with the focus inside, Escape closes it and the bell has the focus again.
  const bell = page.getByRole('button', { name: /^Thông báo/ });
  await bell.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusWithin(page, '[role="dialog"]')).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focusWithin(page, '[role="dialog"]')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedName(page)).toMatch(/^Thông báo/);

  // The account menu: Enter opens it, the arrows move through its items, Escape closes it on its button.
  const account = page.getByRole('button', { name: /^Tài khoản của / });
  await account.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor();
  // The menu can be in the page before it listens for keys (it opens with a transition): an arrow
  // pressed that early is lost, so it is pressed again until the focus is on an item.
  await expect
    .poll(async () => {
      if (!(await focusWithin(page, '[role="menuitem"]'))) await page.keyboard.press('ArrowDown');
      return focusWithin(page, '[role="menuitem"]');
    })
    .toBe(true);
  await page.keyboard.press('Escape');
  await page.getByRole('menu').waitFor({ state: 'hidden' });
  await expect.poll(() => focusedName(page)).toMatch(/^Tài khoản của /);

  // A dialog of the moderation queue: it takes the focus, keeps it through Tab, and gives it back on Escape.
  const row = page.getByTestId('moderation-row').filter({ hasText: 'máy đóng gói chân không cho cá khô' });
  const giveBack = row.getByRole('button', { name: 'Trả lại' });
  await giveBack.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Trả lại để chỉnh sửa' });
  await dialog.waitFor();
  await expect.poll(() => focusWithin(page, '[role="dialog"]')).toBe(true);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await focusWithin(page, '[role="dialog"]'), `Tab ${i + 1}`).toBe(true);
  }
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => focusedName(page)).toBe('Trả lại');

  // The language switch is one group of radios: the arrow key chooses English, and the page follows.
  await page.getByRole('radio', { name: 'VI' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.getByRole('radio', { name: 'EN' }).isChecked()).toBe(true);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('en');
});

it('sets a kind of notification to a daily digest on a phone, and the choice is kept', async () => {
  const page = await signedInPage(enterprise, phone);
  await page.goto('/me/profile');
  const settings = page.getByRole('table', { name: 'Nhận thông báo' });
  await settings.locator('tbody tr').first().waitFor();
  expect(await settings.getAttribute('data-layout')).toBe('cards');
  // Every kind by its name, never its code, with its choice in view.
  const kinds = await settings.locator('tbody tr td:first-child').allInnerTexts();
  expect(kinds.length).toBeGreaterThan(3);
  expect(kinds.filter((kind) => /^[a-z]+(\.[a-z-]+)+$/.test(kind.trim()))).toEqual([]);
  const row = settings.locator('tbody tr').first();
  const byEmail = row.getByRole('checkbox', { name: /: Qua email$/ });
  if (!(await byEmail.isChecked())) await byEmail.check();
  const when = row.getByRole('combobox', { name: /: Gửi e-mail$/ });
  const box = await when.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await when.selectOption({ label: 'Tóm tắt hằng ngày (7 giờ sáng)' });
  await page.getByRole('button', { name: 'Lưu lựa chọn' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Lưu lựa chọn' }).isDisabled()).toBe(true);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.screenshot({ path: '/tmp/techbridge-notification-settings-phone.png', fullPage: true });

  await page.reload();
  await settings.locator('tbody tr').first().waitFor();
  await expect
    .poll(() =>
      settings
        .locator('tbody tr')
        .first()
        .getByRole('combobox', { name: /: Gửi e-mail$/ })
        .inputValue(),
    )
    .toBe('daily');
});

it("shows agency staff the programme's proposals and tasks as cards on a phone, each with its title, proposer and state", async () => {
  const page = await signedInPage('canbo.cuc@techbridge.local', phone);
  await page.goto('/programmes');
  const list = page.getByRole('table', { name: 'Hồ sơ và nhiệm vụ' });
  await list.locator('tbody tr').first().waitFor();
  expect(await list.getAttribute('data-layout')).toBe('cards');
  const first = list.locator('tbody tr').first();
  await first.getByRole('link').first().waitFor();
  expect(await first.locator('td[data-label="Tình trạng"]').innerText()).not.toBe('');
  const box = await first.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
});
