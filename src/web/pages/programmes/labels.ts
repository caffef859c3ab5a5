import { useTranslation } from 'react-i18next';
import { formatVnd, formatVndShort } from '../../components/connections/vnd.js';

/** Badge colours of a task's status: red for what ended badly, green for what ended well. */
export const statusColor = (status: string) =>
  ['rejected', 'inadmissible', 'terminated', 'withdrawn'].includes(status) ? 'red' : ['accepted', 'closed'].includes(status) ? 'green' : 'blue';

/** Colours of a report's status: overdue reports show red. */
export const reportColor = (status: string) =>
  status === 'overdue' ? 'red' : status === 'due-soon' ? 'orange' : status === 'filed-late' ? 'yellow' : status === 'filed' ? 'green' : 'gray';

/** Money the way the reader writes it, short ("1,5 tỷ đồng") or in full. */
export function useMoney() {
  const { i18n } = useTranslation();
  return {
    short: (amount: number | null | undefined) => formatVndShort(amount, i18n.language) ?? '—',
    full: (amount: number | null | undefined) => formatVnd(amount, i18n.language) ?? '—',
    percent: (share: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(share),
  };
}
