import type { Executor } from '../../../db/client.js';
import type { CouncilKind } from '../../../domain/programmes/council-rules.js';
import type { TaskStatus } from '../../../domain/programmes/task-states.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { FieldProblem } from '../../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { DossierSource, DossierView } from '../councils/dossier-sources.js';
import * as repo from './programmes.repository.js';
import { recordCouncilConclusion } from './task-workflow.service.js';

const labels = {
  call: { vi: 'Đợt kêu gọi', en: 'Call' },
  objectives: { vi: 'Mục tiêu', en: 'Objectives' },
  technology: { vi: 'Công nghệ', en: 'Technology' },
  products: { vi: 'Sản phẩm', en: 'Products' },
  partners: { vi: 'Tổ chức phối hợp', en: 'Partners' },
  duration: { vi: 'Thời gian thực hiện', en: 'Duration' },
  months: { vi: 'tháng', en: 'months' },
};

/** The stage a task waits at for a council of each kind; award councils review no task. */
const stageFor: Partial<Record<CouncilKind, TaskStatus>> = {
  identification: 'identification',
  selection: 'selection',
  appraisal: 'appraisal',
  acceptance: 'acceptance',
};

/**
 * A programme task as a council dossier: what the proposal says, and the proposing and leading
 * organisations, whose people may not judge it. An identification council's consolidated result
 * moves the task on (identified when it passed, rejected when not) through the task's own state
 * machine; the other councils advise, and agency staff record the step they lead to.
 */
export const programmeTaskSource: DossierSource = {
  kind: 'programme-task',
  async load(db: Executor, ids: readonly string[], lang: Language) {
    const views = new Map<string, DossierView>();
    for (const { task, callTitle, proposerName, leadName } of await repo.tasksByIds(db, ids)) {
      const text = (label: Record<Language, string>, value: string | null) => (value ? [{ label: label[lang], value }] : []);
      views.set(task.id, {
        id: task.id,
        title: task.title,
        fields: [
          ...text(labels.call, callTitle),
          ...text(labels.objectives, task.objectives),
          ...text(labels.technology, task.technology),
          ...text(labels.products, task.products),
          ...text(labels.partners, task.partners),
          ...text(labels.duration, task.months ? `${task.months} ${labels.months[lang]}` : null),
        ],
        organisations: [
          ...(task.proposerOrganisationId ? [{ id: task.proposerOrganisationId, name: proposerName ?? '' }] : []),
          ...(task.leadOrganisationId && task.leadOrganisationId !== task.proposerOrganisationId
            ? [{ id: task.leadOrganisationId, name: leadName ?? '' }]
            : []),
        ],
        link: `/programmes/tasks/${task.id}`,
        fieldCodes: [],
        keywords: [task.technology, task.products].filter(Boolean),
      });
    }
    return views;
  },
  async admissible(db, councilKind, ids) {
    const rows = await repo.tasksByIds(db, ids);
    const stage = stageFor[councilKind];
    return ids.flatMap((id, i): FieldProblem[] => {
      const row = rows.find((r) => r.task.id === id);
      if (!row) return [];
      if (!stage) return [{ path: `dossierIds.${i}`, key: 'dossier_not_for_council' }];
      return row.task.status === stage ? [] : [{ path: `dossierIds.${i}`, key: 'task_not_at_council_stage' }];
    });
  },
  async onConsolidated(tx, dossierId, result, actor, audit) {
    await recordAudit(tx, audit, {
      action: 'programme.council-result',
      entityType: 'programme-task',
      entityId: dossierId,
      after: { councilId: result.councilId, councilKind: result.councilKind, total: result.total, passed: result.passed },
    });
    if (result.councilKind !== 'identification') return;
    const points = result.total.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
    await recordCouncilConclusion(tx, dossierId, {
      outcome: result.passed ? 'identified' : 'rejected',
      reason: result.passed ? `Hội đồng xác định nhiệm vụ kết luận đạt (${points} điểm).` : `Hội đồng xác định nhiệm vụ kết luận không đạt (${points} điểm).`,
      actor,
    });
  },
};
