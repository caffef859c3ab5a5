import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// The demo council's secretary works for the convening Department of S&T (src/seed/demo/load-award.ts): its staff set a council's rules.
const PASSWORD = 'TechBridge@2026';
const staffEmail = 'thuky.hoidong@techbridge.local';
const expertNames = ['PGS.TS. Trần Minh Đức', 'TS. Nguyễn Thị Hồng Vân', 'TS. Lê Quang Huy', 'ThS. Phạm Thu Trang', 'TS. Hoàng Văn Nam'];
const phone = { width: 390, height: 844 };

const session = demoBrowser();

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page; api: ApiSession }> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: phone, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const api = await apiSession(context, email, PASSWORD);
  return { context, page: await context.newPage(), api };
}

type Options = { conveners: Array<{ id: string }>; candidates: Array<{ expertId: string | null; name: string }> };
type Detail = { form: { passTotal: number; criteria: Array<{ key: string; labelEn: string | null; maxPoints: number }> }; tieBreak: string | null };

it('the convener’s staff edit a fresh council’s rules on the phone: a sum that misses the scale is named, then the rules are saved', async () => {
  const staff = await signedIn(staffEmail);
  const options = (await (await staff.context.request.get('/api/councils/options')).json()) as Options;
  const expertIds = expertNames.map((name) => options.candidates.find((c) => c.name === name)!.expertId!);
  const me = (await (await staff.context.request.get('/api/auth/me')).json()) as { user: { id: string } };
  const { id } = await staff.api.post('/api/councils', {
    kind: 'award-provincial',
    name: `Hội đồng thử quy chế ${Date.now()}`,
    convenerOrganisationId: options.conveners[0].id,
    members: [
      ...expertIds.map((expertId, i) => ({ expertId, role: i === 0 ? 'chair' : i === 1 ? 'vice-chair' : 'member' })),
      { userId: me.user.id, role: 'secretary' },
    ],
  });

  const page = staff.page;
  await page.goto(`/councils/${id}`);
  await page.getByRole('heading', { name: 'Quy chế và phiếu đánh giá' }).waitFor();
  await page.getByRole('button', { name: 'Sửa quy chế' }).click();
  await page.getByRole('heading', { name: 'Sửa quy chế của hội đồng' }).waitFor();

  // 40 + 35 + 30 = 105 points on a 100-point scale: the server names the criteria.
  const third = page.getByRole('group', { name: 'Tiêu chí 3' });
  await third.getByLabel('Điểm tối đa').fill('30');
  await page.getByText('Tổng điểm tối đa theo trọng số: 105 trên thang 100 điểm').waitFor();
  await page.getByRole('button', { name: 'Lưu quy chế' }).click();
  await page.getByText('Tổng điểm tối đa theo trọng số của các tiêu chí phải bằng thang điểm của hội đồng.').waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  const second = page.getByRole('group', { name: 'Tiêu chí 2' });
  await second.getByLabel('Điểm tối đa').fill('30');
  await page
    .getByRole('group', { name: 'Tiêu chí 1' })
    .getByLabel(/^Tên \(tiếng Anh\)/)
    .fill('Technological innovation');
  await page.getByLabel('Điểm đạt (điểm)').fill('60');
  await page.getByRole('combobox', { name: 'Khi bằng điểm' }).click();
  await page.getByRole('option', { name: 'hồ sơ có điểm “Mức độ đổi mới công nghệ” cao hơn xếp trước' }).click();
  await page.getByRole('button', { name: 'Lưu quy chế' }).click();
  await page.getByText('Đã lưu quy chế của hội đồng.').waitFor();
  await page.getByText(/Điểm đạt 60 trên 100 điểm · tối thiểu 4 phiếu · khi bằng điểm: hồ sơ có điểm “Mức độ đổi mới công nghệ”/).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  const detail = (await (await staff.context.request.get(`/api/councils/${id}`)).json()) as Detail;
  expect(detail.form.passTotal).toBe(60);
  expect(detail.form.criteria.map((c) => c.maxPoints)).toEqual([40, 30, 30]);
  expect(detail.form.criteria[0].labelEn).toBe('Technological innovation');
  expect(detail.tieBreak).toBe(detail.form.criteria[0].key);
  await staff.context.close();
});
