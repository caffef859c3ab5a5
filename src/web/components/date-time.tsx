import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../lib/format-date.js';

/** A timestamp shown in Asia/Ho_Chi_Minh, machine-readable in `datetime`. */
export function DateTime({ value, dateOnly = false }: { value: string | null | undefined; dateOnly?: boolean }) {
  const { i18n } = useTranslation();
  if (!value) return <>—</>;
  return (
    <time dateTime={value} style={{ whiteSpace: 'nowrap' }}>
      {dateOnly ? formatDate(value, i18n.language) : formatDateTime(value, i18n.language)}
    </time>
  );
}
