import { hashPassword } from 'better-auth/crypto';
import type { Tx } from '../../db/client.js';
import { innovationActivities } from '../../domain/programmes/award-eligibility.js';
import { defaultCompositionRules } from '../../domain/programmes/council-rules.js';
import { eligibility } from '../../server/modules/award/award.service.js';
import { defaultForms } from '../../server/modules/councils/councils.service.js';
import { insertSeedRows, insertSeedRowsReturningIds, organisationsOfKinds, userIdsByEmail } from '../seed.repository.js';
import { DEMO_PASSWORD } from './data/people.js';
import { auditSeeded } from './seed-audit.js';

const councilExperts = [
  { name: 'PGS.TS. Trần Minh Đức', email: 'chuyengia.duc@techbridge.local', fields: ['202'], keywords: ['cơ khí chế tạo', 'tự động hóa'] },
  { name: 'TS. Nguyễn Thị Hồng Vân', email: 'chuyengia.van@techbridge.local', fields: ['209'], keywords: ['công nghệ thực phẩm', 'chế biến nông sản'] },
  { name: 'TS. Lê Quang Huy', email: 'chuyengia.huy@techbridge.local', fields: ['205'], keywords: ['vật liệu', 'sản xuất sạch hơn'] },
  { name: 'ThS. Phạm Thu Trang', email: 'chuyengia.trang@techbridge.local', fields: ['502'], keywords: ['quản trị đổi mới', 'sở hữu trí tuệ'] },
  { name: 'TS. Hoàng Văn Nam', email: 'chuyengia.nam@techbridge.local', fields: ['401'], keywords: ['nông nghiệp công nghệ cao'] },
];
const secretaryEmail = 'thuky.hoidong@techbridge.local';

/**
 * The innovation award 2016–2018: the round, nominations of enterprises the demo pipeline shows
 * eligible (each by its province's Department of S&T), and a provincial council of five expert
 * accounts and a secretary for the province with most nominations, with those dossiers before it.
 */
export async function loadDemoAward(tx: Tx) {
  const [roundId] = await insertSeedRowsReturningIds(tx, 'awardRounds', [
    {
      name: 'Doanh nghiệp đổi mới công nghệ tiêu biểu giai đoạn 2016–2018',
      nameEn: 'Innovative enterprises 2016–2018',
      fromYear: 2016,
      toYear: 2018,
      maxHonourees: 100,
      rule: { qualifyingActivities: [...innovationActivities], minActivities: 1 },
    },
  ]);
  const round = {
    id: roundId,
    name: '',
    nameEn: null,
    fromYear: 2016,
    toYear: 2018,
    maxHonourees: 100,
    rule: { qualifyingActivities: [...innovationActivities], minActivities: 1 },
    rankedAt: null,
    createdBy: null,
    createdAt: new Date(),
  };
  const departments = await organisationsOfKinds(tx, ['dost']);
  const departmentOf = new Map(departments.flatMap((d) => (d.provinceCode ? [[d.provinceCode, d.id] as const] : [])));
  const eligible = (await eligibility(tx, round)).filter((e) => e.org.provinceCode && departmentOf.has(e.org.provinceCode)).slice(0, 12);
  if (eligible.length === 0) return;
  const nominationIds = await insertSeedRowsReturningIds(
    tx,
    'awardNominations',
    eligible.map((e) => ({
      roundId,
      enterpriseId: e.org.id,
      nominatingOrganisationId: departmentOf.get(e.org.provinceCode as string) as string,
      provinceCode: e.org.provinceCode,
      evidence: e.evidence,
      activities: e.result.activities,
    })),
  );

  // The province with most nominations gets a council.
  const counts = new Map<string, number>();
  for (const e of eligible) counts.set(e.org.provinceCode as string, (counts.get(e.org.provinceCode as string) ?? 0) + 1);
  const province = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const department = departmentOf.get(province) as string;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = [
    ...councilExperts.map((e) => ({ ...e, id: crypto.randomUUID() })),
    { name: 'Đỗ Thị Lan', email: secretaryEmail, fields: [], keywords: [], id: crypto.randomUUID() },
  ];
  const existing = await userIdsByEmail(
    tx,
    people.map((p) => p.email),
  );
  if (existing.size > 0) return;
  await insertSeedRows(
    tx,
    'users',
    people.map((p) => ({ id: p.id, name: p.name, email: p.email, emailVerified: true, locale: 'vi' })),
  );
  await insertSeedRows(
    tx,
    'accounts',
    people.map((p) => ({ id: crypto.randomUUID(), accountId: p.id, providerId: 'credential', userId: p.id, password: passwordHash })),
  );
  const secretary = people[people.length - 1];
  await insertSeedRows(tx, 'memberships', [{ userId: secretary.id, organisationId: department, role: 'member', status: 'active' }]);
  // Council experts work for the demo's institutes and universities, like the directory's other experts.
  const employers = await organisationsOfKinds(tx, ['institute', 'university']);
  const expertRows = councilExperts.map((e, i) => ({
    status: 'published',
    publishedAt: new Date('2026-01-15T02:00:00Z'),
    name: e.name,
    userId: people[i].id,
    ownerOrganisationId: employers.length ? employers[i % employers.length].id : null,
    fieldCodes: e.fields,
    keywords: e.keywords,
    externalId: `demo-council-expert-${i + 1}`,
  }));
  const expertIds = await insertSeedRowsReturningIds(tx, 'experts', expertRows);
  await auditSeeded(
    tx,
    'expert',
    expertRows.map((row, i) => ({ id: expertIds[i], organisationId: row.ownerOrganisationId, after: row })),
  );
  const rule = defaultCompositionRules['award-provincial'];
  const [councilId] = await insertSeedRowsReturningIds(tx, 'councils', [
    {
      kind: 'award-provincial',
      name: 'Hội đồng xét chọn doanh nghiệp đổi mới công nghệ tiêu biểu cấp tỉnh 2019',
      convenerOrganisationId: department,
      form: defaultForms[1],
      compositionRule: { ...rule, scorerCounts: [...rule.scorerCounts] },
      minSheets: rule.quorum.minScorers,
      meetingDate: '2019-05-20',
    },
  ]);
  const roles = ['chair', 'vice-chair', 'member', 'member', 'member'] as const;
  const memberIds = await insertSeedRowsReturningIds(tx, 'councilMembers', [
    ...councilExperts.map((e, i) => ({ councilId, userId: people[i].id, expertId: expertIds[i], role: roles[i], name: e.name, external: true, position: i })),
    { councilId, userId: secretary.id, role: 'secretary', name: secretary.name, organisationId: department, external: false, position: 5 },
  ]);
  const inProvince = nominationIds.filter((_, i) => eligible[i].org.provinceCode === province);
  const dossierIds = await insertSeedRowsReturningIds(
    tx,
    'councilDossiers',
    inProvince.map((dossierId) => ({ councilId, dossierKind: 'award-nomination', dossierId })),
  );
  await insertSeedRows(
    tx,
    'councilAssignments',
    dossierIds.flatMap((councilDossierId) => memberIds.slice(0, 5).map((memberId) => ({ councilDossierId, memberId }))),
  );
}
