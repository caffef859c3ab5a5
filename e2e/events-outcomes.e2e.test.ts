import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';
import { acceptedMeeting, approvedRegistration, desktop, ngheAnEvent, phone, signedInPerson, vietnamDay, type Person } from './support/event-people.js';

// The day of an event: badges scanned at the door while the network drops, both sides of a B2B
// meeting answer "cooperation possible", a connection appears in the pipeline linked to the event,
// the broker records the MoU signed there, and the event's and the national dashboards count it.
const eventName = `Techconnect Nghệ An ngày hội ${Date.now()}`;
const year = Number(vietnamDay(0).slice(0, 4));

const session = demoBrowser();
let organiser: Person;
let enterprise: Person;
let institute: Person;
let eventId: string;

const person = (email: string, viewport = desktop) => signedInPerson(session, email, viewport);

beforeAll(async () => {
  organiser = await person('diemketnoi.nghean@techbridge.local', phone);
  enterprise = await person('doanhnghiep@techbridge.local', phone);
  institute = await person('vien@techbridge.local');
  // What the first events journey does through its forms, done here through the API.
  // Today and tomorrow in Viet Nam: the event is under way and its only B2B slot (00:05) has begun.
  eventId = await ngheAnEvent(organiser, {
    kind: 'techconnect',
    name: eventName,
    startsOn: vietnamDay(0),
    endsOn: vietnamDay(1),
    venue: 'Trung tâm Hội nghị tỉnh Nghệ An',
    activities: [{ kind: 'mou-signing', title: 'Lễ ký kết biên bản ghi nhớ', day: vietnamDay(0) }],
  });
  const sessionId = (
    await organiser.api.post(`/api/events/${eventId}/sessions`, {
      title: 'Gặp gỡ B2B',
      tables: 3,
      slots: [{ startsAt: `${vietnamDay(0)}T00:05:00+07:00`, endsAt: `${vietnamDay(0)}T00:35:00+07:00` }],
    })
  ).id;
  await approvedRegistration(organiser, eventId, enterprise, 'seeker');
  const supplierId = await approvedRegistration(organiser, eventId, institute, 'supplier', { booth: 'B07' });
  await acceptedMeeting(enterprise, institute, sessionId, supplierId, 'Enzyme rút ngắn thời gian ủ chượp');
  await organiser.api.post(`/api/event-sessions/${sessionId}/schedule/publish`, {});
});

/** The code printed on a person's badge, read from their agenda. */
async function badgeCode(page: Page) {
  await page.goto(`/events/${eventId}/agenda`);
  await page.getByText('Thẻ tham dự của tôi').waitFor();
  return ((await page.getByTestId('badge-code').textContent()) ?? '').trim();
}

it('check-in scans both badges on a phone while the network drops, and sends them when it returns', async () => {
  const codes = [await badgeCode(enterprise.page), await badgeCode(institute.page)];
  expect(codes.every((c) => /^[0-9A-F]{10}$/.test(c))).toBe(true);
  await expect(accessibilityFaults(enterprise.page)).resolves.toEqual([]);

  const staff = organiser.page;
  await staff.goto(`/events/${eventId}/badges`);
  await staff.getByText('Mã: ' + codes[1]).waitFor();
  await staff.goto(`/events/${eventId}/manage`);
  await staff.getByRole('link', { name: 'Đón khách (check-in)' }).click();
  await staff.getByText('Đã gửi hết các lượt quét').waitFor();

  await organiser.context.setOffline(true);
  for (const code of [codes[0], codes[1], codes[0].toLowerCase()]) {
    await staff.getByLabel('Mã thẻ').fill(code);
    await staff.getByRole('button', { name: 'Check-in', exact: true }).click();
  }
  // A badge scanned twice waits once.
  await staff.getByText('2 lượt quét đang chờ gửi').waitFor();
  await staff.getByText('Mất mạng', { exact: false }).waitFor();
  await expect(accessibilityFaults(staff)).resolves.toEqual([]);
  const stored = await staff.evaluate((id) => localStorage.getItem(`tb.events.check-in.${id}`), eventId);
  expect(JSON.parse(stored ?? '[]')).toHaveLength(2);
  // The network returns: the queue goes by itself (on the browser's "online" signal, or the next retry).
  await organiser.context.setOffline(false);
  await staff.getByText('Đã gửi hết các lượt quét').waitFor({ timeout: 30_000 });
  await staff.getByText('2 người đã check-in').waitFor();

  // An unknown badge is refused with the reason, and leaves the queue.
  await staff.getByLabel('Mã thẻ').fill('0000000000');
  await staff.getByRole('button', { name: 'Check-in', exact: true }).click();
  await staff.getByText('Không có thẻ tham dự nào của sự kiện này mang mã này.', { exact: false }).waitFor();
  await staff.getByText('Đã gửi hết các lượt quét').waitFor();

  // A walk-in with an account is registered and checked in on the spot.
  await staff.getByLabel('E-mail').fill('daidien.hanquoc@techbridge.local');
  await staff.getByRole('button', { name: 'Đăng ký và check-in' }).click();
  await staff.getByText('3 người đã check-in').waitFor();
  await expect(accessibilityFaults(staff)).resolves.toEqual([]);
});

