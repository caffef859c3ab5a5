/** A moment in Viet Nam's time zone as "HH:mm dd/mm/yyyy" (e.g. "23:45 02/12/2026"), for messages and mails. */
export function vietnamTime(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
}

/** Today in Viet Nam (UTC+7, no daylight saving) as yyyy-mm-dd: the day a date a person types or is shown belongs to. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
