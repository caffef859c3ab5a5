/** Dates are stored in UTC and always shown in Vietnam's time zone, whatever the browser's. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

function locale(lang: string) {
  return lang === 'en' ? 'en-GB' : 'vi-VN';
}

export function formatDateTime(value: string | Date | null | undefined, lang: string): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** dd/mm/yyyy in both languages (a "medium" style wrote "15 thg 5, 2017"). */
export function formatDate(value: string | Date | null | undefined, lang: string): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale(lang), { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(value));
}
