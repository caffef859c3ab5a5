import type { Tx } from '../../db/client.js';
import type { StoredAnswer } from '../../db/schema/assessment.js';
import { circular17 } from '../../domain/assessment/methodologies/index.js';
import { scoreAssessment } from '../../domain/assessment/score-assessment.js';
import { scoreFigures } from '../../domain/assessment/sector-statistics.js';
import { validateAnswers } from '../../domain/assessment/validate-answers.js';
import { insertSeedRows, insertSeedRowsReturningIds, organisationIdsByName, userIdsByEmail } from '../seed.repository.js';
import { demoAnswers } from './assessments/demo-answers.js';
import { seededRandom } from './generate/random.js';

type DemoAssessment = {
  organisation: string;
  level: number;
  employees: number;
  revenue: number;
  status: 'approved' | 'submitted';
  at: string;
  division?: string;
};

/** Seven food processors (VSIC 10) so the sector comparison has a sample; the demo fish-sauce firm assessed twice; one awaiting review in Nghệ An. */
const demo: DemoAssessment[] = [
  { organisation: 'Công ty TNHH Nước mắm Cửa Hội Xanh', level: 0.3, employees: 45, revenue: 18_000, status: 'approved', at: '2024-10-15' },
  { organisation: 'Công ty TNHH Nước mắm Cửa Hội Xanh', level: 0.45, employees: 52, revenue: 24_000, status: 'approved', at: '2026-10-20' },
  { organisation: 'Công ty TNHH Thực phẩm Cao nguyên Nà Ka', level: 0.55, employees: 80, revenue: 60_000, status: 'approved', at: '2026-06-10' },
  { organisation: 'Hợp tác xã Chè Hương Sớm Tân Cương', level: 0.25, employees: 25, revenue: 6_000, status: 'approved', at: '2026-05-20' },
  { organisation: 'Công ty TNHH Hồi Quế Xứ Lạng', level: 0.4, employees: 40, revenue: 15_000, status: 'approved', at: '2026-07-02' },
  { organisation: 'Công ty Cổ phần Nông sản Sông Mã Phát', level: 0.65, employees: 160, revenue: 150_000, status: 'approved', at: '2026-08-14' },
  { organisation: 'Công ty TNHH Chế biến Gạo Thất Sơn', level: 0.75, employees: 220, revenue: 400_000, status: 'approved', at: '2026-09-03' },
  { organisation: 'Công ty TNHH Sản phẩm Dừa Chợ Lách Xanh', level: 0.5, employees: 70, revenue: 45_000, status: 'approved', at: '2026-09-25' },
  {
    organisation: 'Công ty Cổ phần Dược và Vật tư y tế Hồng Lam',
    level: 0.6,
    employees: 120,
    revenue: 90_000,
    status: 'submitted',
    at: '2026-11-20',
    division: '21',
  },
];

/** A Nghệ An survey of food processors across the connection point's region: two verified, two only invited. */
const campaign = {
  name: 'Khảo sát trình độ công nghệ doanh nghiệp chế biến thực phẩm vùng Bắc Trung Bộ 2026',
  createdAt: '2026-07-01T02:00:00Z',
  targets: [
    'Công ty TNHH Nước mắm Cửa Hội Xanh',
    'Công ty Cổ phần Nông sản Sông Mã Phát',
    'Công ty TNHH Chế biến Gỗ Hồng Lĩnh Xanh',
    'Công ty TNHH Dược liệu Bạch Mã Xanh',
  ],
};

/** Demo technology assessments under Circular 17/2019 (provisional rules), scored by the domain as the server would. */
export async function loadDemoAssessments(tx: Tx) {
  const organisations = await organisationIdsByName(tx, [...demo.map((d) => d.organisation), ...campaign.targets]);
  const people = await userIdsByEmail(tx, ['diemketnoi.nghean@techbridge.local', 'canbo.cuc@techbridge.local', 'doanhnghiep@techbridge.local']);
  const reviewer = (province: string | null) => people.get(province === '40' ? 'diemketnoi.nghean@techbridge.local' : 'canbo.cuc@techbridge.local') ?? null;
  const random = seededRandom(1417);
  const rows = demo.flatMap((d) => {
    const organisation = organisations.get(d.organisation);
    if (!organisation) return [];
    const checked = validateAnswers(circular17, demoAnswers(circular17, random, d));
    if (!checked.ok) throw new Error(`demo assessment answers are invalid: ${checked.errors.map((e) => e.message.en).join('; ')}`);
    const at = new Date(`${d.at}T03:00:00Z`);
    const answers: Record<string, StoredAnswer> = {};
    for (const [id, a] of Object.entries(checked.answers)) {
      answers[id] = { ...a, updatedBy: people.get('doanhnghiep@techbridge.local') ?? 'seed', updatedAt: at.toISOString() };
    }
    const division = d.division ?? '10';
    const score = scoreAssessment(circular17, checked.answers, { sector: division });
    return [
      {
        organisationId: organisation.id,
        provinceCode: organisation.provinceCode,
        methodologyId: circular17.id,
        vsicDivision: division,
        status: d.status,
        answers,
        score,
        figures: scoreFigures(score),
        createdAt: new Date(at.getTime() - 14 * 86_400_000),
        submittedAt: at,
        reviewedAt: d.status === 'approved' ? new Date(at.getTime() + 5 * 86_400_000) : null,
        reviewedBy: d.status === 'approved' ? reviewer(organisation.provinceCode) : null,
        updatedAt: at,
      },
    ];
  });
  await insertSeedRows(tx, 'assessments', rows);
  const targets = campaign.targets.flatMap((name) => {
    const organisation = organisations.get(name);
    return organisation ? [organisation] : [];
  });
  if (!targets.length) return;
  const [campaignId] = await insertSeedRowsReturningIds(tx, 'assessmentCampaigns', [
    {
      name: campaign.name,
      methodologyId: circular17.id,
      vsicDivision: '10',
      provinceCodes: [...new Set(targets.flatMap((t) => (t.provinceCode ? [t.provinceCode] : [])))],
      createdBy: people.get('diemketnoi.nghean@techbridge.local') ?? null,
      createdAt: new Date(campaign.createdAt),
    },
  ]);
  await insertSeedRows(
    tx,
    'assessmentCampaignTargets',
    targets.map((t) => ({ campaignId, organisationId: t.id, invitedAt: new Date(campaign.createdAt) })),
  );
}
