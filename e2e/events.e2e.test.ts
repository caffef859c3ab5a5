import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): the Nghệ An connection point organises; a Nghệ An
// fish-sauce enterprise seeks technology; a medicinal-plants institute supplies it.
const PASSWORD = 'TechBridge@2026';
const organiserEmail = 'diemketnoi.nghean@techbridge.local';
const enterpriseEmail = 'doanhnghiep@techbridge.local';
const instituteEmail = 'vien@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const eventName = `Techmart Nghệ An thử nghiệm ${Date.now()}`;
/** A day from today as the date fields show and take it (dd/mm/yyyy). */
const shownDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
const firstDay = shownDay(30);
const lastDay = shownDay(31);

const session = demoBrowser();
let organiser: Page;
let enterprise: Page;
let institute: Page;
let enterpriseContext: BrowserContext;

async function signedInPage(email: string, viewport = desktop) {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await apiSession(context, email, PASSWORD);
  return { context, page: await context.newPage() };
}

beforeAll(async () => {
  organiser = (await signedInPage(organiserEmail)).page;
  const e = await signedInPage(enterpriseEmail, phone);
  enterprise = e.page;
  enterpriseContext = e.context;
  institute = (await signedInPage(instituteEmail)).page;
});

it('an organiser creates an event with a B2B session; an enterprise and an institute register and are approved', async () => {
  await organiser.goto('/events');
  await organiser.getByRole('heading', { name: 'Sự kiện', exact: true }).waitFor();
  await organiser.getByRole('link', { name: 'Tạo sự kiện' }).click();
  await organiser.getByRole('heading', { name: 'Tạo sự kiện' }).waitFor();
  await organiser.getByLabel('Tên (tiếng Việt)').fill(eventName);
  await organiser.getByLabel('Tên (tiếng Anh)').fill('Nghe An Techmart test');
  await organiser.getByLabel('Ngày bắt đầu').fill(firstDay);
  await organiser.getByLabel('Ngày kết thúc').fill(lastDay);
  await organiser.getByLabel('Địa điểm').fill('Trung tâm Hội nghị tỉnh Nghệ An');
  await organiser.getByRole('button', { name: 'Thêm hoạt động' }).click();
  await organiser.getByLabel(/^Tiêu đề\s*\*?$/).fill('Gặp gỡ B2B doanh nghiệp – viện');
  await expect(accessibilityFaults(organiser)).resolves.toEqual([]);
  await organiser.getByRole('button', { name: 'Lưu' }).click();
  await organiser.getByRole('heading', { name: eventName }).waitFor();
  const eventUrl = new URL(organiser.url()).pathname;

  await organiser.getByRole('link', { name: 'Đăng ký và gặp gỡ' }).click();
  await organiser.getByLabel('Tên phiên').fill('Gặp gỡ B2B buổi sáng');
  await organiser.getByLabel('Số khung giờ').fill('4');
  await organiser.getByRole('button', { name: 'Tạo phiên' }).click();
  await organiser.getByText('Gặp gỡ B2B buổi sáng').first().waitFor();
  await expect(accessibilityFaults(organiser)).resolves.toEqual([]);

  // The enterprise registers on a phone, the institute on a desktop.
  await enterprise.goto(eventUrl);
  await enterprise.getByRole('heading', { name: eventName }).waitFor();
  await enterprise.getByRole('combobox', { name: 'Tôi tham dự với tư cách' }).click();
  await enterprise.getByRole('option', { name: 'Bên cần công nghệ' }).click();
  await enterprise.getByLabel('Nội dung muốn gặp gỡ').fill('Rút ngắn thời gian ủ chượp nước mắm');
  await enterprise.getByRole('button', { name: 'Đăng ký' }).click();
  await enterprise.getByText('Chờ duyệt').waitFor();
  await expect(accessibilityFaults(enterprise)).resolves.toEqual([]);

  await institute.goto(eventUrl);
  await institute.getByRole('combobox', { name: 'Tôi tham dự với tư cách' }).click();
  await institute.getByRole('option', { name: 'Bên cung cấp công nghệ' }).click();
  await institute.getByRole('button', { name: 'Đăng ký' }).click();
  await institute.getByText('Chờ duyệt').waitFor();

  await organiser.reload();
  const approve = organiser.getByRole('button', { name: 'Duyệt' });
  await approve.first().waitFor();
  await approve.first().click();
  await organiser.getByText('Đã duyệt').first().waitFor();
  await approve.nth(1).click();
  // Both registrations read approved (the dashboard's column of that name is not one of them).
  await expect.poll(() => organiser.getByRole('listitem').filter({ hasText: 'Đã duyệt' }).count()).toBe(2);
});

it('the enterprise asks to meet, the institute accepts, the organiser publishes, and both see the meeting in agenda and calendar', async () => {
  await enterprise.reload();
  await enterprise.getByText('Đã duyệt').waitFor();
  await enterprise.getByLabel('Lý do muốn gặp (ngắn gọn)').first().fill('Chế phẩm enzyme cho nước mắm');
  await enterprise.getByRole('button', { name: 'Đề nghị gặp' }).first().click();
  await enterprise.getByText('Đã gửi đề nghị.').waitFor();

  await institute.reload();
  await institute.getByText('Chế phẩm enzyme cho nước mắm').waitFor();
  await institute.getByRole('button', { name: 'Nhận lời' }).click();
  await institute.getByText('Đã nhận lời').waitFor();

  await organiser.getByRole('button', { name: 'Xem trước lịch gặp' }).click();
  await organiser.getByText('Xếp được 1 / 1 đề nghị đã nhận lời (cận trên 1)').waitFor();
  await organiser.getByRole('button', { name: 'Công bố lịch gặp' }).click();
  await organiser.getByText('Đã công bố.', { exact: false }).waitFor();

  await enterprise.getByRole('link', { name: 'Lịch gặp của tôi' }).click();
  await enterprise.getByText('Bàn 1', { exact: false }).waitFor();
  await enterprise.getByText('Đã xác nhận').waitFor();
  await expect(accessibilityFaults(enterprise)).resolves.toEqual([]);
  const feedUrl = await enterprise.getByLabel('Đường dẫn lịch (iCalendar)').inputValue();
  const feed = await (await enterpriseContext.request.get(new URL(feedUrl).pathname)).text();
  expect(feed.split('BEGIN:VEVENT')).toHaveLength(2);
  expect(feed).toContain('STATUS:CONFIRMED');

  await institute.getByRole('link', { name: 'Lịch gặp của tôi' }).click();
  await institute.getByText('Chế phẩm enzyme cho nước mắm', { exact: false }).waitFor();
});

it('shows the public, in English on a phone, the past Techdemo 2019 with its programme, and nobody’s agenda', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: phone, locale: 'en-GB', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.addCookies([{ name: 'lang', value: 'en', url: session.baseUrl }]);
  const visitor = await context.newPage();
  await visitor.goto('/events?when=past');
  await visitor.getByRole('heading', { name: 'Events', exact: true }).waitFor();
  await visitor.getByRole('link', { name: /Techdemo\) 2019/ }).click();
  await visitor.getByRole('heading', { name: 'Programme' }).waitFor();
  await visitor.getByText('Demonstration zone: high-tech agriculture').waitFor();
  await visitor.getByText('24/11/2019 – 26/11/2019').waitFor();
  await expect(accessibilityFaults(visitor)).resolves.toEqual([]);
  const agenda = await context.request.get(`${new URL(visitor.url()).pathname.replace(/^\/events/, '/api/events')}/agenda`);
  expect(agenda.status()).toBe(401);
  await context.close();
});
