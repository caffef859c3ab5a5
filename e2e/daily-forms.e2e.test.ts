import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Demo accounts (src/seed/demo/data/people.ts).
const PASSWORD = 'TechBridge@2026';
const admin = 'admin@techbridge.local';
const enterprise = 'doanhnghiep@techbridge.local';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

const demo = demoBrowser();

/** A browser set to American English: a native date input here would show mm/dd/yyyy. */
async function signedIn(email: string, language: 'vi' | 'en', viewport = desktop): Promise<{ context: BrowserContext; api: ApiSession }> {
  const context = await demo.browser.newContext({ baseURL: demo.baseUrl, viewport, locale: 'en-US', timezoneId: 'America/New_York' });
  await context.addCookies([{ name: 'lang', value: language, url: demo.baseUrl }]);
  const api = await apiSession(context, email, PASSWORD);
  return { context, api };
}

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/techbridge-${name}.png`, fullPage: true });
}

it('shows and reads dates as dd/mm/yyyy in an en-US browser, and refuses a day that does not exist', async () => {
  const page = await (await signedIn(admin, 'en')).context.newPage();
  await page.goto('/admin/audit');
  const from = page.locator('input[data-date-field="date"]').first();
  await from.waitFor();
  expect(await from.getAttribute('type')).not.toBe('date');
  expect(await from.getAttribute('placeholder')).toBe('dd/mm/yyyy');
  // 12/01 is the twelfth of January here, not December the first.
  await from.fill('12/01/2026');
  await from.blur();
  await expect.poll(() => from.inputValue()).toBe('12/01/2026');
  expect(await from.getAttribute('aria-invalid')).not.toBe('true');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await page.waitForLoadState('networkidle');
  // Typed without separators on a phone's number pad, it is tidied to the one shown form.
  await from.fill('04032026');
  await from.blur();
  await expect.poll(() => from.inputValue()).toBe('04/03/2026');
  // A day that does not exist is named as such, not sent as another day.
  await from.fill('31/02/2026');
  await from.blur();
  await page.getByText('Enter a real date as dd/mm/yyyy, for example 31/12/2026.').waitFor();
  expect(await from.getAttribute('aria-invalid')).toBe('true');
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await shoot(page, 'date-field-en-us');
});

it('tells the writer a pasted message is too long instead of cutting it silently', async () => {
  const { context, api } = await signedIn(enterprise, 'en');
  const page = await context.newPage();
  const listed = (await (await context.request.get('/api/offers?limit=50')).json()) as { items: Array<{ id: string }> };
  const hrefs = listed.items.map((offer) => `/offers/${offer.id}`);
  expect(hrefs.length).toBeGreaterThan(0);
  // Ask about an offer of another organisation (the first one that accepts the request).
  let connectionId = '';
  for (const href of [...new Set(hrefs)]) {
    try {
      ({ id: connectionId } = await api.post('/api/connections', {
        offerId: href.split('/')[2],
        origin: 'offer-page',
        seekerOrganisationId: api.organisationIds[0],
        message: 'Counter check',
      }));
      break;
    } catch {
      // Its own offer, or already asked: try the next.
    }
  }
  expect(connectionId).not.toBe('');
  await page.goto(`/connections/${connectionId}`);
  const box = page.getByRole('textbox', { name: 'New message' });
  await box.waitFor();
  await box.fill('Short note.');
  await page.getByText('11 / 5,000').waitFor();
  const pasted = 'x'.repeat(6000);
  await box.fill(pasted);
  // Nothing is cut: all 6,000 characters stay, the counter turns red and the field says how much to remove.
  expect((await box.inputValue()).length).toBe(6000);
  const counter = page.locator('[data-counter]');
  await expect.poll(() => counter.getAttribute('data-counter')).toBe('over');
  expect(await counter.innerText()).toBe('6,000 / 5,000');
  await page.getByText('Too long: remove 1,000 characters (at most 5,000).', { exact: false }).waitFor();
  expect(await box.getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await shoot(page, 'message-counter-over');
});

it('shows admin lists as cards at 390 px, with nothing scrolled out of sight', async () => {
  const page = await (await signedIn(admin, 'vi', phone)).context.newPage();
  for (const [path, name] of [
    ['/admin/users', 'users'],
    ['/admin/organisations', 'organisations'],
    ['/admin/outbox', 'outbox'],
    ['/admin/connection-points', 'connection-points'],
    ['/admin/reference', 'reference'],
  ] as const) {
    await page.goto(path);
    await page.locator('main table').first().waitFor({ state: 'attached' });
    await shoot(page, `${name}-phone`);
    const cards = page.locator('table[data-layout="cards"]');
    await cards.locator('tbody tr').first().waitFor();
    // Each cell is named by its column, and the page is no wider than the phone.
    expect(await cards.locator('tbody td[data-label]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await expect(accessibilityFaults(page)).resolves.toEqual([]);
    await shoot(page, `${name}-phone`);
  }
  // On a desktop the same list is a table again.
  await page.setViewportSize(desktop);
  await page.goto('/admin/users');
  await page.locator('table[data-layout="table"] tbody tr').first().waitFor();
});

it('names glossary sectors and audit filters in English, never by their codes', async () => {
  const codeLike = /^[a-z][a-z_-]*(\.[a-zA-Z_-]+)+$|^[a-z]+_[a-z_]+$/;
  const page = await (await signedIn(admin, 'en')).context.newPage();
  await page.goto('/admin/audit');
  const recordType = page.getByRole('combobox', { name: 'Record type' });
  await recordType.click();
  const options = await page.getByRole('option').allInnerTexts();
  expect(options.length).toBeGreaterThan(3);
  expect(options.filter((o) => codeLike.test(o.trim()))).toEqual([]);
  await page.getByRole('option').first().click();
  await page.getByRole('combobox', { name: 'Action' }).click();
  const actions = await page.getByRole('option').allInnerTexts();
  expect(actions.length).toBeGreaterThan(3);
  expect(actions.filter((o) => codeLike.test(o.trim()))).toEqual([]);
  await page.keyboard.press('Escape');
  expect(await page.locator('input[placeholder="organisation.update"], input[placeholder="organisation"]').count()).toBe(0);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  const glossary = await (await signedIn('canbo.cuc@techbridge.local', 'en')).context.newPage();
  await glossary.goto('/admin/glossary');
  const sector = glossary.getByRole('combobox', { name: 'Sector' }).first();
  await sector.click();
  const sectors = await glossary.getByRole('option').allInnerTexts();
  expect(sectors).toContain('Agricultural machinery');
  expect(sectors.filter((o) => codeLike.test(o.trim()))).toEqual([]);
  await glossary.keyboard.press('Escape');
  await expect(accessibilityFaults(glossary)).resolves.toEqual([]);
});
