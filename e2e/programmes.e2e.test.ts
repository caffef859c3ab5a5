import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): a Nghệ An enterprise proposes; the agency's staff run the programme.
const PASSWORD = 'TechBridge@2026';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const title = `Ủ chượp nước mắm bằng enzyme ${Date.now()}`;

const session = demoBrowser();
let enterprise: Page;
let agency: Page;
let taskUrl = '';
let councilUrl = '';
// The demo experts with accounts (src/seed/demo/load-award.ts); the third declares a conflict.
const expertNames = ['PGS.TS. Trần Minh Đức', 'TS. Nguyễn Thị Hồng Vân', 'TS. Lê Quang Huy', 'ThS. Phạm Thu Trang', 'TS. Hoàng Văn Nam'];
const expertEmails = ['chuyengia.duc', 'chuyengia.van', 'chuyengia.huy', 'chuyengia.trang', 'chuyengia.nam'].map((name) => `${name}@techbridge.local`);

async function signedInPage(email: string, viewport = desktop) {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await apiSession(context, email, PASSWORD);
  return context.newPage();
}

/** Takes one step of the task's life on its page: the action's button, its reason when given, then the confirmation. */
async function step(page: Page, action: string, reason?: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  if (reason) await page.getByLabel('Lý do, ý kiến').fill(reason);
  await page.getByRole('button', { name: `Xác nhận: ${action}` }).click();
  await page.getByRole('button', { name: `Xác nhận: ${action}` }).waitFor({ state: 'detached' });
}

beforeAll(async () => {
  enterprise = await signedInPage('doanhnghiep@techbridge.local', phone);
  agency = await signedInPage('canbo.cuc@techbridge.local');
});

it('an enterprise writes a proposal with a two-year budget on a phone; it saves as typed and gets a receipt', async () => {
  await enterprise.goto('/programmes');
  await enterprise.getByRole('heading', { name: 'Chương trình đổi mới công nghệ quốc gia' }).waitFor();
  await enterprise.getByRole('button', { name: 'Đề xuất nhiệm vụ' }).first().click();
  await enterprise.getByRole('heading', { name: 'Đề xuất nhiệm vụ' }).waitFor();
  await enterprise.getByLabel('Tên nhiệm vụ').fill(title);
  await enterprise.getByLabel('Mục tiêu').fill('Rút ngắn thời gian ủ chượp từ 12 xuống 6 tháng');
  await enterprise.getByLabel('Công nghệ', { exact: true }).fill('Thủy phân cá bằng enzyme protease');
  await enterprise.getByLabel('Sản phẩm', { exact: true }).fill('Quy trình; dây chuyền 500 tấn/năm');
  await enterprise.getByLabel('Ngày bắt đầu').fill('01/01/2027');
  await enterprise.getByLabel('Thời gian thực hiện (tháng)').fill('24');
  await enterprise.getByRole('button', { name: 'Thêm dòng kinh phí' }).click();
  await enterprise.getByLabel('Khoản mục').nth(0).fill('Thuê chuyên gia');
  await enterprise.getByLabel('Số tiền').nth(0).fill('2.000.000.000');
  await enterprise.getByRole('button', { name: 'Thêm dòng kinh phí' }).click();
  await enterprise.getByLabel('Năm').nth(1).fill('2028');
  await enterprise.getByRole('combobox', { name: 'Nguồn' }).nth(1).click();
  await enterprise.getByRole('option', { name: 'Vốn đối ứng' }).click();
  await enterprise.getByLabel('Khoản mục').nth(1).fill('Thiết bị');
  await enterprise.getByLabel('Số tiền').nth(1).fill('3.000.000.000');
  await enterprise.getByText(/^Đã lưu \d/).waitFor();
  await expect(accessibilityFaults(enterprise)).resolves.toEqual([]);

  await enterprise.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await enterprise.getByText('Hồ sơ đã được nộp.', { exact: false }).waitFor();
  await enterprise.getByText(/^NV-\d{4}-\d{6}$/).waitFor();
  await enterprise.getByRole('button', { name: 'In biên nhận' }).waitFor();
  await expect(accessibilityFaults(enterprise)).resolves.toEqual([]);
  taskUrl = new URL(enterprise.url()).pathname;
});

it('agency staff screen it and put it before the identification council', async () => {
  await agency.goto(taskUrl);
  await agency.getByRole('heading', { name: title }).waitFor();
  await agency.getByRole('heading', { name: 'Nội dung trùng lặp cần xem xét' }).waitFor();
  await step(agency, 'Hồ sơ hợp lệ');
  await step(agency, 'Đưa ra hội đồng xác định');
});

