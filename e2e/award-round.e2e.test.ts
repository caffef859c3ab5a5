import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api.js';
import { accessibilityFaults } from './support/axe.js';
import { demoBrowser } from './support/demo-browser.js';
import { qrCodesInPdf } from './support/pdf-qr.js';

// Demo accounts (src/seed/demo): the agency's staff, the Nghệ An department's council secretary, the
// enterprise Cửa Hội Xanh's admin, the five council experts and two more people for the ministry's council.
const PASSWORD = 'TechBridge@2026';
const agencyEmail = 'canbo.cuc@techbridge.local';
const departmentEmail = 'thuky.hoidong@techbridge.local';
const nomineeEmail = 'doanhnghiep@techbridge.local';
const experts = [
  { name: 'PGS.TS. Trần Minh Đức', email: 'chuyengia.duc@techbridge.local' },
  { name: 'TS. Nguyễn Thị Hồng Vân', email: 'chuyengia.van@techbridge.local' },
  { name: 'TS. Lê Quang Huy', email: 'chuyengia.huy@techbridge.local' },
  { name: 'ThS. Phạm Thu Trang', email: 'chuyengia.trang@techbridge.local' },
  { name: 'TS. Hoàng Văn Nam', email: 'chuyengia.nam@techbridge.local' },
];
const ministryStaffEmails = ['diemketnoi.gialai@techbridge.local', 'daidien.hanquoc@techbridge.local'];
const enterpriseName = 'Công ty TNHH Nước mắm Cửa Hội Xanh';
const contractTitle = 'Hợp đồng chuyển giao dây chuyền lên men nước mắm 2017';
const roundName = 'Tôn vinh doanh nghiệp đổi mới 2016–2018 (đợt bổ sung)';
const desktop = { width: 1280, height: 900 };
const phone = { width: 375, height: 812 };

const session = demoBrowser();

async function signedIn(email: string, viewport = desktop): Promise<{ context: BrowserContext; page: Page; api: ApiSession; userId: string }> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const api = await apiSession(context, email, PASSWORD);
  const me = (await (await context.request.get('/api/auth/me')).json()) as { user: { id: string } };
  return { context, page: await context.newPage(), api, userId: me.user.id };
}

async function noFaults(page: Page) {
  await expect(accessibilityFaults(page)).resolves.toEqual([]);
}

/** The chair declares no conflict and scores on the dossier page; the other scorers submit through the API. */
async function scoreInCouncil(
  councilId: string,
  chairEmail: string,
  chairScores: [number, number, number],
  others: Array<{ email: string; scores: number[] }>,
) {
  const chair = await signedIn(chairEmail);
  await chair.page.goto(`/councils/${councilId}`);
  await chair.page.getByText(enterpriseName, { exact: true }).first().waitFor();
  await chair.page.getByRole('button', { name: 'Tôi không có xung đột lợi ích' }).click();
  await chair.page.getByRole('link', { name: 'Mở và chấm điểm' }).click();
  await chair.page.getByRole('heading', { name: enterpriseName }).waitFor();
  // The dossier shows the nomination's evidence: the 2017 contract.
  await chair.page
    .getByText(/20\/06\/2017/)
    .first()
    .waitFor();
  await chair.page.getByLabel(/^Mức độ đổi mới công nghệ — Điểm/).fill(String(chairScores[0]));
  await chair.page.getByLabel(/^Hiệu quả sản xuất, kinh doanh — Điểm/).fill(String(chairScores[1]));
  await chair.page.getByLabel(/^Lan tỏa, đóng góp xã hội — Điểm/).fill(String(chairScores[2]));
  await noFaults(chair.page);
  await chair.page.getByRole('button', { name: 'Nộp và khóa phiếu' }).click();
  await chair.page.getByText('Phiếu của bạn đã nộp và được khóa.').waitFor();
  const dossierId = chair.page.url().split('/').pop() as string;
  await chair.context.close();
  for (const other of others) {
    const member = await signedIn(other.email);
    await member.api.post(`/api/council-dossiers/${dossierId}/declaration`, { conflict: false });
    const [innovation, results, impact] = other.scores;
    await member.api.post(`/api/council-dossiers/${dossierId}/sheet/submit`, { scores: { innovation, results, impact } });
    await member.context.close();
  }
  return dossierId;
}

