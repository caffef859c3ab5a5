import fs from 'node:fs';
import { expect, it } from 'vitest';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

const session = demoBrowser();
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

it('a visitor opens the public statistics, filters a province, downloads the CSV and prints', async () => {
  const context = await session.browser.newContext({
    baseURL: session.baseUrl,
    viewport: desktop,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Thống kê mạng lưới' }).first().click();
  await page.waitForURL('**/statistics');
  await page.getByRole('heading', { name: 'Thống kê mạng lưới kết nối cung – cầu công nghệ' }).waitFor();
  await page.getByRole('group', { name: 'Kết nối', exact: true }).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  // All years, then one province: the figures follow the address.
  await page.getByText('Tất cả từ 2017').click();
  await page.waitForURL(/from=2017/);
  await page.getByRole('combobox', { name: 'Tỉnh/thành phố' }).click();
  await page.getByRole('option', { name: 'Nghệ An' }).click();
  await page.waitForURL(/province=40/);
  await page.getByText('Nghệ An', { exact: false }).first().waitFor();
  const national = await (await context.request.get('/api/open-data/statistics?from=2017&to=2026')).json();
  const local = await (await context.request.get(page.url().replace(/.*\/statistics\?/, '/api/open-data/statistics?'))).json();
  expect(local.totals.connections).toBeLessThan(national.totals.connections);
  await page
    .locator('[data-kpi="connections"]')
    .filter({ hasText: new Intl.NumberFormat('vi-VN').format(local.totals.connections) })
    .waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải Theo năm dạng CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^techbridge-byYear-\d{4}-\d{4}-40\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('key,connections,mous,mouValueVnd,contracts,contractValueVnd,demands,offers');
  const sum = csv
    .trim()
    .split('\r\n')
    .slice(1)
    .reduce((s, line) => s + Number(line.split(',')[1]), 0);
  expect(sum).toBe(local.totals.connections);

  // On paper the filters and downloads are left out.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('link', { name: 'Tải Theo năm dạng CSV' }).isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});

it('reads on a phone as cards, in English', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: phone, locale: 'en-GB', isMobile: true });
  await context.addCookies([{ name: 'lang', value: 'en', url: session.baseUrl }]);
  const page = await context.newPage();
  await page.goto('/statistics?from=2017&to=2026');
  await page.getByRole('heading', { name: 'Statistics of the technology supply–demand network' }).waitFor();
  const byProvince = page.getByRole('region', { name: 'By province' });
  await byProvince.waitFor();
  expect(await byProvince.locator('table').count()).toBe(0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(phone.width + 1);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await context.close();
});

it('a signed-in member saves a search from the offers list and finds it under saved searches', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await apiSession(context, 'vien@techbridge.local', 'TechBridge@2026');
  const page = await context.newPage();
  const words = `nước mắm ${Date.now()}`;
  await page.goto(`/offers?q=${encodeURIComponent(words)}`);
  await page.getByRole('button', { name: 'Lưu tìm kiếm' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lưu tìm kiếm và nhận thông báo' });
  await expect(dialog.getByLabel('Tên tìm kiếm').inputValue()).resolves.toBe(words);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await dialog.getByRole('button', { name: 'Lưu tìm kiếm' }).click();
  await page.getByText(`Đã lưu tìm kiếm “${words}”.`).waitFor();

  // On an offer's page, "not interested" keeps it out of this person's digests.
  const offer = ((await (await context.request.get('/api/offers?limit=1')).json()) as { items: Array<{ id: string }> }).items[0]!;
  await page.goto(`/offers/${offer.id}`);
  await page.getByRole('button', { name: 'Không quan tâm' }).click();
  await page.getByRole('status').filter({ hasText: 'Sẽ không báo lại bản ghi này.' }).waitFor();

  await page.goto('/me/saved-searches');
  await page.getByRole('link', { name: `Mở tìm kiếm: ${words}` }).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: `Xóa tìm kiếm “${words}”` }).click();
  await page.getByText('Bạn chưa lưu tìm kiếm nào', { exact: false }).waitFor();
  await context.close();
});

it('a signed-in member saves an offer on a phone, finds it under “Đã lưu”, and removes it', async () => {
  const context = await session.browser.newContext({
    baseURL: session.baseUrl,
    viewport: phone,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    isMobile: true,
  });
  await apiSession(context, 'vien@techbridge.local', 'TechBridge@2026');
  const page = await context.newPage();
  const offer = ((await (await context.request.get('/api/offers?limit=1')).json()) as { items: Array<{ id: string; title: string }> }).items[0]!;
  await page.goto(`/offers/${offer.id}`);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('button', { name: 'Đã lưu', exact: true }).waitFor();

  await page.goto('/me/saved');
  await page.getByRole('heading', { name: 'Tin đã lưu' }).waitFor();
  await page.getByRole('link', { name: offer.title }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width + 1);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: `Bỏ lưu “${offer.title}”` }).click();
  await page.getByText('Bạn chưa lưu tin nào', { exact: false }).waitFor();
  await context.close();
});