it('the agency allows identification councils of five, forms one with a staff secretary and puts the proposal before it', async () => {
  await agency.goto('/councils/composition');
  await agency.getByRole('button', { name: 'Sửa quy tắc: Hội đồng xác định nhiệm vụ' }).click();
  // Its chosen values cover the field: a keyboard user opens the list from it.
  await agency.getByRole('combobox', { name: 'Số thành viên chấm điểm được phép' }).focus();
  await agency.keyboard.press('ArrowDown');
  await agency.getByRole('option', { name: '5', exact: true }).click();
  await agency.keyboard.press('Escape');
  await expect(accessibilityFaults(agency)).resolves.toEqual([]);
  await agency.getByRole('button', { name: 'Lưu quy tắc' }).click();
  await agency.getByText('Đã lưu quy tắc thành phần.').waitFor();
  await agency.getByText('Thành viên chấm điểm: 5 hoặc 7 hoặc 9').waitFor();

  await agency.goto('/councils/new');
  await agency.getByRole('combobox', { name: 'Loại hội đồng' }).click();
  await agency.getByRole('option', { name: 'Hội đồng xác định nhiệm vụ' }).click();
  await agency.getByText('Thành viên chấm điểm: 5 hoặc 7 hoặc 9').waitFor();
  await agency.getByLabel('Tên hội đồng').fill(`Hội đồng xác định: ${title}`);
  for (const [i, name] of [...expertNames, 'Nguyễn Thị Hoa'].entries()) {
    const person = agency.getByRole('combobox', { name: 'Chuyên gia hoặc cán bộ' }).nth(i);
    await person.fill(name);
    await agency.getByRole('option', { name: new RegExp(name.replace(/\./g, '\\.')) }).click();
  }
  await expect(accessibilityFaults(agency)).resolves.toEqual([]);
  await agency.getByRole('button', { name: 'Thành lập', exact: true }).click();
  await agency.getByRole('heading', { name: `Hội đồng xác định: ${title}` }).waitFor();
  councilUrl = new URL(agency.url()).pathname;

  // Its chosen values cover the field: a keyboard user opens the list from it.
  await agency.getByRole('combobox', { name: 'Nhiệm vụ đang chờ ở bước này' }).focus();
  await agency.keyboard.press('ArrowDown');
  await agency.getByRole('option', { name: title }).click();
  await agency.keyboard.press('Escape');
  await agency.getByRole('button', { name: 'Thêm', exact: true }).click();
  await agency.getByText(title, { exact: true }).first().waitFor();
  await expect(accessibilityFaults(agency)).resolves.toEqual([]);
});

it('one member declares a conflict and is excluded, four score, the secretary consolidates and the task is identified', async () => {
  const council = (await (await agency.context().request.get(`/api${councilUrl}`)).json()) as { dossiers: Array<{ id: string; title: string }> };
  const dossierId = council.dossiers.find((d) => d.title === title)!.id;
  for (const [i, email] of expertEmails.entries()) {
    const context = await session.browser.newContext({ baseURL: session.baseUrl });
    const member = await apiSession(context, email, PASSWORD);
    if (i === 2) {
      await member.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: true, reason: 'Tôi từng tư vấn cho doanh nghiệp đề xuất' });
    } else {
      await member.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: false });
      await member.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores: { necessity: 13, feasibility: 40 + i, effectiveness: 28 } });
    }
    await context.close();
  }

  await agency.goto(`/councils/dossiers/${dossierId}`);
  await agency.getByRole('heading', { name: 'Các phiếu' }).waitFor();
  await agency.getByLabel('Kết luận').fill('Đề nghị xác định nhiệm vụ, giao trực tiếp cho doanh nghiệp');
  await expect(accessibilityFaults(agency)).resolves.toEqual([]);
  await agency.getByRole('button', { name: 'Tổng hợp kết quả' }).click();
  await agency.getByRole('heading', { name: 'Kết quả của hội đồng' }).waitFor();
  await agency.goto(`${councilUrl}/minutes`);
  await agency
    .getByText(/Không tham gia: TS\. Lê Quang Huy/)
    .first()
    .waitFor();

  await agency.goto(taskUrl);
  await agency.getByText('Hội đồng xác định nhiệm vụ kết luận đạt', { exact: false }).first().waitFor();
});

it('agency staff assign it directly, appraise the budget down line by line and sign the contract', async () => {
  await agency.goto(taskUrl);
  await step(agency, 'Giao trực tiếp', 'Doanh nghiệp sở hữu công nghệ');
  await step(agency, 'Bắt đầu thẩm định');
  await agency.getByLabel('Số thẩm định cho Thuê chuyên gia năm 2027').fill('1.500.000.000');
  await agency.getByRole('button', { name: 'Lưu thẩm định (1 dòng)' }).click();
  await agency.getByRole('button', { name: 'Lưu thẩm định (0 dòng)' }).waitFor();
  await expect(accessibilityFaults(agency)).resolves.toEqual([]);
  await step(agency, 'Thông qua thẩm định');
  await step(agency, 'Ký hợp đồng');
  await agency.getByRole('heading', { name: 'Lịch báo cáo' }).waitFor();
  await agency.getByText('Báo cáo tổng kết').waitFor();
  await agency.getByText('1.500.000.000', { exact: false }).first().waitFor();
});

