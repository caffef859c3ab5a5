/** Where a roadmap stands against its review date; `today` and `reviewDate` as YYYY-MM-DD. */
export type ReviewState = 'none' | 'scheduled' | 'due-soon' | 'overdue';

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * "due-soon" within `remindDays` before the review (the reminder), "overdue" after it: overdue
 * roadmaps are flagged on the owner's and the connection point's dashboards.
 */
export function reviewState(reviewDate: string | null, today: string, remindDays = 30): ReviewState {
  if (reviewDate === null) return 'none';
  const daysLeft = dayNumber(reviewDate) - dayNumber(today);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= remindDays ? 'due-soon' : 'scheduled';
}