it('both sides answer "cooperation possible": a connection opens in the pipeline, linked to the event, at the meeting stage', async () => {
  const answer = async (page: Page) => {
    await page.goto(`/events/${eventId}/agenda`);
    await page.getByLabel('Kết quả cuộc gặp?').selectOption({ label: 'Có thể hợp tác' });
    await page.getByRole('button', { name: 'Lưu câu trả lời' }).click();
    await page.getByText('Đã lưu câu trả lời').waitFor();
  };
  await answer(enterprise.page);
  await expect(accessibilityFaults(enterprise.page)).resolves.toEqual([]);
  await answer(institute.page);
  await institute.page.getByRole('link', { name: 'Mở kết nối' }).click();
  await institute.page.waitForURL('**/connections/**');
  await institute.page.getByRole('main').getByText('Đã gặp gỡ', { exact: true }).first().waitFor();
  const connectionPath = new URL(institute.page.url()).pathname;
  const connection = (await (await institute.context.request.get(`/api${connectionPath}`)).json()) as { eventId?: string | null; channel: string };
  expect(connection.channel).toBe('event');

  // The connection point's broker records the MoU signed at the ceremony.
  const broker = (await person('diemketnoi.nghean@techbridge.local')).page;
  await broker.goto(connectionPath);
  await broker.getByRole('button', { name: 'Thêm thỏa thuận' }).click();
  const form = broker.getByRole('dialog', { name: 'Thêm thỏa thuận' });
  await form.getByLabel(/^Tên văn bản/).fill('Biên bản ghi nhớ ký tại lễ ký kết Techconnect');
  await form.getByLabel('Giá trị (đồng)').fill('5000000000');
  await form.getByText('5 tỷ đồng').waitFor();
  await form.getByRole('button', { name: 'Lưu thỏa thuận' }).click();
  await form.waitFor({ state: 'hidden' });
  await broker.getByRole('main').getByText('Ký biên bản ghi nhớ', { exact: true }).first().waitFor();

  // The event's dashboard counts the check-ins (two badges and the walk-in), the meeting held, the connection and the MoU.
  await broker.goto(`/events/${eventId}/manage`);
  await broker.getByRole('heading', { name: 'Bảng số liệu sự kiện' }).waitFor();
  await expect.poll(() => broker.getByTestId('dashboard-checked-in').textContent()).toBe('3');
  await expect(broker.getByTestId('dashboard-held').textContent()).resolves.toBe('1');
  await expect(broker.getByTestId('dashboard-connections').textContent()).resolves.toBe('1');
  await expect(broker.getByTestId('dashboard-mous').textContent()).resolves.toBe('1 · 5 tỷ đồng');
  await expect(accessibilityFaults(broker)).resolves.toEqual([]);

  // So does the national dashboard, in its events table.
  const agency = (await person('canbo.cuc@techbridge.local')).page;
  await agency.goto(`/reports?from=${year}&to=${year}`);
  const row = agency.getByRole('row', { name: new RegExp(eventName) });
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain('5 tỷ đồng');
});
