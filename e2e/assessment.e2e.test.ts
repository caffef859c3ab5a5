import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { circular17 } from '../src/domain/assessment/methodologies/index.js';
import { demoAnswers } from '../src/seed/demo/assessments/demo-answers.js';
import { seededRandom } from '../src/seed/demo/generate/random.js';
import { pdfText } from '../test/assessment/pdf-text.js';
import { readWorkbook } from '../test/support/workbook.js';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): the Nghệ An fish-sauce enterprise and the Nghệ An connection point.
const PASSWORD = 'TechBridge@2026';
const enterprise = 'doanhnghiep@techbridge.local';
const assessor = 'diemketnoi.nghean@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const automation = 'Tỷ lệ công đoạn sản xuất được tự động hóa';

const session = demoBrowser();

async function signedIn(email: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await apiSession(context, email, PASSWORD);
  return { context, page: await context.newPage() };
}

/** The answers the journey is not about, saved as the web client does (PUT with the CSRF header). */
async function answerTheRest(context: BrowserContext, id: string) {
  const csrf = (await context.cookies()).find((c) => c.name === 'tb_csrf')?.value ?? '';
  const answers = demoAnswers(circular17, seededRandom(3), { level: 0.45, employees: 55, revenue: 25_000 })
    .filter((a) => a.questionId !== 'T3.automated')
    .map(({ questionId, status, value }) => ({ questionId, status, value }));
  const response = await context.request.put(`/api/assessments/${id}/answers`, {
    data: { methodologyId: circular17.id, answers },
    headers: { 'x-csrf-token': csrf },
  });
  expect(response.status()).toBe(200);
}

