import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { demoServerUrl } from './support/demo-server.js';
import { linkFromOutbox } from './support/outbox.js';

let baseUrl: string;
let browser: Browser;
let admin: BrowserContext;
const desktop = { width: 1280, height: 860 };
const phone = { width: 390, height: 844 };

const owner = { name: 'Nguyễn Thị Hương', email: 'huong.nguyen@vanphan.example', password: 'NuocMam@2026' };
const member = { name: 'Trần Văn Đức', email: 'duc.tran@vanphan.example', password: 'CaCom#Nghe2026' };
const organisationName = 'Công ty TNHH Nước mắm Vạn Phần';

beforeAll(async () => {
  baseUrl = await demoServerUrl();
  browser = await launchBrowser();
  admin = await browser.newContext({ baseURL: baseUrl, viewport: desktop });
  await signIn(await admin.newPage(), 'admin@techbridge.local', 'TechBridge@2026');
});
afterAll(async () => {
  await browser?.close();
});

async function newPerson(viewport = desktop): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  return context.newPage();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).last().click();
  await page.getByRole('button', { name: /^Tài khoản của/ }).waitFor();
}

async function register(page: Page, person: typeof owner) {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Đăng ký' }).click();
  await page.getByLabel('Họ và tên').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel(/^Mật khẩu/).fill(person.password);
  await page.getByLabel('Nhập lại mật khẩu').fill(person.password);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await page.getByRole('heading', { name: 'Kiểm tra hộp thư của bạn' }).waitFor();
}

async function verifyFromOutbox(page: Page, email: string) {
  await page.goto(await linkFromOutbox(admin.request, email, 'verify-email'));
  await page.getByRole('heading', { name: 'Email đã được xác minh' }).waitFor();
}

