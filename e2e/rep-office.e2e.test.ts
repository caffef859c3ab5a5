import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { launchBrowser } from './support/browser.js';
import { demoServerUrl } from './support/demo-server.js';

// Demo accounts (src/seed/demo/data/people.ts): an enterprise in Nghệ An, the Nghệ An connection
// point that publishes its demands, and the representative office in Korea that searches there.
const PASSWORD = 'TechBridge@2026';
const enterprise = 'doanhnghiep@techbridge.local';
const broker = 'diemketnoi.nghean@techbridge.local';
const repOffice = 'daidien.hanquoc@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const demandTitle = `Cần dây chuyền chiết rót nước mắm tự động ${Date.now()}`;
const offerTitle = 'Automatic fish sauce bottling line';

let baseUrl: string;
let browser: Browser;
let office: Page;
let demandId: string;

beforeAll(async () => {
  baseUrl = await demoServerUrl();
  browser = await launchBrowser();
  // The enterprise seeks the technology in Korea; the connection point publishes the demand.
  const context = await browser.newContext({ baseURL: baseUrl, viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const member = await apiSession(context, enterprise, PASSWORD);
  const demand = await member.post('/api/demands', {
    ownerOrganisationId: member.organisationIds[0],
    language: 'vi',
    title: demandTitle,
    publicSummary: 'Cơ sở chế biến cần dây chuyền chiết rót và đóng nắp chai nước mắm, công suất 3.000 chai mỗi giờ.',
    seekAbroad: true,
    targetCountries: ['KR'],
  });
  await member.post(`/api/demands/${demand.id}/submit`);
  await (await apiSession(await browser.newContext({ baseURL: baseUrl }), broker, PASSWORD)).post(`/api/demands/${demand.id}/publish`);
  demandId = demand.id;
  const officeContext = await browser.newContext({ baseURL: baseUrl, viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await apiSession(officeContext, repOffice, PASSWORD);
  office = await officeContext.newPage();
});
afterAll(async () => {
  await browser?.close();
});

it('the representative office finds the demand in its queue, records a Korean offer in English and starts a connection', async () => {
  await office.goto('/');
  // Home says what waits for the office: the demands in its queue, with a link to them.
  const needs = office.getByRole('region', { name: 'Việc cần làm' });
  await needs.getByRole('link', { name: 'Nhu cầu cần tìm công nghệ ở nước ngoài' }).waitFor();
  await needs.getByRole('link', { name: 'Đề nghị kết nối chờ trả lời' }).waitFor();
  expect(await needs.getByRole('link', { name: 'Bản ghi chờ duyệt' }).count()).toBe(0);
  await expect(accessibilityFaults(office)).resolves.toEqual([]);
  // The menu offers the queue because the office may work it (its abilities), not because of its role.
  await office.getByRole('link', { name: 'Tìm kiếm công nghệ nước ngoài' }).first().click();
  await office.getByRole('heading', { name: 'Nhu cầu cần tìm công nghệ ở nước ngoài' }).waitFor();
  await office.getByLabel('Quốc gia', { exact: true }).first().click();
  await office.getByRole('option', { name: /Hàn Quốc/ }).click();
  await office.waitForURL(/country=KR/);
  await office.getByRole('link', { name: demandTitle }).click();
  await office.waitForURL(`**/foreign-search/${demandId}`);
  await office.getByText('Chưa ghi nhận công nghệ nào cho nhu cầu này').waitFor();
  await expect(accessibilityFaults(office)).resolves.toEqual([]);

  await office.getByLabel('Tên công nghệ').fill(offerTitle);
  await office.getByLabel('Mô tả ngắn').fill('Filling and capping, 3,000 bottles per hour, stainless steel');
  await office.getByLabel('Đơn vị sở hữu').fill('Busan Packaging Machinery Co.');
  // The note counts its characters against the server's limit; a pasted one past it stays whole,
  // says how much to remove, and nothing is sent.
  const note = office.getByLabel('Ghi chú cho doanh nghiệp');
  const sent: string[] = [];
  office.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/foreign-offers')) sent.push(request.url());
  });
  await note.fill('x'.repeat(2001));
  await office.getByText('2.001 / 2.000').waitFor();
  await office.getByText('Quá dài: cần bớt 1 ký tự (tối đa 2.000)', { exact: false }).waitFor();
  await office.getByRole('button', { name: 'Ghi nhận công nghệ' }).click();
  expect((await note.inputValue()).length).toBe(2001);
  await office.getByText('Chưa ghi nhận công nghệ nào cho nhu cầu này').waitFor();
  expect(sent).toEqual([]);
  await note.fill('Gặp tại hội chợ Busan');
  await office.getByText(/^\d+ \/ 2\.000$/).waitFor();
  await office.getByRole('button', { name: 'Ghi nhận công nghệ' }).click();
  await office.getByRole('link', { name: offerTitle }).waitFor();
  await office.locator('li').getByText('Gặp tại hội chợ Busan').waitFor();

  await office.getByRole('button', { name: 'Khởi tạo kết nối' }).click();
  await office.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
  await office.getByRole('heading', { name: demandTitle }).waitFor();
});

it('shows the queue as cards on a phone, with the recorded offer counted, and in English', async () => {
  await office.setViewportSize(phone);
  await office.goto('/foreign-search?country=KR');
  const card = office.locator('li', { has: office.getByRole('link', { name: demandTitle }) });
  await card.getByText('Đã tìm được 1 công nghệ').waitFor();
  const box = await card.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(phone.width);
  const overflow = await office.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(accessibilityFaults(office)).resolves.toEqual([]);

  await office.context().addCookies([{ name: 'lang', value: 'en', url: baseUrl }]);
  await office.goto('/foreign-search?country=KR');
  await office.getByRole('heading', { name: 'Demands seeking technology abroad' }).waitFor();
  await card.getByText('1 technology found').waitFor();
});

it("filters the queue by status and S&T field, kept in the address, and opens its country's figures", async () => {
  await office.setViewportSize(phone);
  await office.context().addCookies([{ name: 'lang', value: 'vi', url: baseUrl }]);
  await office.goto('/foreign-search?country=KR');
  await office.getByRole('heading', { name: 'Nhu cầu cần tìm công nghệ ở nước ngoài' }).waitFor();
  // A connection only proposed leaves the demand "open": it shows under "open", not under "connecting".
  await office.getByLabel('Trạng thái', { exact: true }).first().click();
  await office.getByRole('option', { name: 'Đang kết nối' }).click();
  await office.waitForURL(/status=connecting/);
  await office.getByRole('heading', { name: 'Nhu cầu cần tìm công nghệ ở nước ngoài' }).waitFor();
  await expect.poll(() => office.getByRole('link', { name: demandTitle }).count()).toBe(0);
  await office.getByLabel('Trạng thái', { exact: true }).first().click();
  await office.getByRole('option', { name: 'Đang mở' }).click();
  await office.waitForURL(/status=open/);
  await office.getByRole('link', { name: demandTitle }).waitFor();
  // A field by its name, never its code; the choice stays in the address with the others.
  await office.getByLabel('Lĩnh vực KH&CN', { exact: true }).first().fill('kỹ thuật và công nghệ');
  await office.getByRole('option').first().click();
  await office.waitForURL(/field=\d+/);
  expect(office.url()).toMatch(/country=KR/);
  expect(office.url()).toMatch(/status=open/);
  await expect(accessibilityFaults(office)).resolves.toEqual([]);
  const overflow = await office.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await office.getByRole('link', { name: 'Số liệu của quốc gia' }).click();
  await office.waitForURL(/\/foreign-search\/figures\?country=KR/);
  await office.getByRole('heading', { name: 'Số liệu của quốc gia' }).waitFor();
  // The connection started above is counted this year, and the card says what it counts.
  const connections = office.getByRole('group', { name: 'Kết nối với đối tác Hàn Quốc' });
  expect(Number(await connections.locator('[data-kpi="countryConnections"]').textContent())).toBeGreaterThanOrEqual(1);
  await connections.getByText('đếm như cột của quốc gia này trong báo cáo mạng lưới').waitFor();
  expect(await office.getByRole('radio', { name: 'Năm nay' }).isChecked()).toBe(true);
  await office.getByText('Năm trước', { exact: true }).click();
  await office.waitForURL(/from=\d{4}&to=\d{4}/);
  await expect(accessibilityFaults(office)).resolves.toEqual([]);
  const wide = await office.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(wide).toBeLessThanOrEqual(0);
  await office.screenshot({ path: '/tmp/rep-office-figures-390.png', fullPage: true });

  await office.context().addCookies([{ name: 'lang', value: 'en', url: baseUrl }]);
  await office.goto('/foreign-search/figures?country=KR');
  await office.getByRole('heading', { name: 'Country figures' }).waitFor();
  await office.getByRole('group', { name: 'Connections with partners in South Korea' }).waitFor();
});