it('the enterprise files a progress report and asks for acceptance', async () => {
  await enterprise.goto(taskUrl);
  await enterprise.getByRole('heading', { name: 'Lịch báo cáo' }).waitFor();
  await enterprise.getByRole('button', { name: 'Nộp', exact: true }).first().click();
  await enterprise.getByLabel('Nội dung báo cáo').fill('Đã lắp đặt bể ủ thử nghiệm');
  await enterprise.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await enterprise.getByText('Đã nộp', { exact: true }).first().waitFor();
  await expect(accessibilityFaults(enterprise)).resolves.toEqual([]);
  await step(enterprise, 'Đề nghị nghiệm thu');
  await enterprise.getByText('Nghiệm thu', { exact: true }).first().waitFor();
});

it('agency staff rate the acceptance, close the task with a public summary and publish its new technology as an offer', async () => {
  await agency.goto(taskUrl);
  await agency.getByLabel('Sản phẩm', { exact: true }).fill('Quy trình ủ chượp bằng enzyme');
  await agency.getByRole('button', { name: 'Ghi nhận nghiệm thu' }).click();
  await agency.getByText('Kết quả chung').waitFor();
  await agency.getByLabel('Tóm tắt kết quả công bố công khai').fill('Rút ngắn thời gian ủ chượp còn 6 tháng, giữ hương vị truyền thống.');
  await agency.getByRole('button', { name: 'Kết thúc và công bố kết quả' }).click();
  await agency.getByRole('button', { name: 'Đăng thành công nghệ chào bán' }).click();
  await agency.getByRole('link', { name: 'Xem công nghệ chào bán' }).waitFor();
  await expect(accessibilityFaults(agency)).resolves.toEqual([]);

  await agency.goto('/programmes/dashboard?year=2019');
  await agency.getByText('1.352 tỷ đồng').first().waitFor();
  await agency.getByText('298', { exact: true }).first().waitFor();
  await expect(accessibilityFaults(agency)).resolves.toEqual([]);
});

it('the public reads the summary of results, on a phone', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: phone, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const visitor = await context.newPage();
  await visitor.goto(taskUrl.replace('/programmes/tasks/', '/programmes/results/'));
  await visitor.getByRole('heading', { name: title }).waitFor();
  await visitor.getByText('Rút ngắn thời gian ủ chượp còn 6 tháng', { exact: false }).waitFor();
  await visitor.getByRole('link', { name: 'Xem công nghệ chào bán' }).waitFor();
  await expect(accessibilityFaults(visitor)).resolves.toEqual([]);
  await context.close();
});

it('a draft typed while the connection is lost is kept on the phone and reaches the server when the page is opened again online', async () => {
  const page = await signedInPage('doanhnghiep@techbridge.local', phone);
  await page.goto('/programmes');
  await page.getByRole('button', { name: 'Đề xuất nhiệm vụ' }).first().click();
  await page.getByRole('heading', { name: 'Đề xuất nhiệm vụ' }).waitFor();
  const draftTitle = `Bản nháp mất kết nối ${Date.now()}`;
  await page.getByLabel('Tên nhiệm vụ').fill(draftTitle);
  await page.getByText(/^Đã lưu \d/).waitFor();
  const url = new URL(page.url()).pathname;

  await page.context().setOffline(true);
  await page.getByLabel('Mục tiêu').fill('Mục tiêu gõ khi mất mạng');
  await page.getByText('Mất kết nối — bản nháp được giữ trên thiết bị này').waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  // The tab is closed before the connection returns; the person opens the proposal again later, online.
  await page.close();
  await page.context().setOffline(false);
  const again = await page.context().newPage();
  await again.goto(url);
  await again.getByText('Đã khôi phục bản nháp chưa gửi được lưu trên thiết bị này.').waitFor();
  await again.getByText(/^Đã lưu \d/).waitFor();
  const taskId = url
    .split('/')
    .filter(Boolean)
    .find((part) => /^[0-9a-f-]{36}$/.test(part));
  const saved = (await (await again.context().request.get(`/api/programme-tasks/${taskId}`)).json()) as { title: string; objectives: string };
  expect(saved).toMatchObject({ title: draftTitle, objectives: 'Mục tiêu gõ khi mất mạng' });
  await again.context().close();
});
