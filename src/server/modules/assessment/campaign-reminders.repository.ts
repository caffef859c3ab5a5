import { and, desc, eq, isNotNull, gte, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { assessmentCampaignReminders, assessmentCampaigns } from '../../../db/schema/index.js';
import type { CampaignRow } from './campaigns.repository.js';

/** The campaign, locked until the transaction ends: one reminder (or schedule change) at a time per campaign. */
export async function lockCampaign(tx: Executor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await tx.select().from(assessmentCampaigns).where(eq(assessmentCampaigns.id, id)).for('update');
  return row;
}

/** Campaigns whose schedule may still send something: a deadline not yet passed and a kind of reminder on. */
export async function scheduledCampaignIds(db: Executor, today: string): Promise<string[]> {
  const rows = await db
    .select({ id: assessmentCampaigns.id })
    .from(assessmentCampaigns)
    .where(
      and(
        gte(assessmentCampaigns.deadline, today),
        or(isNotNull(assessmentCampaigns.remindEveryDays), isNotNull(assessmentCampaigns.remindDaysBeforeDeadline)),
      ),
    );
  return rows.map((r) => r.id);
}

export async function updateSchedule(
  tx: Executor,
  id: string,
  version: number,
  schedule: { deadline: string | null; remindEveryDays: number | null; remindDaysBeforeDeadline: number | null },
) {
  const [row] = await tx
    .update(assessmentCampaigns)
    .set({ ...schedule, version: sql`${assessmentCampaigns.version} + 1` })
    .where(and(eq(assessmentCampaigns.id, id), eq(assessmentCampaigns.version, version)))
    .returning();
  return row;
}

/** The latest reminder of each campaign. */
export async function lastReminders(db: Executor, campaignIds: string[]) {
  if (!campaignIds.length) return [];
  return db
    .selectDistinctOn([assessmentCampaignReminders.campaignId])
    .from(assessmentCampaignReminders)
    .where(inArray(assessmentCampaignReminders.campaignId, campaignIds))
    .orderBy(assessmentCampaignReminders.campaignId, desc(assessmentCampaignReminders.sentAt));
}

/** Records a reminder; a scheduled one already recorded for its day is refused (undefined), so it is sent once. */
export async function recordReminder(tx: Executor, row: typeof assessmentCampaignReminders.$inferInsert) {
  const [inserted] = await tx.insert(assessmentCampaignReminders).values(row).onConflictDoNothing().returning();
  return inserted;
}
