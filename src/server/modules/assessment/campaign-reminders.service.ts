import type { Db, Executor } from '../../../db/client.js';
import { nextReminder, reminderDue, type ReminderSchedule } from '../../../domain/assessment/campaign-reminders.js';
import { awaitsSubmission } from '../../../domain/assessment/campaign-stage.js';
import { addDays } from '../../../domain/programmes/dates.js';
import type { ReminderScheduleUpdate } from '../../../shared/assessment/campaign-reminders.schemas.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';
import { AppError, FieldError, type FieldProblem } from '../../errors.js';
import { recordAudit, systemContext, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { memberIdsOf } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import { authorizeCampaignReminders, canViewCampaign, canRunCampaigns } from './assessment.policy.js';
import * as repo from './campaign-reminders.repository.js';
import { campaignTargets, type CampaignRow } from './campaigns.repository.js';

type Schedule = Omit<ReminderScheduleUpdate, 'version'>;

const scheduleOf = (row: CampaignRow): ReminderSchedule => ({
  launchedOn: vietnamToday(row.createdAt),
  deadline: row.deadline,
  everyDays: row.remindEveryDays,
  daysBeforeDeadline: row.remindDaysBeforeDeadline,
});

/**
 * What is wrong with a schedule, by field: reminders without a deadline, a new deadline already
 * past (a past one left unchanged may stay, so reminders can be turned off after it), a
 * "before the deadline" reminder that would fall before the launch.
 */
export function scheduleProblems(s: Schedule, launchedOn: string, currentDeadline: string | null, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!s.deadline && (s.remindEveryDays || s.remindDaysBeforeDeadline)) problems.push({ path: 'deadline', key: 'reminder_needs_deadline' });
  if (s.deadline && s.deadline !== currentDeadline && s.deadline < today) problems.push({ path: 'deadline', key: 'deadline_passed' });
  if (s.deadline && s.remindDaysBeforeDeadline && addDays(s.deadline, -s.remindDaysBeforeDeadline) <= launchedOn)
    problems.push({ path: 'remindDaysBeforeDeadline', key: 'reminder_before_launch' });
  return problems;
}

/** The enterprises not yet submitted are reminded (in-app and e-mail as each person prefers) and the reminder recorded; null when nobody is left or it was already sent. */
async function sendReminder(tx: Executor, campaign: CampaignRow, now: Date, by: { dueOn: string | null; sentBy: string | null }) {
  const organisationIds = (await campaignTargets(tx, [campaign.id])).filter((t) => awaitsSubmission(t.status)).map((t) => t.organisationId);
  if (!organisationIds.length) return null;
  const people = [...new Set(await memberIdsOf(tx, organisationIds))];
  const recorded = await repo.recordReminder(tx, { campaignId: campaign.id, ...by, organisationIds, people: people.length, sentAt: now });
  if (!recorded) return null;
  await notify(tx, people, { kind: 'assessment.reminder', params: { campaign: campaign.name, deadline: campaign.deadline }, link: '/assessments' });
  return recorded;
}

const lastSentOn = (last: { sentAt: Date } | undefined) => (last ? vietnamToday(last.sentAt) : null);

/**
 * Hourly: each campaign whose schedule has a reminder due today (Viet Nam's day) reminds its
 * enterprises that have not submitted, once — the reminder's day is recorded under a unique key,
 * and the campaign is locked while it is sent. Nothing after the deadline or once all submitted.
 */
export async function remindCampaigns(db: Db, now: Date): Promise<number> {
  const today = vietnamToday(now);
  let sent = 0;
  for (const id of await repo.scheduledCampaignIds(db, today)) {
    const reminded = await db.transaction(async (tx) => {
      const campaign = await repo.lockCampaign(tx, id);
      if (!campaign) return false;
      const [last] = await repo.lastReminders(tx, [id]);
      const dueOn = reminderDue(scheduleOf(campaign), today, lastSentOn(last));
      if (!dueOn) return false;
      const reminder = await sendReminder(tx, campaign, now, { dueOn, sentBy: null });
      if (!reminder) return false;
      await recordAudit(tx, systemContext, {
        action: 'assessment.campaign.scheduled-reminder',
        entityType: 'assessment-campaign',
        entityId: id,
        after: { dueOn, organisationIds: reminder.organisationIds, people: reminder.people },
      });
      return true;
    });
    if (reminded) sent += 1;
  }
  return sent;
}

