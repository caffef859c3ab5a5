import type { Tx } from '../../db/client.js';
import { insertSeedRows, organisationsOfKinds, personByEmail, type SeedRow } from '../seed.repository.js';
import type { DemoAmount } from './programmes/demo-budgets.js';
import { demoProgrammeTasks } from './programmes/demo-tasks.js';

const findings = [
  'Tiến độ lắp đặt thiết bị chậm so với hợp đồng; yêu cầu bổ sung kế hoạch khắc phục.',
  'Sản phẩm trung gian đạt yêu cầu; hồ sơ chứng từ tài chính cần hoàn thiện.',
  'Đúng tiến độ; đề nghị tổ chức chủ trì chuẩn bị hồ sơ đánh giá độc lập.',
];

/**
 * The demo National Technology Innovation Programme (records up to the end of 2019, see
 * programmes/demo-tasks.ts): the dashboard computes the 2019 figures from these rows. A call for
 * 2027 stays open so the demo proposer can propose. Organisations are drawn from the demo ones.
 */
export async function loadDemoProgrammes(tx: Tx) {
  const agency = await personByEmail(tx, 'canbo.cuc@techbridge.local');
  const by = agency?.userId ?? null;
  const enterprises = await organisationsOfKinds(tx, ['enterprise']);
  const research = await organisationsOfKinds(tx, ['institute', 'university']);
  const standingId = crypto.randomUUID();
  await insertSeedRows(tx, 'programmeCalls', [
    {
      id: standingId,
      kind: 'standing',
      title: 'Chương trình đổi mới công nghệ quốc gia đến năm 2020 (nhiệm vụ thường xuyên)',
      titleEn: 'National Technology Innovation Programme to 2020 (standing)',
      createdBy: by,
      createdAt: new Date('2012-01-01T00:00:00Z'),
    },
    {
      kind: 'call',
      title: 'Đợt đề xuất nhiệm vụ thực hiện từ năm 2027',
      titleEn: 'Call for tasks starting in 2027',
      deadlineAt: new Date('2026-12-31T10:00:00Z'),
      // The demo's tasks stop at 2019, so their later reports look overdue: blocking would lock the demo enterprises out.
      blockOverdueLeaders: false,
      createdBy: by,
    },
  ]);

  const tasks: SeedRow<'programmeTasks'>[] = [];
  const transitions: SeedRow<'programmeTaskTransitions'>[] = [];
  const lines: SeedRow<'programmeBudgetLines'>[] = [];
  const versions: SeedRow<'programmeBudgetVersions'>[] = [];
  const reports: SeedRow<'programmeTaskReports'>[] = [];
  const inspections: SeedRow<'programmeInspections'>[] = [];
  demoProgrammeTasks().forEach((record, index) => {
    const id = crypto.randomUUID();
    const pool = record.enterpriseLed ? enterprises : research;
    const organisation = pool.length ? pool[index % pool.length] : null;
    const last = record.history[record.history.length - 1];
    const submit = record.history.find((h) => h.action === 'submit');
    const led = record.history.some((h) => h.action === 'assign-directly' || h.action === 'select-leader');
    const accepted = record.history.find((h) => h.action === 'record-acceptance');
    const years = record.budget.proposed.map((a) => a.year);
    const startOn = record.contract?.startOn ?? (years.length ? `${Math.min(...years)}-01-01` : null);
    const months = record.contract?.months ?? (years.length ? (Math.max(...years) - Math.min(...years) + 1) * 12 : null);
    const closed = last.to === 'closed';
    tasks.push({
      id,
      callId: standingId,
      proposerOrganisationId: organisation?.id ?? null,
      leadOrganisationId: led ? (organisation?.id ?? null) : null,
      origin: record.origin,
      title: `Ứng dụng công nghệ ${record.title}`,
      objectives: `Làm chủ và ứng dụng công nghệ ${record.title} tại doanh nghiệp, nâng cao năng suất và chất lượng sản phẩm.`,
      technology: `Công nghệ ${record.title}`,
      products: 'Quy trình công nghệ; dây chuyền sản xuất; sản phẩm đạt tiêu chuẩn.',
      sectorCode: record.sectorCode,
      provinceCode: record.provinceCode,
      startOn,
      months,
      status: last.to,
      since: last.at,
      endedFrom: ['rejected', 'withdrawn', 'terminated'].includes(last.to) ? last.from : null,
      acceptanceRating: accepted ? 'satisfactory' : null,
      finalReportRating: accepted ? 'satisfactory' : null,
      receiptNumber: submit ? `NV-DEMO-${String(index + 1).padStart(4, '0')}` : null,
      submittedAt: submit?.at ?? null,
      publicSummary: closed ? `Nhiệm vụ đã hoàn thành và được nghiệm thu: làm chủ công nghệ ${record.title}.` : null,
      summaryPublishedAt: closed ? last.at : null,
      createdBy: by,
      createdAt: record.history[0]?.at ?? new Date('2012-01-01T00:00:00Z'),
      updatedAt: last.at,
    });
    for (const h of record.history) transitions.push({ taskId: id, action: h.action, fromStatus: h.from, toStatus: h.to, by, at: h.at, reason: h.reason });
    (record.budget.proposed as DemoAmount[]).forEach((amount, position) => {
      const lineId = crypto.randomUUID();
      lines.push({ id: lineId, taskId: id, year: amount.year, source: amount.source, item: amount.item, position });
      const stages = [
        ['proposed', amount.amountVnd, submit?.at],
        ['appraised', record.budget.appraised?.[position]?.amountVnd, record.history.find((h) => h.action === 'approve-appraisal')?.at],
        ['contracted', record.budget.contracted?.[position]?.amountVnd, record.history.find((h) => h.action === 'sign-contract')?.at],
      ] as const;
      stages.forEach(([stage, amountVnd, at], i) => {
        if (amountVnd !== undefined) versions.push({ lineId, stage, version: i + 1, amountVnd, by, at: at ?? new Date('2012-01-01T00:00:00Z') });
      });
    });
    for (const r of record.reports)
      reports.push({
        taskId: id,
        key: r.key,
        kind: r.kind,
        sequence: r.sequence,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        dueOn: r.dueOn,
        remindOn: r.remindOn,
        filedOn: r.filedOn,
      });
    record.history
      .filter((h) => h.action === 'record-inspection')
      .forEach((h, i) => inspections.push({ taskId: id, inspectedOn: h.at.toISOString().slice(0, 10), findings: findings[i % findings.length], by, at: h.at }));
  });
  await insertSeedRows(tx, 'programmeTasks', tasks, { batchSize: 200 });
  await insertSeedRows(tx, 'programmeTaskTransitions', transitions);
  await insertSeedRows(tx, 'programmeBudgetLines', lines);
  await insertSeedRows(tx, 'programmeBudgetVersions', versions);
  await insertSeedRows(tx, 'programmeTaskReports', reports);
  await insertSeedRows(tx, 'programmeInspections', inspections);
}
