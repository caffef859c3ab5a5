import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// On the day, a meeting in the slot under way is cancelled; at the B2B desk, on a phone, the
// organiser's staff seat a walk-in meeting between two participants at the table it freed.
const PASSWORD = 'TechBridge@2026';
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const eventName = `Techmart Nghệ An gặp tại chỗ ${Date.now()}`;
const vietnamDay = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

const session = demoBrowser();
type Person = { context: BrowserContext; page: Page; api: ApiSession };
let organiser: Person;
let eventId: string;
let sessionId: string;
let freedSupplier: { registrationId: string; personName: string };
let visitor: { registrationId: string; personName: string };

async function person(email: string, viewport = desktop): Promise<Person> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const api = await apiSession(context, email, PASSWORD);
  return { context, page: await context.newPage(), api };
}
const getJson = async <T>(who: Person, path: string) => (await (await who.context.request.get(path)).json()) as T;

beforeAll(async () => {
  organiser = await person('diemketnoi.nghean@techbridge.local', phone);
  const enterprise = await person('doanhnghiep@techbridge.local');
  const institute = await person('vien@techbridge.local');
  const partner = await person('partner.kr@techbridge.local');
  const expert = await person('chuyengia.van@techbridge.local');
  const options = await getJson<{ connectionPoints: Array<{ id: string }> }>(organiser, '/api/events/organiser-options');
  eventId = (
    await organiser.api.post('/api/events', {
      kind: 'techmart',
      name: eventName,
      startsOn: vietnamDay(-1),
      endsOn: vietnamDay(1),
      provinceCode: '40',
      organiserConnectionPointIds: [options.connectionPoints[0].id],
    })
  ).id;
  // One table; the first slot is under way now, the second comes next.
  const now = Date.now();
  const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
  sessionId = (
    await organiser.api.post(`/api/events/${eventId}/sessions`, {
      title: 'Gặp gỡ B2B',
      tables: 1,
      slots: [
        { startsAt: at(-10), endsAt: at(20) },
        { startsAt: at(30), endsAt: at(60) },
      ],
    })
  ).id;
  const register = async (who: Person, role: string) => {
    const { id } = await who.api.post(`/api/events/${eventId}/registrations`, { role, organisationId: who.api.organisationIds[0] });
    await organiser.api.post(`/api/events/${eventId}/registrations/${id}/decision`, { decision: 'approve' });
    return id;
  };
  await register(enterprise, 'seeker');
  await register(expert, 'visitor');
  for (const supplier of [institute, partner]) {
    const id = await register(supplier, 'supplier');
    await enterprise.api.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: id, reason: 'Công nghệ bảo quản nông sản' });
    const incoming = await getJson<{ items: Array<{ id: string }> }>(supplier, `/api/event-sessions/${sessionId}/requests`);
    await supplier.api.post(`/api/meeting-requests/${incoming.items[0].id}/answer`, { accept: true });
  }
  await organiser.api.post(`/api/event-sessions/${sessionId}/schedule/publish`, {});
  // The enterprise withdraws the meeting of the slot under way: its table is free.
  const agenda = await getJson<{ items: Array<{ startsAt: string; otherName: string }> }>(enterprise, `/api/events/${eventId}/agenda`);
  const first = agenda.items.find((m) => new Date(m.startsAt).getTime() < now)!;
  const requests = await getJson<{ items: Array<{ id: string; otherName: string }> }>(enterprise, `/api/event-sessions/${sessionId}/requests`);
  await enterprise.api.post(`/api/meeting-requests/${requests.items.find((r) => r.otherName === first.otherName)!.id}/cancel`);
  const people = await getJson<{ items: Array<{ registrationId: string; personName: string; role: string }> }>(
    organiser,
    `/api/events/${eventId}/participants?limit=100`,
  );
  freedSupplier = people.items.find((p) => p.personName === first.otherName)!;
  visitor = people.items.find((p) => p.role === 'visitor')!;
  await enterprise.context.close();
});

it('the desk seats a walk-in meeting at the table a cancellation freed, on a phone, and both agendas show it', async () => {
  const page = organiser.page;
  await page.goto(`/events/${eventId}/tables`);
  await page.getByRole('heading', { name: 'Gặp gỡ tại chỗ (walk-in)' }).waitFor();
  await expect(page.getByLabel('Khung giờ').inputValue()).resolves.not.toBe('');
  await page.getByTestId('free-tables').getByText('Bàn 1').waitFor();
  await page.getByRole('button', { name: 'Xếp cuộc gặp tại chỗ' }).click();

  const pick = async (label: string, name: string) => {
    const input = page.getByRole('combobox', { name: label, exact: true });
    await input.click();
    await input.fill(name.split(' ').slice(-1)[0]);
    await page.getByRole('option', { name: new RegExp(name) }).click();
  };
  await pick('Bên cần công nghệ', visitor.personName);
  await pick('Bên cung cấp công nghệ', freedSupplier.personName);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  await page.getByRole('button', { name: 'Xác nhận và xếp bàn' }).click();
  await page.getByTestId('walk-in-placed').getByText('tại bàn 1', { exact: false }).waitFor();
  await page.getByTestId('free-tables').getByText('Không còn bàn trống trong khung giờ này.').waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  // Nothing wider than the phone.
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(phone.width);

  const expert = await person('chuyengia.van@techbridge.local', phone);
  const agenda = await getJson<{ items: Array<{ table: number; otherName: string; status: string }> }>(expert, `/api/events/${eventId}/agenda`);
  expect(agenda.items).toEqual([expect.objectContaining({ table: 1, otherName: freedSupplier.personName, status: 'confirmed' })]);
  await expert.context.close();
});
