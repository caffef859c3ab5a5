import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

// Demo accounts (src/db/seed/demo/data/people.ts): an enterprise in Nghệ An, a supplier institute
// and the staff of the Nghệ An connection point that brokers connections of that province.
const PASSWORD = 'TechBridge@2026';
const enterprise = 'doanhnghiep@techbridge.local';
const supplier = 'vien@techbridge.local';
const broker = 'diemketnoi.nghean@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
// The new connection opens today and its agreements are signed today: this year's dashboard counts them.
const year = new Date().getFullYear();

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(email: string, viewport = desktop): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: /^Tài khoản của/ }).waitFor();
  return page;
}

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/techbridge-${name}.png`, fullPage: true });
}

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, '') || 0);

/** A dashboard card's count and, for agreements, its value in đồng. */
async function kpi(page: Page, label: string) {
  const card = page.getByRole('group', { name: label, exact: true });
  const amount = card.locator('[data-kpi-amount]');
  return {
    count: digits(await card.locator('[data-kpi]').textContent()),
    valueVnd: (await amount.count()) ? digits(await amount.textContent()) : 0,
  };
}

async function dashboard(page: Page) {
  await page.goto(`/reports?from=${year}&to=${year}`);
  await page.getByRole('heading', { name: 'Báo cáo mạng lưới kết nối' }).waitFor();
  await page.getByRole('group', { name: 'Lượt kết nối', exact: true }).waitFor();
  return {
    connections: await kpi(page, 'Lượt kết nối'),
    mous: await kpi(page, 'Biên bản ghi nhớ'),
    contracts: await kpi(page, 'Hợp đồng chuyển giao, tư vấn'),
  };
}

/** Confirms the stage dialog that a stage button opens, with a note. */
async function confirmStage(page: Page, button: string, note: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await dialog.getByLabel('Ghi chú').fill(note);
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function expectStage(page: Page, stage: string) {
  await page.getByRole('main').getByText(stage, { exact: true }).first().waitFor();
}

it('takes a connection from "Tôi quan tâm" to technology transferred, and the dashboard counts it', async () => {
  const staff = await signedIn(broker);
  const before = await dashboard(staff);

  // The enterprise finds the institute's offer and asks to connect.
  const seeker = await signedIn(enterprise);
  const offers = (await (await seeker.request.get('/api/offers?q=curcumin')).json()) as { items: Array<{ id: string; title: string; ownerName: string | null }> };
  const offer = offers.items.find((o) => o.ownerName?.includes('Dược liệu'));
  expect(offer).toBeDefined();
  await seeker.goto(`/offers/${offer!.id}`);
  await seeker.getByRole('button', { name: 'Tôi quan tâm' }).click();
  const request = seeker.getByRole('dialog', { name: 'Đề nghị kết nối với bên cung cấp' });
  await request.getByLabel('Lời nhắn').fill('Công ty cần công nghệ bào chế gel nano curcumin cho dòng sản phẩm mới.');
  await request.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await seeker.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
  const connectionPath = new URL(seeker.url()).pathname;
  await seeker.getByRole('heading', { name: offer!.title }).waitFor();
  await expectStage(seeker, 'Đề nghị kết nối');

  // The supplier hears of it through the bell and accepts.
  const institute = await signedIn(supplier);
  await institute.getByRole('button', { name: /^Thông báo: [1-9]\d* chưa đọc$/ }).click();
  await institute.getByRole('link', { name: /đề nghị kết nối/ }).first().click();
  await institute.waitForURL(`**${connectionPath}`);
  await confirmStage(institute, 'Chấp nhận', 'Viện sẵn sàng trao đổi.');
  await expectStage(institute, 'Đã chấp nhận');

  // The broker records the meeting, the MoU with its value, the contract and the transfer.
  await staff.goto(connectionPath);
  await confirmStage(staff, 'Ghi nhận cuộc gặp', 'Gặp tại Trung tâm, hai bên thống nhất thử nghiệm.');
  await expectStage(staff, 'Đã gặp gỡ');

  await staff.getByRole('button', { name: 'Thêm thỏa thuận' }).click();
  let form = staff.getByRole('dialog', { name: 'Thêm thỏa thuận' });
  await expect(form.getByRole('combobox', { name: 'Loại văn bản' }).inputValue()).resolves.toBe('Biên bản ghi nhớ');
  await form.getByLabel('Giá trị (đồng)').fill('2000000000');
  await form.getByText('2 tỷ đồng').waitFor();
  await form.getByRole('button', { name: 'Lưu thỏa thuận' }).click();
  await form.waitFor({ state: 'hidden' });
  await staff.getByRole('list', { name: 'Thỏa thuận và hợp đồng' }).getByText('2 tỷ đồng').waitFor();
  await expectStage(staff, 'Ký biên bản ghi nhớ');

  await staff.getByRole('button', { name: 'Thêm thỏa thuận' }).click();
  form = staff.getByRole('dialog', { name: 'Thêm thỏa thuận' });
  await expect(form.getByRole('combobox', { name: 'Loại văn bản' }).inputValue()).resolves.toBe('Hợp đồng chuyển giao công nghệ');
  await form.getByLabel('Giá trị (đồng)').fill('1500000000');
  await form.getByRole('combobox', { name: 'Quyền chuyển giao' }).click();
  await staff.getByRole('option', { name: 'Chuyển giao quyền sử dụng công nghệ' }).click();
  for (const content of ['Tên hợp đồng', 'Phương thức chuyển giao', 'Giá, phương thức thanh toán']) await form.getByRole('checkbox', { name: content, exact: true }).check();
  await form.getByText('Còn thiếu 12 nội dung bắt buộc').waitFor();
  await form.getByRole('button', { name: 'Lưu thỏa thuận' }).click();
  await form.waitFor({ state: 'hidden' });
  await expectStage(staff, 'Ký hợp đồng');
  await staff.getByRole('list', { name: 'Thỏa thuận và hợp đồng' }).getByText('1,5 tỷ đồng').waitFor();

  await confirmStage(staff, 'Xác nhận đã chuyển giao', 'Đã bàn giao quy trình và đào tạo kỹ thuật viên.');
  await expectStage(staff, 'Đã chuyển giao công nghệ');
  await expect(staff.getByRole('button', { name: 'Thêm thỏa thuận' }).count()).resolves.toBe(0);
  await shoot(staff, 'connection-desktop');

  // The enterprise follows the finished connection on a phone.
  const phonePage = await signedIn(enterprise, phone);
  await phonePage.goto(connectionPath);
  await expectStage(phonePage, 'Đã chuyển giao công nghệ');
  await shoot(phonePage, 'connection-phone');

  // The dashboard counts one more connection, one more MoU of 2 billion and one more contract of 1.5 billion.
  const after = await dashboard(staff);
  expect(after.connections.count).toBe(before.connections.count + 1);
  expect(after.mous).toEqual({ count: before.mous.count + 1, valueVnd: before.mous.valueVnd + 2_000_000_000 });
  expect(after.contracts).toEqual({ count: before.contracts.count + 1, valueVnd: before.contracts.valueVnd + 1_500_000_000 });
  await expect(staff.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href')).resolves.toBe(`/api/reports/network.xlsx?from=${year}&to=${year}&level=current`);
  await shoot(staff, 'dashboard-desktop');
  await phonePage.context().close();
  const staffPhone = await signedIn(broker, phone);
  await dashboard(staffPhone);
  await shoot(staffPhone, 'dashboard-phone');
});
