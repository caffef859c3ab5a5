import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api.js';
import sharp from 'sharp';
import { pdfPageCount, pdfText } from '../test/assessment/pdf-text.js';
import { pdfFirstPageImage, pixelsOfColour } from '../test/support/pdf-page-image.js';
import { statusColours } from '../src/shared/roadmaps/labels.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): the Nghệ An fish-sauce enterprise (assessed in the
// demo data) and the Nghệ An connection point's staff, who broker its connections.
const PASSWORD = 'TechBridge@2026';
const desktop = { width: 1280, height: 900 };
const roadmapTitle = `Lộ trình đổi mới Cửa Hội ${Date.now()}`;
const session = demoBrowser();

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page; api: ApiSession }> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const api = await apiSession(context, email, PASSWORD);
  return { context, page: await context.newPage(), api };
}

const bar = (page: Page, title: string | RegExp) => page.locator('g[role="button"]', { hasText: title });
const form = (page: Page, heading: string) => page.locator('form', { has: page.getByRole('heading', { name: heading }) });

async function addItem(page: Page, layer: string, title: string, year: number) {
  const add = form(page, 'Thêm hạng mục');
  await add.getByRole('combobox', { name: 'Lớp' }).click();
  await page.getByRole('option', { name: layer, exact: true }).click();
  await add.getByLabel('Tên (tiếng Việt)').fill(title);
  await add.getByLabel('Từ năm').fill(String(year));
  await add.getByLabel('Đến năm').fill(String(year));
  await add.getByRole('button', { name: 'Thêm hạng mục' }).click();
  await bar(page, title).waitFor();
}

