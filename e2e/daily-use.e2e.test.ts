import fs from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readWorkbook } from '../test/support/workbook.js';
import { enumLabels } from './support/enum-labels.js';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): an enterprise in Nghệ An, the staff of the Nghệ An
// connection point and the agency that sees the national report.
const PASSWORD = 'TechBridge@2026';
const enterprise = 'doanhnghiep@techbridge.local';
const broker = 'diemketnoi.nghean@techbridge.local';
const agency = 'canbo.cuc@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

const demo = demoBrowser();

async function visitor(): Promise<BrowserContext> {
  return demo.browser.newContext({ baseURL: demo.baseUrl, viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
}

async function signedIn(email: string, language: 'vi' | 'en' = 'vi'): Promise<BrowserContext> {
  const context = await visitor();
  // The language the VI/EN switch remembers (and the server reads for its answers).
  await context.addCookies([{ name: 'lang', value: language, url: demo.baseUrl }]);
  await apiSession(context, email, PASSWORD);
  return context;
}

async function shootNamed(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/techbridge-${name}.png`, fullPage: true });
}

/** The address of the first link on the page whose path is `/<segment>/<uuid>`. */
async function firstRecordPath(page: Page, segment: string): Promise<string> {
  const link = page.locator(`main a[href^="/${segment}/"]`).filter({ hasNotText: /^$/ });
  const pattern = new RegExp(`^/${segment}/[0-9a-f-]{36}$`);
  await expect
    .poll(async () => (await link.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).some((href) => pattern.test(href)), {
      timeout: 30_000,
    })
    .toBe(true);
  const hrefs = await link.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((href) => pattern.test(href))!;
}

it('has no critical or serious accessibility fault on the pages people use every day', async () => {
  const faults: Record<string, string[]> = {};
  const check = async (page: Page, name: string) => {
    const found = await accessibilityFaults(page);
    if (found.length) faults[name] = found;
  };

  const anonymous = await (await visitor()).newPage();
  await anonymous.goto('/');
  await anonymous.getByRole('heading', { level: 1 }).waitFor();
  await check(anonymous, 'home');
  await anonymous.goto('/sign-in');
  await anonymous.getByLabel('Email').waitFor();
  await check(anonymous, 'sign-in');
  await anonymous.goto('/offers?q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm');
  const offerPath = await firstRecordPath(anonymous, 'offers');
  await check(anonymous, 'search');
  await anonymous.goto(offerPath);
  await anonymous.getByRole('heading', { level: 1 }).waitFor();
  await check(anonymous, 'offer');
  await anonymous.goto('/demands');
  const demandPath = await firstRecordPath(anonymous, 'demands');
  await anonymous.goto(demandPath);
  await anonymous.getByRole('heading', { level: 1 }).waitFor();
  await check(anonymous, 'demand');

  // A demand waiting for review, so that the queue shows a row with its actions.
  const member = await apiSession(await visitor(), enterprise, PASSWORD);
  const demand = await member.post('/api/demands', {
    ownerOrganisationId: member.organisationIds[0],
    language: 'vi',
    title: 'Cần thiết bị sấy lạnh cho mực khô xuất khẩu',
    publicSummary: 'Cơ sở chế biến hải sản cần thiết bị sấy lạnh giữ màu và mùi vị mực khô.',
    keywords: ['sấy lạnh', 'mực khô'],
  });
  await member.post(`/api/demands/${demand.id}/submit`);
  const staff = await (await signedIn(broker)).newPage();
  await staff.goto('/moderation');
  await staff.getByTestId('moderation-row').first().waitFor();
  await check(staff, 'moderation');
  await staff.goto('/connections');
  const connectionPath = await firstRecordPath(staff, 'connections');
  await check(staff, 'connections');
  await staff.goto(connectionPath);
  await staff.getByRole('heading', { level: 1 }).waitFor();
  await check(staff, 'connection');

  const officer = await (await signedIn(agency)).newPage();
  await officer.goto('/reports');
  await officer.getByRole('group').first().waitFor();
  await check(officer, 'report');

  expect(faults).toEqual({});
});

/**
 * Every piece of text on the page as a reader sees it separated: each element's own text, split at
 * the separators the pages put between facts (" · ", ", ", ": "), plus labels given only to
 * assistive technology.
 */
async function textPieces(page: Page, skip = 'script, style'): Promise<Array<{ piece: string; text: string }>> {
  await page.waitForLoadState('networkidle');
  return page.evaluate((skip) => {
    const pieces: Array<{ piece: string; text: string }> = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest(skip)) continue;
      // A chart wraps a long label over several <tspan>s; the label is the whole <text>.
      if (element.closest('svg') && element.tagName !== 'text') continue;
      const own = [...(element.tagName === 'text' ? [element] : element.childNodes)]
        .filter((node) => node.nodeType === Node.TEXT_NODE || node === element)
        .map((node) => node.textContent ?? '')
        .join('');
      for (const text of [own, element.getAttribute('aria-label') ?? '', element.getAttribute('title') ?? ''])
        for (const piece of text.split(/\s*(?:·|,|:|\|)\s*/)) if (piece.trim()) pieces.push({ piece: piece.trim(), text: text.trim().slice(0, 120) });
    }
    return pieces;
  }, skip);
}

/** Visits the pages people use every day, as a connection point's staff member and as an enterprise, and checks each one. */
async function visitMainPages(language: 'vi' | 'en', check: (name: string, page: Page) => Promise<void>) {
  const staff = await (await signedIn(broker, language)).newPage();
  const member = await (await signedIn(enterprise, language)).newPage();
  const visits: Array<[string, Page, string]> = [
    ['home', staff, '/'],
    ['offers', staff, '/offers'],
    ['demands', staff, '/demands'],
    ['organisations', staff, '/organisations'],
    ['moderation', staff, '/moderation'],
    ['overview', staff, '/overview'],
    ['connections', staff, '/connections'],
    ['reports', staff, '/reports'],
    ['workspace', member, '/workspace'],
    ['my connections', member, '/connections'],
  ];
  for (const [name, page, path] of visits) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await check(name, page);
    if (['offers', 'demands', 'connections'].includes(name)) {
      await page.goto(await firstRecordPath(page, name));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await check(`${name} detail`, page);
    }
  }
  await staff.context().close();
  await member.context().close();
}

it("shows coded values with labels in the reader's language: no raw code or Vietnamese label in English, no English label in Vietnamese", async () => {
  const labels = enumLabels();
  const wrong: Record<string, string[]> = {};
  for (const language of ['en', 'vi'] as const) {
    const foreign = language === 'en' ? labels.viOnly : labels.enOnly;
    await visitMainPages(language, async (name, page) => {
      const found = (await textPieces(page)).filter(({ piece }) => foreign.has(piece) || labels.codes.has(piece));
      if (found.length) wrong[`${language} ${name}`] = [...new Set(found.map(({ piece, text }) => `${piece} in "${text}"`))];
      await shootNamed(page, `labels-${name.replace(/ /g, '-')}-${language}`);
    });
  }
  expect(wrong).toEqual({});
});

/** Codes the report must never show as a cell: channels, stages, countries (two capitals) and provinces (two digits). */
const reportCode = /^(connection-point|event|rep-office|direct|proposed|accepted|meeting|mou|contract|transferred|declined|stalled|[A-Z]{2}|\d{2})$/;

async function downloadWorkbook(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^(Xuất Excel|Export to Excel)$/ }).click()]);
  return readWorkbook(fs.readFileSync(await download.path()));
}

it('lets agency staff export the network report in Vietnamese and in English, and the workbook opens with labels, not codes', async () => {
  const officer = await (await signedIn(agency)).newPage();
  await officer.goto('/reports?from=2019&to=2019');
  await officer.getByRole('group', { name: 'Lượt kết nối', exact: true }).waitFor();
  const vi = await downloadWorkbook(officer);
  expect(vi.sheets).toEqual(['Tổng hợp', 'Theo năm', 'Theo kênh', 'Theo quốc gia', 'Theo giai đoạn', 'Theo tỉnh, thành', 'Sự kiện']);
  expect(vi.rows('Theo kênh')[0]).toEqual(['Kênh kết nối', 'Số kết nối']);
  expect(vi.rows('Theo kênh').map((r) => r[0])).toContain('Qua đại diện ở nước ngoài');
  expect(vi.rows('Theo quốc gia').map((r) => r[0])).toContain('Hàn Quốc');
  expect(vi.rows('Theo giai đoạn').map((r) => r[0])).toContain('Ký biên bản ghi nhớ');
  expect(vi.rows('Theo tỉnh, thành').length).toBeGreaterThan(1);
  for (const text of vi.texts) expect(text).toBe(text.normalize('NFC'));
  expect(vi.texts.filter((text) => reportCode.test(text))).toEqual([]);

  const english = await (await signedIn(agency, 'en')).newPage();
  await english.goto('/reports?from=2019&to=2019');
  await english.getByRole('group', { name: 'Connections', exact: true }).waitFor();
  const en = await downloadWorkbook(english);
  expect(en.sheets).toEqual(['Summary', 'By year', 'By channel', 'By country', 'By stage', 'By province', 'Events']);
  expect(en.rows('By channel').map((r) => r[0])).toContain('Through an office abroad');
  expect(en.rows('By stage').map((r) => r[0])).toContain('MoU signed');
  expect(en.texts.filter((text) => reportCode.test(text))).toEqual([]);
});

/** The element is on screen at phone width: not cut off at either side. */
async function expectInView(locator: Locator) {
  await locator.waitFor();
  const box = await locator.boundingBox();
  expect(box, 'no box').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
}

it('keeps the actions of the moderation queue, the connections and the report in view on a phone', async () => {
  const staff = await (await signedIn(broker)).newPage();
  await staff.setViewportSize(phone);
  await staff.goto('/moderation');
  const row = staff.getByTestId('moderation-row').first();
  await expectInView(row.getByRole('button', { name: 'Trả lại' }));
  await expectInView(row.getByRole('button', { name: /^(Công bố|Mở công khai)$/ }));
  await shootNamed(staff, 'moderation-phone');

  await staff.goto('/connections');
  const connectionPath = await firstRecordPath(staff, 'connections');
  await expectInView(staff.locator(`main a[href="${connectionPath}"]`).first());
  await shootNamed(staff, 'connections-phone');
  await staff.goto(connectionPath);
  await staff.getByRole('heading', { level: 1 }).waitFor();
  await staff.getByRole('main').getByRole('button').first().waitFor();
  for (const button of await staff.getByRole('main').getByRole('button').all()) if (await button.isVisible()) await expectInView(button);
  await shootNamed(staff, 'connection-actions-phone');

  await staff.goto('/reports');
  await staff.getByRole('group', { name: 'Lượt kết nối', exact: true }).waitFor();
  await expectInView(staff.getByRole('link', { name: 'Xuất Excel' }));
  await expectInView(staff.getByRole('button', { name: 'In', exact: true }));
  await expectInView(staff.getByRole('group', { name: 'Kết nối đạt biên bản ghi nhớ', exact: true }));
  await shootNamed(staff, 'report-phone');
});

it('switches to the language of the profile at sign-in: the Korean partner reads English', async () => {
  const page = await (await visitor()).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('partner.kr@techbridge.local');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).last().click();
  await page.getByRole('button', { name: 'Account of Kim Min-jun' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  // Remembered, so the next visit and the server's messages are in English too.
  await page.reload();
  await page.getByRole('button', { name: 'Account of Kim Min-jun' }).waitFor();
});

it('opens the network report on this year, with one click for the periods people ask for', async () => {
  const page = await (await signedIn(agency)).newPage();
  const year = new Date().getFullYear();
  await page.goto('/reports');
  await page.getByText(`Giai đoạn ${year}`).waitFor();
  expect(await page.getByRole('radio', { name: 'Năm nay' }).isChecked()).toBe(true);
  await page.getByText('Tất cả từ 2017').click();
  await page.getByText(`Giai đoạn 2017–${year}`).waitFor();
  expect(new URL(page.url()).searchParams.get('from')).toBe('2017');
  await page.getByText('Năm trước').click();
  await page.getByText(`Giai đoạn ${year - 1}`, { exact: false }).waitFor();

  // Printed: the cards, charts and tables, without the navigation, the filters and the buttons.
  await page.getByRole('figure').first().locator('svg').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.mantine-AppShell-navbar').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'In', exact: true }).isVisible()).toBe(false);
  expect(await page.getByText('Tất cả từ 2017').isVisible()).toBe(false);
  expect(await page.getByRole('group', { name: 'Lượt kết nối', exact: true }).isVisible()).toBe(true);
  const charts = page.getByRole('figure');
  expect(await charts.count()).toBeGreaterThan(1);
  for (const chart of await charts.all()) expect(await chart.isVisible()).toBe(true);
  expect(await charts.first().locator('svg').first().isVisible()).toBe(true);
  await shootNamed(page, 'report-print');
  await page.emulateMedia({ media: 'screen' });
});

it('names the provinces as they were before the merger in the pre-merger view: 2019 shows Bình Định, and the provinces sum to 289', async () => {
  const page = await (await signedIn(agency)).newPage();
  await page.goto('/reports?from=2019&to=2019&level=legacy');
  const table = page.getByRole('figure', { name: 'Kết nối theo tỉnh/thành phố' }).getByRole('table');
  await table.getByRole('row').nth(1).waitFor();
  await page.waitForLoadState('networkidle');
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
  const names = rows.map(([name]) => name);
  // Codes 52, 15, 24, 44, 46, 80, 82 and 91 are also current provinces (52 is now Gia Lai).
  expect(names).toContain('Bình Định');
  // Before the fix code 52 read "Gia Lai" next to the old Gia Lai (64), and so on: no name twice.
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  expect(rows.reduce((sum, [, count]) => sum + Number(count.replace(/\D/g, '')), 0)).toBe(289);
  await shootNamed(page, 'report-pre-merger');
});

/** Signs in through the form with no `next`, as someone who opened the sign-in page from the header. */
async function signInThroughForm(email: string): Promise<Page> {
  const page = await (await visitor()).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).last().click();
  await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
  return page;
}

/** The number on the home page's card whose link is `name`. */
async function needsYouCount(page: Page, name: string): Promise<number> {
  const card = page
    .getByRole('region', { name: 'Việc cần làm' })
    .locator('.mantine-Card-root')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect.poll(async () => (await card.innerText()).split('\n')[0]?.trim(), { timeout: 30_000 }).toMatch(/^\d+$/);
  return Number((await card.innerText()).split('\n')[0]);
}

it('lands every role, after sign-in, on the home that lists what needs it now, matches to review included', async () => {
  const member = await signInThroughForm(enterprise);
  expect(new URL(member.url()).pathname).toBe('/');
  const matches = await needsYouCount(member, 'Kết quả ghép nối cần xem');
  // The same count as the matches page (its badge, or its empty state when there are none yet).
  await member.getByRole('link', { name: 'Kết quả ghép nối cần xem', exact: true }).click();
  await member.waitForURL('**/matches');
  await member
    .getByText(/Phù hợp với|Chưa có kết quả ghép nối nào/)
    .first()
    .waitFor();
  const shown =
    (await member.getByText('Chưa có kết quả ghép nối nào').count()) > 0
      ? '0'
      : await member.getByRole('main').locator('.mantine-Badge-root').first().innerText();
  expect(shown).toBe(String(matches));

  const staff = await signInThroughForm(broker);
  expect(new URL(staff.url()).pathname).toBe('/');
  expect(await needsYouCount(staff, 'Bản ghi chờ duyệt')).toBeGreaterThanOrEqual(0);
  await staff.getByRole('link', { name: 'Đề nghị kết nối chờ trả lời', exact: true }).waitFor();

  // Roadmaps past review: the owner's members and the connection point's staff see the count, and its
  // link opens /roadmaps narrowed to those very roadmaps (as many cards as the count, each flagged).
  for (const page of [member, staff]) {
    await page.goto('/');
    const overdue = await needsYouCount(page, 'Lộ trình quá hạn rà soát');
    expect(await accessibilityFaults(page)).toEqual([]);
    await page.getByRole('link', { name: 'Lộ trình quá hạn rà soát', exact: true }).click();
    await page.waitForURL('**/roadmaps?reviewDue=true');
    await page.getByText('Chỉ lộ trình quá hạn rà soát thuộc trách nhiệm của bạn').waitFor();
    await page
      .getByText(/Quá hạn rà soát|Chưa có lộ trình nào/)
      .first()
      .waitFor();
    const cards = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Quá hạn rà soát' });
    expect(await cards.count()).toBe(overdue);
    expect(await accessibilityFaults(page)).toEqual([]);
  }
});

it("shows audit actions, glossary sectors and expert services with labels in the reader's language, never as codes", async () => {
  const labels = enumLabels('staff');
  // An action code is "<record>.<what was done>" ("organisation.update"); a sector code may have an underscore.
  const codeLike = /^[a-z][a-z_-]*(\.[a-zA-Z_-]+)+$|^[a-z]+_[a-z_]+$/;
  const wrong: Record<string, string[]> = {};
  for (const language of ['vi', 'en'] as const) {
    const own = language === 'en' ? labels.enOnly : labels.viOnly;
    const foreign = language === 'en' ? labels.viOnly : labels.enOnly;
    const admin = await (await signedIn('admin@techbridge.local', language)).newPage();
    const officer = await (await signedIn(agency, language)).newPage();
    const visitorPage = await (await signedIn(enterprise, language)).newPage();
    await visitorPage.goto('/experts');
    const expertPath = await firstRecordPath(visitorPage, 'experts');
    // What people wrote is theirs ("know-how" is a glossary term), and an audit entry's before/after is the record's data as stored.
    const visits: Array<[string, Page, string, string, string]> = [
      ['audit', admin, '/admin/audit', '[data-testid="audit-action"]', '.mantine-Accordion-panel'],
      ['glossary', officer, '/admin/glossary', 'table tbody tr', 'tbody td:nth-child(1), tbody td:nth-child(2)'],
      ['expert', visitorPage, expertPath, 'main li', 'main h1'],
    ];
    for (const [name, page, path, shown, data] of visits) {
      await page.goto(path);
      await page.locator(shown).first().waitFor();
      const pieces = await textPieces(page, `script, style, ${data}`);
      const found = pieces.filter(({ piece }) => foreign.has(piece) || labels.codes.has(piece) || codeLike.test(piece));
      if (found.length) wrong[`${language} ${name}`] = [...new Set(found.map(({ piece, text }) => `${piece} in "${text}"`))];
      // The page shows labels of these values at all (a check that found nothing to read would pass).
      expect(
        pieces.some(({ piece }) => own.has(piece)),
        `${language} ${name} shows a label`,
      ).toBe(true);
      await shootNamed(page, `labels-${name}-${language}`);
    }
    const fallback = await admin.goto('/admin/audit').then(() => admin.locator('[data-testid="audit-action"]').allInnerTexts());
    expect(
      fallback.filter((text) => ['Thay đổi khác', 'Other change'].includes(text)),
      `${language} audit actions without a label`,
    ).toEqual([]);
  }
  expect(wrong).toEqual({});
});
