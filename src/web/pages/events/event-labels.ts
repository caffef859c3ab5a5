import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';

/** The event's name in the reader's language (the Vietnamese one when no English name was given). */
export function useEventName() {
  const { i18n } = useTranslation();
  return (event: { name: string; nameEn: string | null }) => (i18n.language === 'en' && event.nameEn ? event.nameEn : event.name);
}

/** "24/11/2019 – 26/11/2019", or one date for a one-day event. */
export function useDateRange() {
  const { i18n } = useTranslation();
  return (startsOn: string, endsOn: string) =>
    startsOn === endsOn ? formatDate(startsOn, i18n.language) : `${formatDate(startsOn, i18n.language)} – ${formatDate(endsOn, i18n.language)}`;
}

/** "08:30" in the event's time zone. */
export function timeOf(instant: string, timeZone = 'Asia/Ho_Chi_Minh') {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}