/** The council's secretary consolidates on the dossier page. */
async function consolidate(secretaryEmail: string, dossierId: string, comment: string) {
  const secretary = await signedIn(secretaryEmail);
  await secretary.page.goto(`/councils/dossiers/${dossierId}`);
  await secretary.page.getByRole('heading', { name: 'Các phiếu' }).waitFor();
  await secretary.page.getByLabel('Ý kiến thống nhất — Mức độ đổi mới công nghệ').fill(comment);
  await secretary.page.getByLabel('Kết luận').fill('Đề nghị tôn vinh');
  await noFaults(secretary.page);
  await secretary.page.getByRole('button', { name: 'Tổng hợp kết quả' }).click();
  await secretary.page.getByRole('heading', { name: 'Kết quả của hội đồng' }).waitFor();
  await secretary.context.close();
}

it('a 2016–2018 round: the 2017 transfer contract makes the enterprise eligible, it is nominated, scored by two councils, ranked, and its certificate’s QR code opens the verification page', async () => {
  // Set-up with no screen of its own: the enterprise records the transfer contract of 2017 on its connection with Hanbit.
  const nominee = await signedIn(nomineeEmail, phone);
  const enterpriseId = nominee.api.organisationIds[0];
  const connections = (await (await nominee.context.request.get('/api/connections?pageSize=100')).json()) as {
    items: Array<{ id: string; openedOn: string; supplierName: string | null }>;
  };
  const connection = connections.items.find((c) => c.supplierName?.startsWith('Hanbit') && c.openedOn.startsWith('2017'));
  expect(connection, 'the demo enterprise’s 2017 connection with Hanbit').toBeDefined();
  await nominee.api.post(`/api/connections/${connection!.id}/agreements`, {
    kind: 'transfer-contract',
    title: contractTitle,
    signedOn: '2017-06-20',
    valueVnd: 1_200_000_000,
    transferRight: 'right-to-use',
    parties: [
      { organisationId: null, name: 'Hanbit Precision Machinery Co., Ltd.', role: 'transferor' },
      { organisationId: enterpriseId, name: enterpriseName, role: 'transferee' },
    ],
  });

  // The agency opens the round on the award page.
  const agency = await signedIn(agencyEmail);
  await agency.page.goto('/award');
  await agency.page.getByLabel('Tên đợt').fill(roundName);
  await agency.page.getByLabel('Tên tiếng Anh').fill('Innovative enterprises 2016–2018 (supplementary)');
  await agency.page.getByLabel('Từ năm').fill('2016');
  await agency.page.getByLabel('Đến năm').fill('2018');
  await noFaults(agency.page);
  await agency.page.getByRole('button', { name: 'Tạo đợt xét' }).click();
  await agency.page.getByRole('heading', { name: roundName }).waitFor();
  const roundPath = new URL(agency.page.url()).pathname;

  // The Nghệ An department sees the enterprise eligible with the contract as its evidence, and nominates it.
  const department = await signedIn(departmentEmail);
  await department.page.goto(roundPath);
  const card = department.page.getByTestId('eligible-enterprise').filter({ hasText: enterpriseName });
  await card.getByText(`Hợp đồng: ${contractTitle} (20/06/2017) — Nhận chuyển giao công nghệ`).waitFor();
  await noFaults(department.page);
  await card.getByRole('button', { name: 'Đề cử' }).click();
  await card.getByText('Đã đề cử').waitFor();
  const nominationLink = department.page.getByRole('link', { name: enterpriseName });
  const nominationId = ((await nominationLink.getAttribute('href')) as string).split('/').pop() as string;

  // Forming the councils is covered by the councils' own tests: here through the API.
  const options = (await (await department.context.request.get('/api/councils/options')).json()) as {
    candidates: Array<{ expertId: string | null; name: string }>;
  };
  const expertIds = experts.map((e) => options.candidates.find((c) => c.expertId && c.name === e.name)?.expertId as string);
  expect(expertIds.every(Boolean)).toBe(true);
  const roles = ['chair', 'vice-chair', 'member', 'member', 'member'];
  const provincial = await department.api.post('/api/councils', {
    kind: 'award-provincial',
    name: 'Hội đồng cấp tỉnh Nghệ An — đợt bổ sung',
    convenerOrganisationId: department.api.organisationIds[0],
    members: [...expertIds.map((expertId, i) => ({ expertId, role: roles[i] })), { userId: department.userId, role: 'secretary' }],
  });
  await department.api.post(`/api/councils/${provincial.id}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominationId] });
  const staffIds: string[] = [];
  for (const email of ministryStaffEmails) {
    const person = await signedIn(email);
    staffIds.push(person.userId);
    await person.context.close();
  }
  const ministry = await agency.api.post('/api/councils', {
    kind: 'award-ministry',
    name: 'Hội đồng cấp Bộ — đợt bổ sung',
    convenerOrganisationId: agency.api.organisationIds[0],
    members: [
      ...expertIds.map((expertId, i) => ({ expertId, role: roles[i] })),
      ...staffIds.map((userId) => ({ userId, role: 'member', external: false })),
      { userId: agency.userId, role: 'secretary' },
    ],
  });

  // The provincial council of five scores (87, 84, 85, 86, 87), its secretary consolidates.
  const others = experts.slice(1).map((e, i) => ({ email: e.email, scores: [33 + i, 30, 21] }));
  const provincialDossier = await scoreInCouncil(provincial.id, experts[0].email, [36, 30, 21], others);
  await consolidate(departmentEmail, provincialDossier, 'Dây chuyền lên men mới từ năm 2017');

  // The ministry's council takes the nomination once the province has consolidated; its seven members score.
  await agency.api.post(`/api/councils/${ministry.id}/dossiers`, { dossierKind: 'award-nomination', dossierIds: [nominationId] });
  const ministryOthers = [...others, ...ministryStaffEmails.map((email) => ({ email, scores: [34, 31, 22] }))]; // 84–87 each, the chair 90
  const ministryDossier = await scoreInCouncil(ministry.id, experts[0].email, [37, 31, 22], ministryOthers);
  await consolidate(agencyEmail, ministryDossier, 'Đổi mới công nghệ rõ rệt');

  // The agency ranks the round and publishes the honourees.
  await agency.page.goto(roundPath);
  await agency.page.getByRole('heading', { name: 'Xếp hạng' }).waitFor();
  // Ranked on the ministry's scores alone: (90 + 84 + 85 + 86 + 87 + 87 + 87) / 7; a lone honouree is in tier 1 (tiers fill from the top).
  const rankedRow = agency.page.getByRole('row').filter({ hasText: enterpriseName }).last();
  await rankedRow.getByRole('cell', { name: /^86,57$/ }).waitFor();
  await rankedRow.getByRole('cell', { name: 'Nhóm 1' }).waitFor();
  const tier = '1';
  expect(await agency.page.getByText(/Đồng điểm/).count()).toBe(0);
  await noFaults(agency.page);
  await agency.page.getByRole('button', { name: 'Công bố danh sách tôn vinh' }).click();
  const honouree = agency.page.getByRole('table').first().getByRole('link', { name: enterpriseName });
  await honouree.waitFor();

  // The enterprise reads both councils' results on its phone and downloads its certificate.
  await nominee.page.goto(`/award/nominations/${nominationId}`);
  await nominee.page.getByText(/Hội đồng cấp tỉnh Nghệ An — đợt bổ sung — Hội đồng xét chọn cấp tỉnh/).waitFor();
  await nominee.page.getByText(/Hội đồng cấp Bộ — đợt bổ sung — Hội đồng xét chọn cấp Bộ/).waitFor();
  await nominee.page.getByText(`Nhóm ${tier}`, { exact: true }).waitFor();
  await noFaults(nominee.page);
  const href = (await nominee.page.getByRole('link', { name: 'Giấy chứng nhận (PDF)' }).getAttribute('href')) as string;
  const pdf = await nominee.context.request.get(href);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const codes = await qrCodesInPdf(await pdf.body());
  expect(codes).toHaveLength(1);
  const verifyUrl = new URL(codes[0]);
  expect(verifyUrl.origin).toBe(session.baseUrl);
  expect(verifyUrl.pathname).toBe(new URL((await honouree.getAttribute('href')) as string, session.baseUrl).pathname);

  // Anyone scanning the code, signed in or not, sees the enterprise and its tier.
  const visitor = await session.browser.newContext({ viewport: phone, locale: 'vi-VN' });
  const page = await visitor.newPage();
  await page.goto(codes[0]);
  await page.getByText('Giấy chứng nhận này là thật.').waitFor();
  await page.getByText(new RegExp(`^${enterpriseName} được tôn vinh .*${roundName.replace(/[()]/g, '\\$&')}.*nhóm ${tier}, đạt 86,57 điểm`)).waitFor();
  await noFaults(page);
  for (const context of [visitor, nominee.context, agency.context, department.context]) await context.close();
});
