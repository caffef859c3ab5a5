import { beforeAll, expect, it } from 'vitest';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';
import {
  acceptedMeeting,
  approvedRegistration,
  desktop,
  getJson,
  ngheAnEvent,
  phone,
  signedInPerson,
  vietnamDay,
  type Person,
} from './support/event-people.js';

// On the day, a meeting in the slot under way is cancelled; at the B2B desk, on a phone, the
// organiser's staff seat a walk-in meeting between two participants at the table it freed.
const eventName = `Techmart Nghệ An gặp tại chỗ ${Date.now()}`;

const session = demoBrowser();
let organiser: Person;
let eventId: string;
let sessionId: string;
let freedSupplier: { registrationId: string; personName: string };
let visitor: { registrationId: string; personName: string };

const person = (email: string, viewport = desktop) => signedInPerson(session, email, viewport);

beforeAll(async () => {
  organiser = await person('diemketnoi.nghean@techbridge.local', phone);
  const enterprise = await person('doanhnghiep@techbridge.local');
  const institute = await person('vien@techbridge.local');
  const partner = await person('partner.kr@techbridge.local');
  const expert = await person('chuyengia.van@techbridge.local');
  eventId = await ngheAnEvent(organiser, { kind: 'techmart', name: eventName, startsOn: vietnamDay(-1), endsOn: vietnamDay(1) });
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
  const register = (who: Person, role: string) => approvedRegistration(organiser, eventId, who, role);
  await register(enterprise, 'seeker');
  await register(expert, 'visitor');
  for (const supplier of [institute, partner]) {
    await acceptedMeeting(enterprise, supplier, sessionId, await register(supplier, 'supplier'), 'Công nghệ bảo quản nông sản');
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