it('an enterprise fills in and submits, the connection point approves on a phone, and the report turns a weakness into a demand with matches', async () => {
  const member = await signedIn(enterprise, desktop);
  const page = member.page;
  await page.goto('/');
  await page.getByRole('link', { name: 'Đánh giá trình độ công nghệ' }).first().click();
  await page.getByRole('heading', { name: 'Đánh giá trình độ công nghệ' }).waitFor();
  // One enterprise: nothing to choose; Circular 17 and food processing (VSIC 10) are filled in.
  await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
  await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop() ?? '';

  // Saved as one goes; a percentage over 100 is refused with a message naming the question.
  const question = page.getByRole('group', { name: automation });
  const value = question.getByRole('textbox', { name: automation });
  await value.fill('140');
  await value.press('Tab');
  await question.getByText(/T3\.automated.*100/).waitFor();
  await value.fill('60');
  await question.getByLabel('Ghi chú minh chứng (ví dụ biên bản thăm cơ sở)').fill('Ảnh dây chuyền chiết rót, khảo sát ngày 02/12');
  await value.press('Tab');
  await page.getByRole('main').getByText('Đã lưu', { exact: true }).waitFor();
  // A photo of the line as evidence of this answer (a phone offers its camera for it).
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .png()
    .toBuffer();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), question.getByRole('button', { name: 'Thêm ảnh hoặc tài liệu' }).click()]);
  await chooser.setFiles({ name: 'day-chuyen-chiet-rot.png', mimeType: 'image/png', buffer: photo });
  await question.getByRole('img', { name: 'day-chuyen-chiet-rot.png' }).waitFor();
  await question.getByText('Minh chứng: 1 tệp').waitFor();

  await answerTheRest(member.context, id);
  await page.reload();
  await page.getByText('Đã trả lời 32/32 câu').waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Gửi thẩm định' }).click();
  await page.getByText('Chờ thẩm định').first().waitFor();

  // The connection point reviews the evidence on a phone and approves.
  const staff = await signedIn(assessor, phone);
  await staff.page.goto(`/assessments/${id}`);
  await staff.page.getByRole('heading', { name: 'Thẩm định' }).waitFor();
  await staff.page.getByText('Ảnh dây chuyền chiết rót, khảo sát ngày 02/12').waitFor();
  const evidence = staff.page.getByTestId('evidence-T3.automated');
  const thumbnail = evidence.getByRole('img', { name: 'day-chuyen-chiet-rot.png' });
  await thumbnail.scrollIntoViewIfNeeded();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // Reviewing, the assessor sees the evidence but cannot add to or delete it.
  expect(await evidence.getByRole('button', { name: 'Thêm ảnh hoặc tài liệu' }).count()).toBe(0);
  expect(await evidence.getByRole('button', { name: /Xóa tệp/ }).count()).toBe(0);
  await staff.page.getByRole('button', { name: 'Duyệt' }).click();
  await staff.page.getByText('Đã duyệt').first().waitFor();

  // The report: score, level, radar, the sector (seven food processors in the demo), priorities and change.
  await page.goto(`/assessments/${id}/report`);
  await page.getByRole('heading', { name: /Báo cáo đánh giá/ }).waitFor();
  await page.getByText('Tổng điểm').first().waitFor();
  await page.getByRole('figure', { name: 'Các nhóm theo tỷ lệ so với điểm tối đa' }).locator('svg').first().waitFor();
  await page.getByText(/phiếu đã duyệt thuộc ngành VSIC 10/).waitFor();
  await page.getByRole('heading', { name: 'Thay đổi so với lần đánh giá trước' }).waitFor();
  await page
    .getByText(/Tạm tính/)
    .first()
    .waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  // The PDF downloads in the page's language, with the enterprise and its total.
  const heading = (await page.getByRole('heading', { name: /Báo cáo đánh giá/ }).textContent()) ?? '';
  const total = (await page.getByText('Tổng điểm').first().locator('xpath=following-sibling::*[1]').textContent()) ?? '';
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải PDF' }).click()]);
  expect(pdfDownload.suggestedFilename()).toMatch(/^bao-cao-danh-gia-.+\.pdf$/);
  const pdf = fs.readFileSync(await pdfDownload.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain(heading.replace(/^Báo cáo đánh giá:\s*/, ''));
  expect(text).toContain(`Tổng điểm: `);
  expect(text).toContain(`${total} trên 100`);
  await page.getByRole('button', { name: 'Tạo nhu cầu công nghệ' }).first().click();
  await page.getByText('Đã tạo bản nháp nhu cầu', { exact: false }).first().waitFor();
  await page.getByRole('heading', { name: 'Công nghệ phù hợp' }).waitFor();
  await member.context.close();
  await staff.context.close();
});

