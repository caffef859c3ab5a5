import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): an enterprise in Nghệ An and the Nghệ An connection point's staff.
const PASSWORD = 'TechBridge@2026';
const enterprise = 'doanhnghiep@techbridge.local';
const broker = 'diemketnoi.nghean@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const year = new Date().getFullYear();

const demo = demoBrowser();

async function personContext(email: string, viewport = desktop) {
  const context = await demo.browser.newContext({ baseURL: demo.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  return { context, api: await apiSession(context, email, PASSWORD) };
}

it("an owner sees what its demand achieved; the connection point's staff read the month table on a phone and download it to Excel", async () => {
  const owner = await personContext(enterprise);
  const staff = await personContext(broker);
  const demand = await owner.api.post('/api/demands', {
    ownerOrganisationId: owner.api.organisationIds[0],
    language: 'vi',
    title: 'Cần công nghệ sấy lạnh cam Vinh giữ màu',
    description: 'Sấy lạnh 2 tấn cam mỗi ngày, giữ màu và vitamin C, giảm 30% điện năng so với lò sấy hiện tại.',
  });
  await owner.api.post(`/api/demands/${demand.id}/submit`);
  await staff.api.post(`/api/demands/${demand.id}/publish`);

  // The staff open the demand's page (a view from outside its owner); the owner's own visit is not counted.
  const staffPage = await staff.context.newPage();
  await staffPage.goto(`/demands/${demand.id}`);
  await staffPage.getByRole('heading', { name: 'Cần công nghệ sấy lạnh cam Vinh giữ màu' }).waitFor();
  const ownerPage = await owner.context.newPage();
  await ownerPage.goto(`/demands/${demand.id}`);
  const panel = ownerPage.getByRole('region', { name: 'Kết quả của tin này' });
  await panel.waitFor();
  await expect.poll(async () => (await panel.locator('[data-figure="views"]').textContent()) ?? '').toContain('1');
  await panel.getByText('Đề nghị kết nối').waitFor();
  await expect(accessibilityFaults(ownerPage)).resolves.toEqual([]);

  // The month table from the menu, on a desktop first.
  await staffPage.goto('/');
  await staffPage.getByRole('link', { name: 'Kết quả tin đăng' }).click();
  await staffPage.waitForURL('**/listing-outcomes');
  await staffPage.getByRole('heading', { name: 'Kết quả tin đăng theo tháng' }).waitFor();
  await staffPage.getByRole('rowheader', { name: 'Cả năm' }).waitFor();
  await staffPage.getByRole('rowheader', { name: `12/${year}` }).waitFor();
  await expect(accessibilityFaults(staffPage)).resolves.toEqual([]);

  const [download] = await Promise.all([staffPage.waitForEvent('download'), staffPage.getByRole('link', { name: 'Tải Excel' }).click()]);
  expect(download.suggestedFilename()).toBe(`ket-qua-tin-dang-${year}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Theo tháng', 'Giải thích']);
  const sheet = workbook.getWorksheet('Theo tháng')!;
  expect(String(sheet.getCell('A1').value)).toMatch(new RegExp(`^Kết quả tin đăng của .+ — năm ${year}$`));
  expect([2, 3, 4, 5, 6].map((column) => sheet.getRow(4).getCell(column).value)).toEqual([
    'Lượt xem',
    'Báo qua tìm kiếm đã lưu',
    'Lượt lưu tin',
    'Gợi ý ghép nối',
    'Đề nghị kết nối',
  ]);

  // On a phone the page itself does not scroll sideways (the table scrolls inside its card) and stays accessible.
  await staffPage.setViewportSize(phone);
  await staffPage.reload();
  await staffPage.getByRole('rowheader', { name: 'Cả năm' }).waitFor();
  expect(await staffPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await expect(accessibilityFaults(staffPage)).resolves.toEqual([]);

  await owner.context.close();
  await staff.context.close();
});
