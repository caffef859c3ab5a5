import type { Db } from '../../../db/client.js';
import { connectionPointForProvince, memberIdsOf, staffOfConnectionPoint } from '../connections/connections.repository.js';
import { notify } from '../notifications/notifications.service.js';
import * as repo from './roadmaps.repository.js';
import { vietnamToday } from '../../../shared/i18n/vietnam-time.js';

/** Days before a review date the reminder goes out (the domain's "due soon"). */
const REMIND_DAYS = 30;

const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Hourly: a roadmap whose review falls within the next 30 days (or has passed) reminds its owner's
 * members and, for an enterprise's roadmap, its connection point's staff — once per review date.
 */
export async function remindRoadmapReviews(db: Db, now: Date) {
  const today = vietnamToday(now);
  const due = await repo.reviewsToRemind(db, plusDays(today, REMIND_DAYS));
  for (const r of due) {
    await db.transaction(async (tx) => {
      const point = await connectionPointForProvince(tx, r.province);
      const people = [...(await memberIdsOf(tx, [r.ownerOrganisationId, r.organisationId])), ...(await staffOfConnectionPoint(tx, point?.id ?? null))];
      await notify(tx, people, {
        kind: 'roadmap.review-due',
        params: { title: r.titleVi, titleEn: r.titleEn, reviewDate: r.reviewDate },
        link: `/roadmaps/${r.id}`,
      });
      await repo.markReminded(tx, r.id, r.reviewDate ?? today);
    });
  }
  return due.length;
}
