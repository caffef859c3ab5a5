import type { Tx } from '../../db/client.js';
import type { StoredAnswer } from '../../db/schema/assessment.js';
import { circular17 } from '../../domain/assessment/methodologies/index.js';
import { scoreAssessment } from '../../domain/assessment/score-assessment.js';
import { scoreFigures } from '../../domain/assessment/sector-statistics.js';
import { validateAnswers } from '../../domain/assessment/validate-answers.js';
import { insertSeedRows, insertSeedRowsReturningIds, userIdsByEmail } from '../seed.repository.js';
import { demoAnswers } from './assessments/demo-answers.js';
import { seededRandom } from './generate/random.js';
import { auditSeeded } from './seed-audit.js';

const products = [
  'Nước mắm',
  'Chè xanh',
  'Cam',
  'Sữa tươi',
  'Bánh kẹo',
  'Gạo',
  'Thủy sản đông lạnh',
  'Lạc nhân',
  'Tinh bột sắn',
  'Mật ong',
  'Nấm',
  'Giò chả',
  'Nước giải khát',
  'Mì gạo',
];
const places = [
  'Diễn Châu',
  'Quỳnh Lưu',
  'Nghi Lộc',
  'Hưng Nguyên',
  'Đô Lương',
  'Thanh Chương',
  'Yên Thành',
  'Nam Đàn',
  'Con Cuông',
  'Nghĩa Đàn',
  'Tân Kỳ',
  'Anh Sơn',
  'Cửa Lò',
  'Quế Phong',
];

const CAMPAIGN = {
  name: 'Khảo sát trình độ công nghệ doanh nghiệp chế biến thực phẩm tỉnh Nghệ An 2026',
  createdAt: new Date('2026-03-02T02:00:00Z'),
};

/**
 * Issue 14's demo survey: Nghệ An's connection point invites thirty food processors (VSIC 10);
 * twenty-eight are assessed and verified, three of them also assessed in 2025 (so the change shows),
 * two are only invited. Enough for the sector and province dashboards to publish their figures.
 */
export async function loadDemoAssessmentSurvey(tx: Tx) {
  const random = seededRandom(2026_17);
  const people = await userIdsByEmail(tx, ['diemketnoi.nghean@techbridge.local']);
  const assessor = people.get('diemketnoi.nghean@techbridge.local') ?? null;
  const names = Array.from({ length: 30 }, (_, i) => `Công ty TNHH ${products[i % products.length]} ${places[(i * 5) % places.length]} (khảo sát mẫu)`);
  const ids = await insertSeedRowsReturningIds(
    tx,
    'organisations',
    names.map((nameVi) => ({
      kind: 'enterprise',
      nameVi,
      country: 'VN',
      provinceCode: '40',
      vsicSections: ['C'],
      size: random.pick(['micro', 'small', 'medium']),
      description: 'Doanh nghiệp chế biến thực phẩm ở Nghệ An, dữ liệu mẫu của đợt khảo sát trình độ công nghệ.',
      verified: true,
    })),
  );
  await auditSeeded(
    tx,
    'organisation',
    ids.map((id, i) => ({ id, organisationId: id, after: { kind: 'enterprise', nameVi: names[i], taxCode: null } })),
  );
  const assessment = (organisationId: string, level: number, at: Date) => {
    const employees = random.int(20, 250);
    const checked = validateAnswers(circular17, demoAnswers(circular17, random, { level, employees, revenue: employees * random.int(200, 900) }));
    if (!checked.ok) throw new Error(`demo survey answers are invalid: ${checked.errors.map((e) => e.message.en).join('; ')}`);
    const score = scoreAssessment(circular17, checked.answers, { sector: '10' });
    const answers: Record<string, StoredAnswer> = {};
    for (const [id, a] of Object.entries(checked.answers)) answers[id] = { ...a, updatedBy: assessor ?? 'seed', updatedAt: at.toISOString() };
    return {
      organisationId,
      provinceCode: '40',
      methodologyId: circular17.id,
      vsicDivision: '10',
      status: 'approved',
      answers,
      score,
      figures: scoreFigures(score),
      createdBy: assessor,
      createdAt: new Date(at.getTime() - 10 * 86_400_000),
      submittedAt: at,
      reviewedAt: new Date(at.getTime() + 4 * 86_400_000),
      reviewedBy: assessor,
      updatedAt: at,
    };
  };
  const rows = [];
  for (const [i, id] of ids.slice(0, 28).entries()) {
    const level = 0.15 + random.next() * 0.65;
    if (i < 3) rows.push(assessment(id, Math.max(0.1, level - 0.15), new Date(Date.UTC(2025, 4 + i, 12, 3))));
    rows.push(assessment(id, level, random.date(new Date('2026-04-01T03:00:00Z'), new Date('2026-10-31T03:00:00Z'))));
  }
  await insertSeedRows(tx, 'assessments', rows);
  const [campaignId] = await insertSeedRowsReturningIds(tx, 'assessmentCampaigns', [
    { name: CAMPAIGN.name, methodologyId: circular17.id, vsicDivision: '10', provinceCodes: ['40'], createdBy: assessor, createdAt: CAMPAIGN.createdAt },
  ]);
  await insertSeedRows(
    tx,
    'assessmentCampaignTargets',
    ids.map((organisationId) => ({ campaignId, organisationId, invitedAt: CAMPAIGN.createdAt })),
  );
}