/** Staff remind the enterprises not yet submitted now; at most once a Viet Nam day per campaign (scheduled ones included), never after the deadline. */
export async function sendReminderNow(db: Db, actor: Actor, ctx: AuditContext, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const campaign = await repo.lockCampaign(tx, id);
    if (!campaign) throw new AppError('NOT_FOUND', { entity: 'campaign' });
    authorizeCampaignReminders(actor, campaign);
    const today = vietnamToday(now);
    if (campaign.deadline && campaign.deadline < today) throw new AppError('CONFLICT', { reason: 'campaign_reminder_closed' });
    const [last] = await repo.lastReminders(tx, [id]);
    if (lastSentOn(last) === today) throw new AppError('RATE_LIMITED', { reason: 'campaign_reminder_today', lastSentAt: last!.sentAt.toISOString() });
    const reminder = await sendReminder(tx, campaign, now, { dueOn: null, sentBy: actor.userId });
    if (!reminder) throw new AppError('CONFLICT', { reason: 'campaign_reminder_nobody' });
    await recordAudit(tx, ctx, {
      action: 'assessment.campaign.remind',
      entityType: 'assessment-campaign',
      entityId: id,
      after: { organisationIds: reminder.organisationIds, people: reminder.people },
    });
    return { sentAt: reminder.sentAt.toISOString(), organisations: reminder.organisationIds.length, people: reminder.people };
  });
}

/** Changes a running campaign's schedule (the version read by the editor must still be current). */
export async function updateReminderSchedule(db: Db, actor: Actor, ctx: AuditContext, id: string, body: ReminderScheduleUpdate, now = new Date()) {
  await db.transaction(async (tx) => {
    const before = await repo.lockCampaign(tx, id);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'campaign' });
    authorizeCampaignReminders(actor, before);
    const { version, ...schedule } = body;
    const problems = scheduleProblems(schedule, vietnamToday(before.createdAt), before.deadline, vietnamToday(now));
    if (problems.length) throw new FieldError(problems);
    const after = await repo.updateSchedule(tx, id, version, schedule);
    if (!after) throw new AppError('VERSION_CONFLICT', { entity: 'campaign', currentVersion: before.version });
    await recordAudit(tx, ctx, {
      action: 'assessment.campaign.reminder-schedule',
      entityType: 'assessment-campaign',
      entityId: id,
      before: { deadline: before.deadline, remindEveryDays: before.remindEveryDays, remindDaysBeforeDeadline: before.remindDaysBeforeDeadline },
      after: schedule,
    });
  });
}

/** The campaign page's reminder panel: the schedule, the last reminder, the next one while anyone is left to remind. */
export async function campaignReminders(db: Executor, actor: Actor, campaign: CampaignRow, statuses: Array<string | null>, now = new Date()) {
  const [last] = await repo.lastReminders(db, [campaign.id]);
  const pending = statuses.filter(awaitsSubmission).length;
  return {
    deadline: campaign.deadline,
    remindEveryDays: campaign.remindEveryDays,
    remindDaysBeforeDeadline: campaign.remindDaysBeforeDeadline,
    last: last ? { sentAt: last.sentAt.toISOString(), manual: last.dueOn === null, organisations: last.organisationIds.length, people: last.people } : null,
    nextOn: pending ? nextReminder(scheduleOf(campaign), vietnamToday(now), lastSentOn(last)) : null,
    pending,
    canManage: canRunCampaigns(actor) && canViewCampaign(actor, campaign),
  };
}