it('an enterprise builds a roadmap from its assessment; a connection on its gap demand moves the item by itself; a snapshot is compared; the PDF opens', async () => {
  const enterprise = await signedIn('doanhnghiep@techbridge.local');
  const broker = await signedIn('diemketnoi.nghean@techbridge.local');
  const page = enterprise.page;

  // The enterprise opens its assessment report, then starts a roadmap.
  await page.goto('/assessments');
  await page.getByRole('heading', { name: 'Đánh giá trình độ công nghệ' }).first().waitFor();
  await page.goto('/roadmaps');
  await page.getByRole('heading', { name: 'Lộ trình và bản đồ công nghệ' }).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  const create = form(page, 'Lộ trình mới');
  await create.getByLabel(/^Tên \(tiếng Việt\)/).fill(roadmapTitle);
  await create.getByRole('button', { name: 'Tạo lộ trình' }).click();
  await page.waitForURL(/\/roadmaps\/[0-9a-f-]{36}$/);
  const roadmapId = page.url().split('/').pop() ?? '';
  await page.getByRole('heading', { name: roadmapTitle }).waitFor();

  // Two weaknesses come in as technology items.
  const weak = page.getByRole('group', { name: 'Các tiêu chí yếu nhất đưa vào thành hạng mục công nghệ' });
  await weak.getByRole('checkbox').nth(0).check();
  await weak.getByRole('checkbox').nth(1).check();
  await page.getByRole('button', { name: 'Đưa vào lộ trình' }).click();
  await expect.poll(() => page.locator('g[role="button"]').count()).toBe(2);

  // A product and a market item, linked: the market needs the product.
  const year = new Date().getFullYear();
  await addItem(page, 'Sản phẩm', 'Nước mắm cao cấp 40 độ đạm', year);
  await addItem(page, 'Thị trường', 'Chuỗi siêu thị trong nước', year);
  const link = form(page, 'Liên kết hai hạng mục');
  await link.getByRole('combobox', { name: 'Từ hạng mục' }).click();
  await page.getByRole('option', { name: 'Chuỗi siêu thị trong nước' }).click();
  await link.getByRole('combobox', { name: 'Đến hạng mục' }).click();
  await page.getByRole('option', { name: 'Nước mắm cao cấp 40 độ đạm' }).click();
  await link.getByRole('button', { name: 'Thêm liên kết' }).click();
  await expect.poll(() => page.locator('svg line[marker-end]').count()).toBe(1);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  // The product bar is dragged one year later (a year is 200 px wide on the chart).
  const product = bar(page, 'Nước mắm cao cấp 40 độ đạm');
  await product.hover();
  const box = await product.boundingBox();
  if (!box) throw new Error('no product bar');
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 130, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + 230, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => product.getAttribute('aria-label')).toContain(String(year + 1));

  // A gap item offers "create a demand".
  type Detail = { roadmap: { items: { id: string; title: { vi: string }; gap: unknown }[] }; live: Record<string, { kind: string; id: string }[]> };
  const before = (await (await page.request.get(`/api/roadmaps/${roadmapId}`)).json()) as Detail;
  const gapItem = before.roadmap.items.find((i) => i.gap);
  const gapTitle = gapItem?.title.vi ?? '';
  await bar(page, gapTitle).click();
  await page.getByRole('button', { name: 'Tạo nhu cầu công nghệ' }).click();
  await page.getByTestId('live-state').nth(1).waitFor();
  const detail = (await (await page.request.get(`/api/roadmaps/${roadmapId}`)).json()) as Detail;
  const demandId = detail.live[gapItem?.id ?? ''].find((r) => r.kind === 'demand')?.id ?? '';

  // The demand goes into the catalogue; the connection point brokers a connection on it up to a contract.
  await enterprise.api.post(`/api/demands/${demandId}/submit`);
  await broker.api.post(`/api/demands/${demandId}/publish`);
  const institute = await signedIn('vien@techbridge.local');
  const agency = await signedIn('canbo.cuc@techbridge.local');
  const offer = await institute.api.post('/api/offers', {
    ownerOrganisationId: institute.api.organisationIds[0],
    language: 'vi',
    title: 'Chế phẩm enzyme rút ngắn thời gian ủ chượp',
    summary: 'Chế phẩm enzyme protease thủy phân cá cơm, rút ngắn thời gian ủ chượp nước mắm từ 12 tháng xuống 4 tháng.',
    keywords: ['enzyme', 'ủ chượp', 'nước mắm'],
    trl: 7,
  });
  await institute.api.post(`/api/offers/${offer.id}/submit`);
  await agency.api.post(`/api/offers/${offer.id}/publish`);
  let connection = await broker.api.post<{ id: string; version: number; stage: string }>('/api/connections', {
    demandId,
    offerId: offer.id,
    origin: 'broker',
    message: 'Điểm kết nối giới thiệu',
  });
  const today = new Date().toISOString().slice(0, 10);
  connection = await institute.api.post(`/api/connections/${connection.id}/stage`, { stage: 'accepted', version: connection.version });
  for (const stage of ['meeting', 'mou', 'contract']) {
    connection = await broker.api.post(`/api/connections/${connection.id}/stage`, { stage, occurredOn: today, version: connection.version });
  }
  expect(connection.stage).toBe('contract');

  // Nobody edits the roadmap: the item shows "in progress".
  await page.reload();
  await bar(page, gapTitle).click();
  await expect.poll(() => page.getByTestId('item-status').textContent()).toBe('Đang thực hiện');
  await page.getByTestId('live-state').filter({ hasText: 'Đã ký hợp đồng' }).first().waitFor();

  // A snapshot, then one more change (the product moved back a year with the keyboard), compared with the current state.
  await page.getByLabel('Tên phiên bản').fill('Sau hội thảo');
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await page.getByRole('combobox', { name: 'So sánh phiên bản' }).waitFor();
  await product.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => product.getAttribute('aria-label')).toContain(String(year));
  await page.getByRole('combobox', { name: 'So sánh phiên bản' }).click();
  await page.getByRole('option', { name: /Sau hội thảo/ }).click();
  await page
    .getByTestId('comparison')
    .getByText(/Đã dời: Nước mắm cao cấp 40 độ đạm/)
    .waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  // The enterprise ties the institute's offer to the product item from the picker, sees its live state, then unties it.
  await bar(page, 'Nước mắm cao cấp 40 độ đạm').click();
  const picker = page.getByRole('region', { name: 'Gắn hồ sơ có sẵn' });
  await picker.getByRole('combobox', { name: 'Loại hồ sơ' }).click();
  await page.getByRole('option', { name: 'Chào bán', exact: true }).click();
  await picker.getByLabel('Tìm theo tên').fill('enzyme');
  await picker.getByRole('button', { name: 'Gắn vào hạng mục: Chế phẩm enzyme rút ngắn thời gian ủ chượp' }).click();
  const tied = page.getByTestId('linked-record').filter({ hasText: 'Chế phẩm enzyme rút ngắn thời gian ủ chượp' });
  await tied.getByTestId('live-state').waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Bỏ gắn: Chế phẩm enzyme rút ngắn thời gian ủ chượp' }).click();
  await expect.poll(() => tied.count()).toBe(0);

  // Connections are searched by the server (not among the latest hundred on the page): words typed without diacritics find the brokered one.
  await picker.getByRole('combobox', { name: 'Loại hồ sơ' }).click();
  await page.getByRole('option', { name: 'Kết nối', exact: true }).click();
  const searched = page.waitForRequest((request) => /\/api\/connections\?.*q=enzyme(\+|%20)u(\+|%20)chuop/.test(request.url()));
  await picker.getByLabel('Tìm theo tên').fill('enzyme u chuop');
  await searched;
  const hit = picker.getByRole('button', { name: /^Gắn vào hạng mục: .*enzyme/ }).first();
  await hit.waitFor();
  await hit.click();
  const tiedConnection = page.getByTestId('linked-record').filter({ hasText: 'Kết nối' });
  await tiedConnection.getByTestId('live-state').waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  // Its confidence and description; a description too long is refused under its field.
  await bar(page, 'Nước mắm cao cấp 40 độ đạm').click();
  await page.getByLabel('Mô tả').fill('x'.repeat(5001));
  await page.getByRole('button', { name: 'Lưu hạng mục' }).click();
  await expect.poll(() => page.getByLabel('Mô tả').getAttribute('aria-invalid')).toBe('true');
  await page.getByLabel('Mô tả').fill('Độ đạm 40, đóng chai thủy tinh.');
  await page.getByRole('combobox', { name: 'Độ tin cậy' }).click();
  await page.getByRole('option', { name: 'Cao', exact: true }).click();
  // The next edit is sent with the version the page reloads after this save.
  const reloaded = page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/roadmaps/${roadmapId}`);
  await page.getByRole('button', { name: 'Lưu hạng mục' }).click();
  await reloaded;
  await page.getByText('Độ đạm 40, đóng chai thủy tinh.').first().waitFor();

  // Lanes: a new one, then removing the technology lane is refused with a message naming it.
  await page.getByLabel('Lớp mới (tiếng Việt)').fill('Chính sách');
  await page.getByRole('button', { name: 'Thêm lớp' }).click();
  await page.getByRole('button', { name: 'Xoá lớp: Chính sách' }).waitFor();
  // The new lane takes part in every kind of link until the owner chooses: its items may no longer start a "needs" link.
  const starts = page.getByRole('group', { name: 'Liên kết được bắt đầu từ lớp Chính sách' });
  await expect(starts.getByRole('checkbox', { name: 'cần', exact: true }).isChecked()).resolves.toBe(true);
  // A click saves the lane; the box follows the saved roadmap.
  await starts.getByRole('checkbox', { name: 'cần', exact: true }).click();
  await expect
    .poll(async () => {
      const saved = (await (await page.request.get(`/api/roadmaps/${roadmapId}`)).json()) as {
        roadmap: { layers: { name: { vi: string }; linkStarts: string[] }[] };
      };
      return saved.roadmap.layers.find((l) => l.name.vi === 'Chính sách')?.linkStarts;
    })
    .toEqual(['delivered-by', 'enables', 'supports', 'relates-to']);
  await expect.poll(() => starts.getByRole('checkbox', { name: 'cần', exact: true }).isChecked()).toBe(false);
  await page.getByRole('button', { name: 'Xoá lớp: Công nghệ' }).click();
  await page.getByRole('alert').filter({ hasText: 'Lớp còn hạng mục nên chưa xoá được' }).waitFor();
  await page.getByRole('button', { name: 'Xoá lớp: Chính sách' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Xoá lớp: Chính sách' }).count()).toBe(0);
  // The pointer leaves the lane list, so no button is checked in its hover state.
  await page.mouse.move(0, 0);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  // On a phone the same page reads and passes axe.
  await page.setViewportSize({ width: 390, height: 844 });
  await bar(page, 'Nước mắm cao cấp 40 độ đạm').first().waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.setViewportSize(desktop);

  // The PDF export opens: the chart page then the items, with the Vietnamese title and items as text.
  const pdf = await page.request.get(`/api/roadmaps/${roadmapId}/export/pdf?lang=vi`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const body = Buffer.from(await pdf.body());
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPageCount(body)).toBe(2);
  const text = pdfText(body);
  expect(text).toContain(roadmapTitle);
  expect(text).toContain('Chuỗi siêu thị trong nước cần Nước mắm cao cấp 40 độ đạm');
  expect(text).toContain(`${gapTitle} — `);
  // Its first page, as an image: the chart, wider than high, not blank, with the item the contract moved drawn "in progress"
  // (far more of that colour than the legend's swatch alone, which is all a status no item has gets).
  const { png } = pdfFirstPageImage(body);
  const picture = sharp(png);
  const meta = await picture.metadata();
  expect(meta.width ?? 0).toBeGreaterThan(meta.height ?? 0);
  const stats = await picture.stats();
  expect(stats.channels[0].min).toBeLessThan(100);
  expect(stats.channels[0].max).toBeGreaterThan(200);
  const inProgress = await pixelsOfColour(png, statusColours['in-progress']);
  expect(inProgress).toBeGreaterThan(3 * (await pixelsOfColour(png, statusColours.delivered)));
});

it('the demo technology map shows its tree with gap lines and live catalogue counts', async () => {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: desktop, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto('/roadmaps');
  await page.getByRole('link', { name: 'Bản đồ công nghệ chế biến nước mắm' }).click();
  await page.getByRole('heading', { name: 'Bản đồ công nghệ chế biến nước mắm' }).waitFor();
  const rows = page.locator('tr[data-node-id]');
  expect(await rows.count()).toBeGreaterThan(10);
  expect(await page.getByRole('img', { name: /^Việt Nam \d, thế giới \d$/ }).count()).toBeGreaterThan(5);
  const counts = await page.getByTestId('node-counts').allTextContents();
  expect(counts.some((c) => /^[1-9]\d* chào bán/.test(c))).toBe(true);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.getByRole('link', { name: 'Lộ trình xây dựng trên bản đồ này' }).click();
  await page.getByRole('heading', { name: 'Lộ trình đổi mới công nghệ chế biến nước mắm 2026–2030' }).waitFor();
  expect(await page.locator('g[role="button"]').count()).toBeGreaterThan(10);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await context.close();
});