it('shows the matchmaking events figure with what it counts', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto('/statistics?from=2017&to=2026');
  const events = page.getByRole('region', { name: 'Sự kiện kết nối cung – cầu' });
  await events.getByText('số đăng ký được ban tổ chức duyệt', { exact: false }).waitFor();
  const stats = await (await context.request.get('/api/open-data/statistics?from=2017&to=2026')).json();
  const total = (stats.events as Array<{ events: number }>).reduce((sum, r) => sum + r.events, 0);
  expect(total).toBeGreaterThan(0);
  expect(await events.locator('[data-measure="events"]').count()).toBe((stats.events as Array<{ events: number }>).filter((r) => r.events > 0).length);
  await context.close();
});

it('a connection point sees likely duplicates across points', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: phone, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await apiSession(context, 'diemketnoi.nghean@techbridge.local', 'TechBridge@2026');
  const page = await context.newPage();
  await page.goto('/duplicates');
  await page.getByRole('heading', { name: 'Bản ghi có thể trùng lặp' }).waitFor();
  await page.getByText(/Đã so sánh \d+ bản ghi/).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await context.close();
});

it('a connection point entering an offer another point already published is warned, sees the listing score, and the moderator merges the two', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await apiSession(context, 'diemketnoi.nghean@techbridge.local', 'TechBridge@2026');
  const page = await context.newPage();
  await page.goto('/offers/new');
  const score = page.getByTestId('listing-quality');
  await score.getByText(/^\d+\/20 điểm$/).waitFor();
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill('Quy trình rút ngắn thời gian chượp nước mắm cá cơm bằng enzyme protease nội sinh');
  await page
    .getByLabel('Tóm tắt', { exact: true })
    .fill('Rút ngắn thời gian ủ chượp từ 12 tháng xuống còn 4–6 tháng mà vẫn giữ hương vị truyền thống và hàm lượng đạm.');
  const warning = page.getByRole('alert').filter({ hasText: 'Có thể đã có bản ghi này' });
  await warning.waitFor({ timeout: 15_000 });
  expect(await warning.getByRole('link').count()).toBeGreaterThan(0);
  // Stating the problem and a quantified advantage raises the score.
  expect(Number((await score.locator('[data-score]').getAttribute('data-score')) ?? 0)).toBeGreaterThanOrEqual(4);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  // Entered anyway and sent for review, the copy is proposed to the moderator with the original.
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await page.waitForURL(/\/offers\/[0-9a-f-]{36}$/);
  const copyId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await page.getByText('Chờ duyệt').first().waitFor();
  await page.goto('/duplicates');
  // The copy may resemble other published offers too; the queue lists the most alike pair first, the original.
  const card = page
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href="/offers/${copyId}"]`) })
    .first();
  await card.waitFor({ timeout: 20_000 });
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  const links = await card.locator('a[href^="/offers/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!.split('/').pop()!));
  const keptId = links.find((id) => id !== copyId)!;
  // Keep the original the other point published; the copy is merged into it.
  await card.getByRole('button', { name: links[0] === copyId ? /^Giữ bản thứ hai/ : /^Giữ bản thứ nhất/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Gộp hai bản ghi' });
  await dialog.waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await dialog.getByRole('button', { name: 'Gộp', exact: true }).click();
  await page.getByText(/^Đã gộp vào/).waitFor();
  await card.waitFor({ state: 'detached' });
  // The copy's old address leads to the record kept.
  await page.goto(`/offers/${copyId}`);
  await page.waitForURL(new RegExp(`/offers/${keptId}$`));
  await context.close();
});
