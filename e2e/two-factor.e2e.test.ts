import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { totp } from '../test/support/totp.js';
import { demoBrowser } from './support/demo-browser.js';

// Connection-point staff of Gia Lai (src/seed/demo/data/people.ts), used by no other journey.
const staff = 'diemketnoi.gialai@techbridge.local';
const PASSWORD = 'TechBridge@2026';

const demo = demoBrowser();

async function phonePage(): Promise<Page> {
  const context = await demo.browser.newContext({
    baseURL: demo.baseUrl,
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return context.newPage();
}

async function enterPassword(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(staff);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).last().click();
}

it('lets staff turn on two-step verification on a phone, then asks the next sign-in for the code', async () => {
  const page = await phonePage();
  await enterPassword(page);
  await page.getByRole('button', { name: /^Tài khoản của/ }).waitFor();

  await page.goto('/me/profile');
  const section = page.getByRole('region', { name: 'Xác thực hai bước' });
  await section.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
  await section.getByLabel('Mật khẩu').fill(PASSWORD);
  await section.getByRole('button', { name: 'Tiếp tục' }).click();
  await section.getByRole('img', { name: 'Mã QR cho ứng dụng xác thực' }).waitFor();
  const key = (await section.getByTestId('two-factor-key').textContent()) ?? '';
  await section.getByLabel('Mã 6 chữ số').fill(totp(key));
  await section.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await section.getByText('Đã bật xác thực hai bước').waitFor();
  expect(await section.getByRole('list', { name: 'Mã dự phòng' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(8);
  await page.screenshot({ path: '/tmp/techbridge-two-factor-phone.png', fullPage: true });
  await section.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
  await section.getByText('Đang bật').waitFor();

  // The password alone no longer signs in: the page asks for the app's code.
  const next = await phonePage();
  await enterPassword(next);
  await next.getByLabel('Mã xác thực hoặc mã dự phòng').fill(totp(key));
  await next.getByRole('button', { name: 'Xác thực' }).click();
  await next.getByRole('button', { name: /^Tài khoản của/ }).waitFor();

  // Turned off again with the password, so the demo account stays as the README describes it.
  await next.goto('/me/profile');
  const again = next.getByRole('region', { name: 'Xác thực hai bước' });
  await again.getByLabel('Mật khẩu').fill(PASSWORD);
  await again.getByRole('button', { name: 'Tắt xác thực hai bước' }).click();
  await again.getByText('Đang tắt').waitFor();
});
