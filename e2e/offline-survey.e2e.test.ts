import type { BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { circular17 } from '../src/domain/assessment/methodologies/index.js';
import type { Question } from '../src/domain/assessment/methodology-types.js';
import { demoAnswers } from '../src/seed/demo/assessments/demo-answers.js';
import { seededRandom } from '../src/seed/demo/generate/random.js';
import { apiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';

// Issue 14, item 5: the Nghệ An connection point's staff survey two enterprises with no signal, on a phone.
const PASSWORD = 'TechBridge@2026';
const assessor = 'diemketnoi.nghean@techbridge.local';
const phone = { width: 390, height: 844 };
const PHOTO_QUESTION = 'T3.automated';
const questions = new Map(circular17.criteria.flatMap((c) => c.questions.map((q) => [q.id, q] as const)));

const session = demoBrowser();

/** Enterprises whose names are not shared (the survey's sample firms repeat a few), so each is picked out by its name. */
const uniquelyNamed = (found: Array<{ id: string; name: string }>) => found.filter((o) => found.filter((x) => x.name === o.name).length === 1);

async function phoneOf(email: string) {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport: phone, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  return { context, api: await apiSession(context, email, PASSWORD) };
}

/** Answers one question as a person does on the phone (a number is kept when the field is left). */
async function answer(group: Locator, question: Question, value: unknown) {
  const a = question.answer;
  if (a.kind === 'number' || a.kind === 'percentage') {
    const box = group.getByRole('textbox', { name: question.label.vi });
    await box.fill(String(value));
    await box.press('Tab');
  } else if (a.kind === 'choice') {
    await group.getByRole('radio', { name: a.options.find((o) => o.id === value)!.label.vi, exact: true }).check();
  } else if (a.kind === 'yes-no') {
    await group.getByRole('radio', { name: value ? 'Có' : 'Không', exact: true }).check();
  } else {
    for (const id of value as string[]) await group.getByRole('checkbox', { name: a.options.find((o) => o.id === id)!.label.vi, exact: true }).check();
  }
}

/** Saves the automation answer through the API, as a colleague in the office does (the online form's save, without a base). */
async function saveThroughApi(context: BrowserContext, assessmentId: string, value: number) {
  const csrf = (await context.cookies()).find((c) => c.name === 'tb_csrf')?.value ?? '';
  const response = await context.request.put(`/api/assessments/${assessmentId}/answers`, {
    data: { methodologyId: circular17.id, answers: [{ questionId: PHOTO_QUESTION, status: 'answered', value }] },
    headers: { 'x-csrf-token': csrf },
  });
  expect(response.status()).toBe(200);
}

/** Starts and fills in one enterprise's whole questionnaire offline, with a photo as evidence of the automation answer. */
async function fillIn(page: Page, name: string, seed: number, photo: Buffer) {
  await page.getByRole('link', { name: `Điền phiếu: ${name}` }).click();
  await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
  const answers = demoAnswers(circular17, seededRandom(seed), { level: 0.5, employees: 80, revenue: 40_000 });
  for (const a of answers) {
    const question = questions.get(a.questionId)!;
    await answer(page.getByRole('group', { name: question.label.vi, exact: true }), question, a.value);
  }
  const evidence = page.getByRole('group', { name: questions.get(PHOTO_QUESTION)!.label.vi, exact: true });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), evidence.getByRole('button', { name: 'Chụp hoặc chọn ảnh' }).click()]);
  await chooser.setFiles({ name: `anh-${seed}.png`, mimeType: 'image/png', buffer: photo });
  await evidence.getByText(`Ảnh chờ gửi: anh-${seed}.png`).waitFor();
  await page.getByText(`Đã trả lời ${answers.length}/${answers.length} câu`).waitFor();
  await page.getByRole('link', { name: 'Danh sách doanh nghiệp của đợt' }).click();
  return answers;
}

