import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts): an enterprise in Nghệ An, a supplier institute,
// the staff of the Nghệ An connection point that brokers connections of that province, a Korean
// partner that writes its offers in English, and the agency that publishes records without a province.
const PASSWORD = 'TechBridge@2026';
const enterprise = 'doanhnghiep@techbridge.local';
const supplier = 'vien@techbridge.local';
const broker = 'diemketnoi.nghean@techbridge.local';
const koreanPartner = 'partner.kr@techbridge.local';
const agency = 'canbo.cuc@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
// The new connection opens today and its agreements are signed today: this year's dashboard counts them.
const year = new Date().getFullYear();

const demo = demoBrowser();

// One signed-in browser context per person for the whole file: sign-in is rate limited per address,
// and the sign-in form has its own journey.
const people = new Map<string, Promise<{ context: BrowserContext; api: ApiSession }>>();

function person(email: string) {
  if (!people.has(email)) {
    people.set(
      email,
      (async () => {
        const context = await demo.browser.newContext({ baseURL: demo.baseUrl, viewport: desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
        return { context, api: await apiSession(context, email, PASSWORD) };
      })(),
    );
  }
  return people.get(email)!;
}

async function signedIn(email: string, viewport = desktop): Promise<Page> {
  const page = await (await person(email)).context.newPage();
  await page.setViewportSize(viewport);
  return page;
}

const asApi = async (email: string) => (await person(email)).api;

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/techbridge-${name}.png`, fullPage: true });
}

/** The enterprise posts a Vietnamese demand and the Nghệ An connection point opens it; its id. */
async function openDemand(fields: Record<string, unknown>): Promise<string> {
  const member = await asApi(enterprise);
  const demand = await member.post('/api/demands', { ownerOrganisationId: member.organisationIds[0], language: 'vi', ...fields });
  await member.post(`/api/demands/${demand.id}/submit`);
  await (await asApi(broker)).post(`/api/demands/${demand.id}/publish`);
  return demand.id;
}

/**
 * A demand's page, reloaded until the offer titled `offerTitle` is among its matches (they are
 * ranked in the background after publication); that match's card.
 */
async function matchOnDemandPage(page: Page, demandId: string, offerTitle: string) {
  await page.goto(`/demands/${demandId}`);
  const matches = page.getByRole('region', { name: 'Công nghệ phù hợp' });
  const card = matches.getByRole('article', { name: offerTitle, exact: true });
  await expect
    .poll(
      async () => {
        await page.reload();
        await matches.getByRole('article').or(matches.getByText('Chưa tìm thấy công nghệ phù hợp')).first().waitFor();
        return card.count();
      },
      { timeout: 60_000, interval: 1_000 },
    )
    .toBe(1);
  return card;
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
    mous: await kpi(page, 'Kết nối đạt biên bản ghi nhớ'),
    contracts: await kpi(page, 'Kết nối đạt hợp đồng'),
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

it("shows a demand's matches with their reasons, an English offer among those of a Vietnamese demand it solves", async () => {
  // A Korean partner writes its offer in English; the agency publishes it.
  const partner = await asApi(koreanPartner);
  const offerTitle = 'Slurry ice system for onboard preservation on fishing vessels';
  const offer = await partner.post('/api/offers', {
    ownerOrganisationId: partner.organisationIds[0],
    language: 'en',
    country: 'KR',
    title: offerTitle,
    summary: 'Keeps the catch of fishing vessels at −1 °C from the fishing ground to the port, cutting spoilage and the ice carried on board.',
    keywords: ['onboard preservation', 'fishing vessel', 'slurry ice', 'cold chain'],
    trl: 8,
  });
  await partner.post(`/api/offers/${offer.id}/submit`);
  await (await asApi(agency)).post(`/api/offers/${offer.id}/publish`);

  // A Vietnamese demand that shares no word with it, only meaning.
  const demandId = await openDemand({
    title: 'Cần công nghệ bảo quản cá trên tàu cá đánh bắt xa bờ',
    publicSummary: 'Hợp tác xã khai thác hải sản cần giữ cá tươi suốt chuyến biển 15–20 ngày, giảm hao hụt và tiết kiệm nước đá.',
    keywords: ['bảo quản trên tàu', 'tàu cá', 'nước đá', 'chuỗi lạnh'],
    seekAbroad: true,
    targetCountries: ['KR'],
  });

  const page = await signedIn(enterprise);
  const card = await matchOnDemandPage(page, demandId, offerTitle);
  await card.getByText('Tiếng Anh', { exact: true }).waitFor();
  await card.getByText(/^Phù hợp \d+%$/).waitFor();
  const reasons = await card.getByRole('list', { name: 'Lý do phù hợp' }).getByRole('listitem').allInnerTexts();
  expect(reasons.length).toBeGreaterThan(0);
  expect(reasons.join('\n')).toMatch(/Cùng đề cập: .*(tàu cá|bảo quản trên tàu|nước đá|chuỗi lạnh|fishing vessel|onboard preservation|ice|cold chain)/i);
  await shoot(page, 'demand-matches-desktop');
  await page.close();
});

it('takes a connection from a match to technology transferred, and the dashboard counts it', async () => {
  const staff = await signedIn(broker);
  const before = await dashboard(staff);

  // The enterprise posts its demand; on the demand's page it asks the institute's matching offer to connect.
  const demandTitle = 'Cần công nghệ bào chế gel bôi ngoài da từ nano curcumin';
  const demandId = await openDemand({
    title: demandTitle,
    publicSummary: 'Công ty cần công thức và quy trình bào chế gel nano curcumin cho dòng sản phẩm chăm sóc da mới.',
    keywords: ['nano curcumin', 'gel bôi ngoài da', 'bào chế'],
  });
  const seeker = await signedIn(enterprise);
  const match = await matchOnDemandPage(seeker, demandId, 'Công nghệ bào chế gel bôi ngoài da từ nano curcumin');
  await match.getByRole('button', { name: 'Đề nghị kết nối' }).click();
  // A note is asked for first; it becomes the connection's first message.
  const request = seeker.getByRole('dialog', { name: 'Đề nghị kết nối từ kết quả phù hợp' });
  await request.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await request.getByText('Hãy viết một lời nhắn ngắn trước khi gửi đề nghị.').waitFor();
  await request.getByLabel('Lời nhắn').fill('Chúng tôi muốn thử công thức cho dòng gel mới.');
  await request.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await seeker.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
  const connectionPath = new URL(seeker.url()).pathname;
  await seeker.getByRole('heading', { name: demandTitle }).waitFor();
  await seeker.getByText('từ kết quả phù hợp').waitFor();
  await seeker.getByText('Chúng tôi muốn thử công thức cho dòng gel mới.').first().waitFor();
  await expectStage(seeker, 'Đề nghị kết nối');

  // The supplier hears of it through the bell and accepts.
  const institute = await signedIn(supplier);
  await institute.goto('/');
  await institute.getByRole('button', { name: /^Thông báo: [1-9]\d* chưa đọc$/ }).click();
  await institute
    .getByRole('link', { name: /đề nghị kết nối/ })
    .first()
    .click();
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
  // Typed as people say it; the field reads it back in words.
  await form.getByLabel('Giá trị (đồng)').fill('1500 triệu');
  await form.getByText('1,5 tỷ đồng').waitFor();
  await form.getByRole('combobox', { name: 'Quyền chuyển giao' }).click();
  await staff.getByRole('option', { name: 'Chuyển giao quyền sử dụng công nghệ' }).click();
  for (const content of ['Tên hợp đồng', 'Phương thức chuyển giao', 'Giá, phương thức thanh toán'])
    await form.getByRole('checkbox', { name: content, exact: true }).check();
  await form.getByText('Còn thiếu 12 nội dung bắt buộc').waitFor();
  await form.getByRole('button', { name: 'Lưu thỏa thuận' }).click();
  await form.waitFor({ state: 'hidden' });
  await expectStage(staff, 'Ký hợp đồng');
  await staff.getByRole('list', { name: 'Thỏa thuận và hợp đồng' }).getByText('1,5 tỷ đồng').waitFor();

  await confirmStage(staff, 'Xác nhận đã chuyển giao', 'Đã bàn giao quy trình và đào tạo kỹ thuật viên.');
  await expectStage(staff, 'Đã chuyển giao công nghệ');
  await expect(staff.getByRole('button', { name: 'Thêm thỏa thuận' }).count()).resolves.toBe(0);
  await shoot(staff, 'connection-desktop');
  await expect(accessibilityFaults(staff)).resolves.toEqual([]);

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
  await expect(staff.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href')).resolves.toBe(
    `/api/reports/network.xlsx?from=${year}&to=${year}&level=current`,
  );
  await shoot(staff, 'dashboard-desktop');
  await expect(accessibilityFaults(staff)).resolves.toEqual([]);
  await phonePage.close();
  const staffPhone = await signedIn(broker, phone);
  await dashboard(staffPhone);
  await shoot(staffPhone, 'dashboard-phone');
});

it('shows an enterprise the demands that match its own offer, and connects to one with a note', async () => {
  // The fish-sauce enterprise offers its own know-how; the agency publishes it.
  const member = await asApi(enterprise);
  const offerTitle = 'Quy trình ủ chượp nước mắm rút ngắn thời gian lên men bằng chế phẩm enzyme';
  const offer = await member.post('/api/offers', {
    ownerOrganisationId: member.organisationIds[0],
    language: 'vi',
    title: offerTitle,
    summary: 'Ủ chượp cá cơm với chế phẩm enzyme protease, rút thời gian lên men nước mắm từ 12 tháng còn 4 tháng mà giữ độ đạm và hương vị truyền thống.',
    keywords: ['ủ chượp', 'nước mắm', 'lên men nhanh', 'enzyme protease'],
    trl: 7,
  });
  await member.post(`/api/offers/${offer.id}/submit`);
  await (await asApi(agency)).post(`/api/offers/${offer.id}/publish`);

  // Another organisation (the institute) needs exactly that.
  const institute = await asApi(supplier);
  const demandTitle = 'Cần quy trình lên men nhanh nước mắm cá cơm bằng enzyme';
  const demand = await institute.post('/api/demands', {
    ownerOrganisationId: institute.organisationIds[0],
    language: 'vi',
    title: demandTitle,
    publicSummary: 'Viện cần quy trình ủ chượp nước mắm cá cơm rút ngắn thời gian lên men bằng enzyme cho mô hình trình diễn.',
    keywords: ['ủ chượp', 'nước mắm', 'enzyme'],
  });
  await institute.post(`/api/demands/${demand.id}/submit`);
  await (await asApi(agency)).post(`/api/demands/${demand.id}/publish`);

  // On its own offer's page the enterprise finds the demand among "Nhu cầu phù hợp" (ranked in the background).
  const page = await signedIn(enterprise);
  await page.goto(`/offers/${offer.id}`);
  const matches = page.getByRole('region', { name: 'Nhu cầu phù hợp' });
  const card = matches.getByRole('article', { name: demandTitle, exact: true });
  await expect
    .poll(
      async () => {
        await page.reload();
        await matches.getByRole('article').or(matches.getByText('Chưa có nhu cầu đang mở phù hợp')).first().waitFor();
        return card.count();
      },
      { timeout: 60_000, interval: 1_000 },
    )
    .toBe(1);
  expect((await card.getByRole('list', { name: 'Lý do phù hợp' }).getByRole('listitem').allInnerTexts()).length).toBeGreaterThan(0);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await shoot(page, 'offer-matching-demands');

  // Connecting asks for a note first; the note becomes the connection's first message.
  await card.getByRole('button', { name: 'Đề nghị kết nối' }).click();
  const request = page.getByRole('dialog', { name: 'Đề nghị kết nối từ kết quả phù hợp' });
  await request.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await request.getByText('Hãy viết một lời nhắn ngắn trước khi gửi đề nghị.').waitFor();
  const note = 'Chúng tôi có thể chuyển giao quy trình và hướng dẫn tại xưởng của Viện.';
  await request.getByLabel('Lời nhắn').fill(note);
  await request.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: demandTitle }).waitFor();
  await page.getByText(note).first().waitFor();
  await expectStage(page, 'Đề nghị kết nối');
  await page.close();
});
