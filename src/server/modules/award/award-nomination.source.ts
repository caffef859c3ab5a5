import type { Executor } from '../../../db/client.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { FieldProblem } from '../../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { DossierSource, DossierView } from '../councils/dossier-sources.js';
import * as repo from './award.repository.js';

const activityNames: Record<string, Record<Language, string>> = {
  'industrial-property': { vi: 'Sở hữu công nghiệp, giống cây trồng', en: 'Industrial property or plant variety' },
  'rd-application': { vi: 'Ứng dụng kết quả nghiên cứu', en: 'Applying R&D results' },
  'technology-transfer-received': { vi: 'Nhận chuyển giao công nghệ', en: 'Technology transfer received' },
  'equipment-investment': { vi: 'Đầu tư đổi mới thiết bị, quy trình', en: 'New or upgraded equipment or processes' },
  'quality-management': { vi: 'Áp dụng hệ thống quản lý chất lượng', en: 'Quality-management systems' },
};
const labels = {
  round: { vi: 'Đợt xét', en: 'Round' },
  province: { vi: 'Tỉnh/thành phố', en: 'Province' },
  activities: { vi: 'Hoạt động đổi mới', en: 'Innovation activities' },
  evidence: { vi: 'Minh chứng', en: 'Evidence' },
  provincialScore: { vi: 'Điểm hội đồng cấp tỉnh', en: 'Provincial council score' },
};

/** An award nomination as a council dossier: the enterprise, its activities and evidence; the nominee's organisation excludes its own staff. */
export const awardNominationSource: DossierSource = {
  kind: 'award-nomination',
  async load(db: Executor, ids: readonly string[], lang: Language) {
    const rows = await repo.nominationsByIds(db, ids);
    const views = new Map<string, DossierView>();
    for (const r of rows) {
      const n = r.nomination;
      const evidence = n.evidence as Array<{ title: string; date: string }>;
      views.set(n.id, {
        id: n.id,
        title: r.enterpriseName,
        fields: [
          { label: labels.round[lang], value: r.roundName },
          { label: labels.province[lang], value: n.provinceCode ?? '—' },
          { label: labels.activities[lang], value: n.activities.map((a) => activityNames[a]?.[lang] ?? a).join('; ') },
          ...evidence.map((e) => ({ label: labels.evidence[lang], value: `${e.title} (${e.date.split('-').reverse().join('/')})` })),
          ...(n.provincialScore !== null ? [{ label: labels.provincialScore[lang], value: n.provincialScore.toFixed(2) }] : []),
        ],
        organisations: [{ id: n.enterpriseId, name: r.enterpriseName }],
        link: `/award/nominations/${n.id}`,
        fieldCodes: [],
        keywords: n.activities,
      });
    }
    return views;
  },
  async admissible(db, councilKind, ids) {
    const rows = await repo.nominationsByIds(db, ids);
    return ids.flatMap((id, i): FieldProblem[] => {
      const row = rows.find((r) => r.nomination.id === id);
      if (!row) return [];
      if (councilKind !== 'award-provincial' && councilKind !== 'award-ministry') return [{ path: `dossierIds.${i}`, key: 'dossier_not_for_council' }];
      if (councilKind === 'award-ministry' && row.nomination.provincialScore === null) return [{ path: `dossierIds.${i}`, key: 'not_provincially_scored' }];
      return [];
    });
  },
  async onConsolidated(tx, dossierId, result, _actor, audit) {
    if (result.councilKind !== 'award-provincial' && result.councilKind !== 'award-ministry') return;
    const field = result.councilKind === 'award-provincial' ? 'provincialScore' : 'ministryScore';
    await repo.setScore(tx, dossierId, field, result.total);
    await recordAudit(tx, audit, {
      action: `award.${field}`,
      entityType: 'award-nomination',
      entityId: dossierId,
      after: { [field]: result.total, councilId: result.councilId },
    });
  },
};