it('staff fill in two assessments with photos without a network, reload, and both arrive once and complete when it returns', async () => {
  const { context, api } = await phoneOf(assessor);
  // A campaign of its own, so that no other journey has started these enterprises' assessments.
  const eligible = await (await context.request.get('/api/assessments/eligible-organisations?limit=100')).json();
  const found = eligible.items as Array<{ id: string; name: string }>;
  const targets = uniquelyNamed(found).slice(-2);
  expect(targets).toHaveLength(2);
  const idsOf = async (organisationId: string) =>
    ((await (await context.request.get(`/api/assessments?organisationId=${organisationId}&limit=100`)).json()).items as Array<{ id: string }>).map((a) => a.id);
  const before = await Promise.all(targets.map((t) => idsOf(t.id)));
  const campaign = await api.post('/api/assessment-campaigns', {
    name: 'Khảo sát thực địa không cần mạng',
    methodologyId: circular17.id,
    vsicDivision: '10',
    organisationIds: targets.map((t) => t.id),
  });

  const page = await context.newPage();
  await page.goto(`/assessments/campaigns/${campaign.id}`);
  await page.getByRole('heading', { name: 'Khảo sát thực địa không cần mạng' }).waitFor();
  await page.getByRole('button', { name: 'Tải về để khảo sát không cần mạng' }).click();
  await page.getByRole('link', { name: 'Mở phiếu khảo sát ngoại tuyến' }).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
  // The installed app: its service worker holds the app shell before the signal goes.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await page.getByRole('link', { name: 'Mở phiếu khảo sát ngoại tuyến' }).click();
  await page.getByRole('link', { name: `Điền phiếu: ${targets[0].name}` }).waitFor();

  await context.setOffline(true);
  const banner = page.getByTestId('field-banner');
  await banner.getByText('Không có mạng').waitFor();
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .png()
    .toBuffer();
  const filled = [await fillIn(page, targets[0].name, 11, photo), await fillIn(page, targets[1].name, 12, photo)];
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  // Reloaded without a network, the page comes from the service worker and the device still holds everything.
  await page.reload();
  await banner.getByText('Không có mạng').waitFor();
  // Each: the assessment, its 32 answers and its photo.
  await banner.getByText(`${2 * (1 + filled[0].length + 1)} thay đổi đang chờ gửi lên máy chủ.`).waitFor();
  await page.getByRole('link', { name: `Điền phiếu: ${targets[1].name}` }).click();
  await page.getByText(`Đã trả lời ${filled[1].length}/${filled[1].length} câu`).waitFor();
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  await context.setOffline(false);
  await banner.getByText('Đã gửi hết lên máy chủ.').waitFor({ timeout: 30_000 });

  for (const [i, target] of targets.entries()) {
    const mine = (await idsOf(target.id)).filter((id) => !before[i].includes(id));
    expect(mine).toHaveLength(1);
    const detail = await (await context.request.get(`/api/assessments/${mine[0]}`)).json();
    expect(detail.completeness).toMatchObject({ answered: filled[i].length, total: filled[i].length });
    for (const a of filled[i]) expect(detail.answers[a.questionId], a.questionId).toMatchObject({ status: 'answered', value: a.value });
    const files = await (await context.request.get(`/api/assessments/${mine[0]}/attachments`)).json();
    expect(files.items).toMatchObject([{ subject: PHOTO_QUESTION, mimeType: 'image/png', fileName: `anh-${11 + i}.png` }]);
  }
  await context.close();
});