it('the connection point launches a survey campaign for enterprises of its region and follows their progress', async () => {
  const staff = await signedIn(assessor, desktop);
  const page = staff.page;
  const name = `Khảo sát chế biến gỗ ${Date.now()}`;
  await page.goto('/assessments');
  await page.getByRole('link', { name: 'Đợt khảo sát' }).click();
  await page.getByRole('heading', { name: 'Đợt khảo sát', exact: true }).waitFor();
  await page.getByLabel('Tên đợt khảo sát').fill(name);
  const targets = page.getByLabel('Doanh nghiệp được mời').first();
  await targets.fill('Hồng Lĩnh');
  await page.getByRole('option', { name: 'Công ty TNHH Chế biến Gỗ Hồng Lĩnh Xanh' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mở đợt và gửi lời mời' }).click();
  await page.getByRole('heading', { name }).waitFor();
  await page.getByText('Công ty TNHH Chế biến Gỗ Hồng Lĩnh Xanh').waitFor();
  await page.getByText('Đã mời').first().waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await staff.context.close();
});

it('the connection point reads the dashboard of its survey on a phone and exports it to Excel with labels, not codes', async () => {
  const staff = await signedIn(assessor, phone);
  const page = staff.page;
  await page.goto('/assessments');
  await page.getByRole('link', { name: 'Bảng tổng hợp' }).click();
  await page.getByRole('heading', { name: 'Bảng tổng hợp đánh giá công nghệ' }).waitFor();
  // Nghệ An's demo survey: enough verified food processors for figures; what is counted is said.
  await page.getByText(/^Đếm \d+ doanh nghiệp, mỗi doanh nghiệp một lần/).waitFor();
  await page.getByRole('heading', { name: 'Phân bố theo mức trình độ' }).waitFor();
  const byProvince = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Tỉnh/thành phố' }) });
  await byProvince.getByRole('cell', { name: 'Nghệ An' }).waitFor();
  await page.getByRole('cell', { name: 'VSIC 10 · Công nghiệp chế biến, chế tạo' }).waitFor();
  await page.getByRole('cell', { name: /Khảo sát trình độ công nghệ doanh nghiệp chế biến thực phẩm tỉnh Nghệ An 2026/ }).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel' }).click()]);
  const workbook = await readWorkbook(fs.readFileSync(await download.path()));
  expect(workbook.sheets).toEqual([
    'Tổng hợp',
    'Theo mức trình độ',
    'Theo nhóm tiêu chí',
    'Tiêu chí yếu nhất',
    'Theo ngành (VSIC)',
    'Theo tỉnh, thành',
    'Theo đợt khảo sát',
  ]);
  expect(workbook.rows('Theo tỉnh, thành').map((r) => r[0])).toContain('Nghệ An');
  // Labels, never bare codes (a province or division of two digits, a level code).
  expect(workbook.texts.filter((text) => /^(\d{2}|outdated|average|above-average|advanced|modern)$/.test(text))).toEqual([]);
  await staff.context.close();
});

it('on a phone, a campaign is launched with its reminder schedule, shows it, and a reminder sent now is shown as the last one', async () => {
  const staff = await signedIn(assessor, phone);
  const page = staff.page;
  const name = `Khảo sát nhắc nhở ${Date.now()}`;
  await page.goto('/assessments/campaigns');
  await page.getByLabel('Tên đợt khảo sát').fill(name);
  const targets = page.getByLabel('Doanh nghiệp được mời').first();
  await targets.fill('Hồng Lĩnh');
  await page.getByRole('option', { name: 'Công ty TNHH Chế biến Gỗ Hồng Lĩnh Xanh' }).click();
  await page.keyboard.press('Escape');
  // The schedule starts at "due in 30 days, every 7 days, 3 days before the deadline"; the officer shortens the interval.
  await expect(page.getByLabel('Nhắc lại sau mỗi (ngày)').inputValue()).resolves.toBe('7');
  await page.getByLabel('Nhắc lại sau mỗi (ngày)').fill('5');
  await page.getByRole('button', { name: 'Mở đợt và gửi lời mời' }).click();
  await page.getByRole('heading', { name }).waitFor();

  const reminders = page.getByRole('region', { name: 'Nhắc nhở' });
  await reminders.getByText(/^Hạn nộp: \d{2}\/\d{2}\/\d{4} · nhắc mỗi 5 ngày; thêm một lần 3 ngày trước hạn$/).waitFor();
  await reminders.getByText('Chưa gửi lần nhắc nào.').waitFor();
  await reminders.getByText(/^Lần nhắc tiếp theo: \d{2}\/\d{2}\/\d{4}$/).waitFor();
  await reminders.getByRole('button', { name: 'Gửi nhắc nhở ngay' }).click();
  await page.getByText(/^Đã nhắc 1 doanh nghiệp/).waitFor();
  await reminders.getByText(/^Lần nhắc gần nhất: .* \(do cán bộ gửi\), tới 1 doanh nghiệp/).waitFor();
  // Once a day: a second press is refused with a sentence, not a code.
  await reminders.getByRole('button', { name: 'Gửi nhắc nhở ngay' }).click();
  await page.getByText('Đợt khảo sát này đã gửi nhắc nhở hôm nay; mỗi ngày chỉ gửi một lần, hãy thử lại vào ngày mai.').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await staff.context.close();
});
