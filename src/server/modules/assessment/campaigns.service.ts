import type { Db } from '../../../db/client.js';
import type { CampaignCreate } from '../../../shared/assessment/assessment.schemas.js';
import { AppError, FieldError } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { memberIdsOf } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import { campaignStage } from '../../../domain/assessment/campaign-stage.js';
import { vsicSection } from '../../../domain/assessment/vsic-division.js';
import { loadMethodology } from './assessment-methodologies.js';
import { assessedProvinces, authorizeCampaignTargets, canRunCampaigns, canViewCampaign } from './assessment.policy.js';
import { findMethodologyRow } from './assessment.repository.js';
import { campaignReminders, scheduleProblems } from './campaign-reminders.service.js';
import * as repo from './campaigns.repository.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

type Target = Awaited<ReturnType<typeof repo.campaignTargets>>[number];

function progress(targets: Target[]) {
  const counts = { invited: 0, started: 0, submitted: 0, verified: 0, total: targets.length };
  for (const t of targets) counts[campaignStage(t.status)] += 1;
  return counts;
}

async function summary(db: Db, row: repo.CampaignRow, targets: Target[]) {
  const m = await loadMethodology(db, row.methodologyId);
  return {
    id: row.id,
    name: row.name,
    methodologyId: row.methodologyId,
    methodologyName: m?.name ?? { vi: row.methodologyId, en: row.methodologyId },
    vsicDivision: row.vsicDivision,
    provinceCodes: row.provinceCodes,
    createdAt: row.createdAt.toISOString(),
    progress: progress(targets),
  };
}

/**
 * The campaigns of the caller's provinces (all for the agency) with their progress, and the open
 * invitations of the caller's own organisations (an enterprise sees only these, never other targets).
 */
export async function listCampaigns(db: Db, actor: Actor, query: { cursor?: string; limit: number }) {
  const invitations = await repo.openInvitations(
    db,
    actor.memberships.map((m) => m.organisationId),
  );
  if (!canRunCampaigns(actor)) return { items: [], total: 0, nextCursor: null, canCreate: false, invitations };
  const { rows, total, nextCursor } = await repo.listCampaigns(db, assessedProvinces(actor), query);
  const targets = await repo.campaignTargets(
    db,
    rows.map((r) => r.id),
  );
  const items = [];
  for (const row of rows)
    items.push(
      await summary(
        db,
        row,
        targets.filter((t) => t.campaignId === row.id),
      ),
    );
  return { items, total, nextCursor, canCreate: true, invitations };
}

/** One campaign with each target's stage (invited, started, submitted, verified). */
export async function getCampaign(db: Db, actor: Actor, id: string) {
  const row = await repo.findCampaign(db, id);
  if (!row || !canViewCampaign(actor, row)) throw new AppError('NOT_FOUND', { entity: 'campaign' });
  const targets = await repo.campaignTargets(db, [id]);
  return {
    ...(await summary(db, row, targets)),
    version: row.version,
    reminders: await campaignReminders(
      db,
      actor,
      row,
      targets.map((t) => t.status),
    ),
    targets: targets.map((t) => ({
      organisationId: t.organisationId,
      name: t.name,
      provinceCode: t.provinceCode,
      stage: campaignStage(t.status),
      assessmentId: t.assessmentId,
      total: t.total,
    })),
  };
}

/** Launches a campaign: its targets' members are invited (notified) to fill in the questionnaire; reminders follow its schedule. */
export async function createCampaign(db: Db, actor: Actor, ctx: AuditContext, body: CampaignCreate, now = new Date()) {
  if (!canRunCampaigns(actor)) throw new AppError('FORBIDDEN', { reason: 'assessment_campaign' });
  const today = vietnamToday(now);
  const problems = scheduleProblems(body, today, null, today);
  if (!vsicSection(body.vsicDivision)) problems.push({ path: 'vsicDivision', key: 'vsic_division' });
  if (problems.length) throw new FieldError(problems);
  const schedule = { deadline: body.deadline, remindEveryDays: body.remindEveryDays, remindDaysBeforeDeadline: body.remindDaysBeforeDeadline };
  const ids = [...new Set(body.organisationIds)];
  return db.transaction(async (tx) => {
    const methodology = await findMethodologyRow(tx, body.methodologyId);
    if (!methodology || methodology.status !== 'published') throw new FieldError([{ path: 'methodologyId', key: 'unknown_methodology' }]);
    const targets = await repo.organisationsByIds(tx, ids);
    if (targets.length !== ids.length) throw new FieldError([{ path: 'organisationIds', key: 'unknown_organisation' }]);
    authorizeCampaignTargets(actor, targets);
    const provinceCodes = [...new Set(targets.flatMap((t) => (t.provinceCode ? [t.provinceCode] : [])))];
    const campaign = await repo.insertCampaign(
      tx,
      { name: body.name, methodologyId: methodology.id, vsicDivision: body.vsicDivision, provinceCodes, createdBy: actor.userId, ...schedule },
      ids,
    );
    await recordAudit(tx, ctx, {
      action: 'assessment.campaign.create',
      entityType: 'assessment-campaign',
      entityId: campaign.id,
      after: { name: campaign.name, methodologyId: campaign.methodologyId, vsicDivision: campaign.vsicDivision, organisationIds: ids, ...schedule },
    });
    await notify(tx, await memberIdsOf(tx, ids), { kind: 'assessment.invited', params: { campaign: campaign.name }, link: '/assessments' });
    return { id: campaign.id };
  });
}