it('an answer changed on the server while staff edited it offline shows both answers, and the person keeps theirs knowingly', async () => {
  const { context, api } = await phoneOf(assessor);
  const found = (await (await context.request.get('/api/assessments/eligible-organisations?limit=100')).json()).items as Array<{ id: string; name: string }>;
  const target = uniquelyNamed(found).at(-3)!;
  const campaign = await api.post('/api/assessment-campaigns', {
    name: 'Khảo sát lại không cần mạng',
    methodologyId: circular17.id,
    vsicDivision: '10',
    organisationIds: [target.id],
  });
  const { id } = await api.post('/api/assessments', { organisationId: target.id, methodologyId: circular17.id, vsicDivision: '10' });
  const save = (value: number) => saveThroughApi(context, id, value);
  await save(10);

  const page = await context.newPage();
  await page.goto(`/assessments/campaigns/${campaign.id}`);
  await page.getByRole('button', { name: 'Tải về để khảo sát không cần mạng' }).click();
  await page.getByRole('link', { name: 'Mở phiếu khảo sát ngoại tuyến' }).click();
  await page.getByRole('link', { name: `Điền phiếu: ${target.name}` }).click();
  const label = questions.get(PHOTO_QUESTION)!.label.vi;
  const box = page.getByRole('group', { name: label, exact: true }).getByRole('textbox', { name: label });
  await expect.poll(() => box.inputValue()).toBe('10');

  await context.setOffline(true);
  await box.fill('20');
  await box.press('Tab');
  await page.getByTestId('field-banner').getByText('1 thay đổi đang chờ gửi lên máy chủ.').waitFor();
  // Meanwhile a colleague in the office corrects the same answer.
  await save(30);

  await context.setOffline(false);
  const conflict = page.getByRole('alert').filter({ hasText: 'Người khác đã sửa câu trả lời này' });
  await conflict.getByText(/Của bạn: 20/).waitFor();
  await conflict.getByText(/Trên máy chủ: 30/).waitFor();
  // Nothing was overwritten while the person has not chosen.
  expect((await (await context.request.get(`/api/assessments/${id}`)).json()).answers[PHOTO_QUESTION].value).toBe(30);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  await conflict.getByRole('button', { name: 'Giữ câu trả lời của tôi' }).click();
  await page.getByTestId('field-banner').getByText('Đã gửi hết lên máy chủ.').waitFor();
  expect((await (await context.request.get(`/api/assessments/${id}`)).json()).answers[PHOTO_QUESTION].value).toBe(20);
  await context.close();
});

it('online too, an answer someone saved after the page opened is shown beside one’s own instead of overwritten; taking theirs lets the next edit through', async () => {
  const { context, api } = await phoneOf(assessor);
  const found = (await (await context.request.get('/api/assessments/eligible-organisations?limit=100')).json()).items as Array<{ id: string; name: string }>;
  const target = uniquelyNamed(found).at(-4)!;
  const { id } = await api.post('/api/assessments', { organisationId: target.id, methodologyId: circular17.id, vsicDivision: '10' });
  const valueOnServer = async () => (await (await context.request.get(`/api/assessments/${id}`)).json()).answers[PHOTO_QUESTION].value as number;
  const colleagueSaves = (value: number) => saveThroughApi(context, id, value);
  await colleagueSaves(10);

  const page = await context.newPage();
  await page.goto(`/assessments/${id}`);
  const label = questions.get(PHOTO_QUESTION)!.label.vi;
  const box = page.getByRole('group', { name: label, exact: true }).getByRole('textbox', { name: label });
  await expect.poll(() => box.inputValue()).toBe('10');
  // A colleague corrects the same answer while the page is open.
  await colleagueSaves(30);

  await box.fill('20');
  await box.press('Tab');
  const conflict = page.getByRole('alert').filter({ hasText: 'Người khác đã sửa câu trả lời này' });
  await conflict.getByText(/Của bạn: 20/).waitFor();
  await conflict.getByText(/Trên máy chủ: 30/).waitFor();
  expect(await valueOnServer()).toBe(30);
  await expect(accessibilityFaults(page)).resolves.toEqual([]);

  await conflict.getByRole('button', { name: 'Lấy câu trả lời trên máy chủ' }).click();
  await conflict.waitFor({ state: 'detached' });
  await expect(box.inputValue()).resolves.toBe('30');
  // Based on the colleague's answer now, the next edit is saved.
  await box.fill('25');
  await box.press('Tab');
  await expect.poll(valueOnServer).toBe(25);
  await expect(page.getByRole('alert').filter({ hasText: 'Người khác đã sửa câu trả lời này' }).count()).resolves.toBe(0);
  await context.close();
});