/** The VI/EN switch is a radio group whose inputs are visually hidden behind their labels. */
async function chooseLanguage(page: Page, label: 'VI' | 'EN') {
  await page.getByRole('banner').getByText(label, { exact: true }).click();
  // The other language's strings are downloaded on first use, so the switch settles a moment later.
  await expect.poll(() => page.getByRole('radio', { name: label }).isChecked()).toBe(true);
}

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/techbridge-${name}.png`, fullPage: true });
}

it('registers, verifies, creates an organisation, invites a member who joins, switches language and signs out', async () => {
  const page = await newPerson();
  await register(page, owner);
  await shoot(page, 'check-email-desktop');

  // Signing in before verifying explains why and offers to resend the message.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Mật khẩu').fill(owner.password);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('alert').filter({ hasText: 'Email chưa được xác minh' }).waitFor();
  await expect(page.getByRole('button', { name: 'Gửi lại thư xác minh' }).isVisible()).resolves.toBe(true);

  await verifyFromOutbox(page, owner.email);
  // As if on another device: a fresh session signs in with the form.
  await page.context().clearCookies();
  await signIn(page, owner.email, owner.password);
  await page.getByRole('heading', { name: 'Tổ chức của tôi' }).waitFor();

  // Create the organisation; the province is typed without diacritics.
  await page.getByRole('link', { name: 'Tạo tổ chức' }).click();
  await page.getByLabel('Tên tiếng Việt').fill(organisationName);
  await page.getByLabel('Tên tiếng Anh').fill('Van Phan Fish Sauce Co., Ltd');
  await page.getByLabel('Mã số thuế').fill('2901234567');
  await page.getByRole('combobox', { name: 'Tỉnh/thành phố' }).fill('nghe an');
  await page.getByRole('option', { name: 'Nghệ An' }).click();
  await page.getByLabel('Ngành kinh tế (VSIC)').first().click();
  await page.getByRole('option', { name: /^C – / }).click();
  await page.keyboard.press('Escape');
  await shoot(page, 'create-organisation-desktop');
  await page.getByRole('button', { name: 'Tạo tổ chức' }).click();
  await page.getByRole('heading', { name: organisationName }).waitFor();
  await expect(page.getByText('Nghệ An').first().isVisible()).resolves.toBe(true);

  // Invite a colleague by email.
  await page.getByRole('tab', { name: 'Thành viên' }).click();
  await page.getByLabel('Email người được mời').fill(member.email);
  await page.getByRole('button', { name: 'Gửi lời mời' }).click();
  await page.getByRole('list', { name: 'Lời mời đang chờ' }).getByText(member.email).waitFor();
  const invitationLink = await linkFromOutbox(admin.request, member.email, 'invitation');

  // The colleague registers on a phone, verifies, opens the invitation and joins.
  const colleague = await newPerson(phone);
  await register(colleague, member);
  await verifyFromOutbox(colleague, member.email);
  await colleague.goto(invitationLink);
  await colleague.getByText(organisationName).first().waitFor();
  await shoot(colleague, 'invitation-phone');
  await colleague.getByRole('button', { name: 'Chấp nhận lời mời' }).click();
  await colleague.getByRole('heading', { name: organisationName }).waitFor();

  // The organisation's admin sees the new member.
  await page.reload();
  await page.getByRole('tab', { name: 'Thành viên' }).click();
  await page.getByRole('table', { name: 'Thành viên' }).getByText(member.name).waitFor();
  await shoot(page, 'members-desktop');

  // English, remembered across a reload, then back to Vietnamese.
  await chooseLanguage(page, 'EN');
  await page.getByRole('tab', { name: 'Members' }).waitFor();
  await page.reload();
  await page.getByRole('tab', { name: 'Members' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await chooseLanguage(page, 'VI');
  await page.getByRole('tab', { name: 'Thành viên' }).waitFor();

  // Sign out.
  await page.getByRole('button', { name: `Tài khoản của ${owner.name}` }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor();
  const me = await page.request.get('/api/auth/me');
  expect(((await me.json()) as { user: unknown }).user).toBeNull();
});

it('looks right on a phone and on a desktop, in both languages', async () => {
  for (const [label, viewport] of [
    ['phone', phone],
    ['desktop', desktop],
  ] as const) {
    const page = await newPerson(viewport);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /Kết nối cung – cầu công nghệ/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await shoot(page, `home-${label}`);
    await page.goto('/register');
    await shoot(page, `register-${label}`);
    await page.context().close();
  }
  const english = await newPerson(phone);
  await english.goto('/organisations');
  await chooseLanguage(english, 'EN');
  await english.getByRole('heading', { name: 'Organisation directory' }).waitFor();
  await english.getByRole('button', { name: 'Open or close the menu' }).click();
  await english.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).waitFor();
  await english.waitForTimeout(400); // let the menu finish sliding in before the picture
  await shoot(english, 'directory-menu-phone-en');

  // Every admin page renders its data, not an error.
  const adminPage = await admin.newPage();
  const pages: Array<[string, string]> = [
    ['/admin/users', 'users'],
    ['/admin/organisations', 'organisations'],
    ['/admin/reference', 'reference'],
    ['/admin/outbox', 'outbox'],
  ];
  for (const [path, name] of pages) {
    await adminPage.goto(path);
    await adminPage.getByRole('table').first().waitFor();
    await shoot(adminPage, `${name}-desktop`);
  }
  await adminPage.goto('/admin/audit');
  await adminPage
    // An organisation's creation, by its labels (the log never shows the code `organisation.create`).
    .getByRole('button', { name: /Tạo mới.*Tổ chức/ })
    .first()
    .click();
  await adminPage.getByRole('cell', { name: 'nameVi' }).waitFor();
  await shoot(adminPage, 'audit-desktop');
  await adminPage.goto('/admin/connection-points');
  await adminPage.getByRole('button', { name: 'Thêm điểm kết nối' }).click();
  await adminPage.getByRole('dialog').getByLabel('Tên tiếng Việt').waitFor();
  await shoot(adminPage, 'connection-point-dialog-desktop');
});

it('tells an editor when someone else saved first, and reloads the latest version', async () => {
  const first = await admin.newPage();
  await first.goto('/organisations?q=van phan');
  await first.getByRole('link', { name: organisationName }).click();
  // The page loads on first visit, so the address changes only once it has arrived.
  await first.waitForURL(/\/organisations\/[^/?]+$/);
  const organisationUrl = first.url();
  await first.getByRole('link', { name: 'Sửa' }).click();
  const second = await admin.newPage();
  await second.goto(`${organisationUrl}/edit`);

  await second.getByLabel('Địa chỉ').fill('Khối 3, thị trấn Diễn Châu, Nghệ An');
  await second.getByRole('button', { name: 'Lưu', exact: true }).click();
  await second.getByRole('heading', { name: organisationName }).waitFor();

  await first.getByLabel('Điện thoại').fill('0238 3862 123');
  await first.getByRole('button', { name: 'Lưu', exact: true }).click();
  await first.getByRole('alert').filter({ hasText: 'Có người vừa sửa tổ chức này' }).waitFor();
  await shoot(first, 'edit-conflict-desktop');
  await first.getByRole('button', { name: 'Tải bản mới nhất' }).click();
  await expect.poll(() => first.getByLabel('Địa chỉ').inputValue(), { timeout: 30_000 }).toBe('Khối 3, thị trấn Diễn Châu, Nghệ An');
  await first.getByLabel('Điện thoại').fill('0238 3862 123');
  await first.getByRole('button', { name: 'Lưu', exact: true }).click();
  await first.getByText('0238 3862 123').waitFor();
});

it('lets someone ask to join from the directory, and the organisation admin approve them', async () => {
  const asker = await admin.newPage();
  await asker.goto('/organisations?q=van phan');
  const card = asker.getByRole('article').filter({ hasText: organisationName });
  await card.getByRole('button', { name: 'Xin tham gia' }).click();
  await card.getByText('Chờ duyệt').waitFor();

  const page = await newPerson();
  await signIn(page, owner.email, owner.password);
  // Sign-in lands on the home page; the owner's organisations are in their own menu.
  await page.goto('/me/organisations');
  await page.getByRole('link', { name: organisationName }).click();
  await page.getByRole('tab', { name: 'Thành viên' }).click();
  const requests = page.getByRole('table', { name: /Yêu cầu tham gia/ });
  await requests.getByText('Quản trị hệ thống').waitFor();
  await shoot(page, 'join-request-desktop');
  await requests.getByRole('button', { name: 'Duyệt Quản trị hệ thống' }).click();
  await page.getByRole('table', { name: 'Thành viên' }).getByText('admin@techbridge.local').waitFor();

  // The same person keeps a profile with a job title.
  await page.getByRole('link', { name: 'Hồ sơ cá nhân' }).click();
  await page.getByLabel('Chức danh').fill('Giám đốc sản xuất');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Đã lưu hồ sơ.').waitFor();
  await page.reload();
  await expect.poll(() => page.getByLabel('Chức danh').inputValue(), { timeout: 30_000 }).toBe('Giám đốc sản xuất');
  await shoot(page, 'profile-desktop');
});

it('lets an admin rename a reference entry in place and add a new one', async () => {
  const page = await admin.newPage();
  await page.goto('/admin/reference');
  await page.getByRole('tab', { name: /Ngành kinh tế VSIC/ }).click();
  await page.getByRole('button', { name: 'Sửa mã A' }).click();
  await page.getByRole('textbox', { name: 'Tên tiếng Anh' }).fill('Agriculture, forestry and fishing (edited)');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('cell', { name: 'Agriculture, forestry and fishing (edited)' }).waitFor();

  await page.getByRole('button', { name: 'Thêm mục' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await dialog.getByText('Không được để trống.').first().waitFor();
  await dialog.getByRole('textbox', { name: 'Mã', exact: true }).fill('V');
  await dialog.getByRole('textbox', { name: 'Tên tiếng Việt' }).fill('Kinh tế số thử nghiệm');
  await dialog.getByRole('textbox', { name: 'Tên tiếng Anh' }).fill('Experimental digital economy');
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('cell', { name: 'Kinh tế số thử nghiệm' }).waitFor();
});
