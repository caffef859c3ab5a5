import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colours: Record<string, string> = {
  draft: 'gray',
  submitted: 'yellow',
  returned: 'orange',
  expired: 'gray',
  published: 'teal',
  open: 'teal',
  connecting: 'blue',
  fulfilled: 'green',
  closed: 'dark',
  archived: 'dark',
};

/** A light yellow badge needs darker text than Mantine's (#ad5900 on #fff3bf is 4.47:1) to reach 4.5:1; this one is 5.8:1. */
const darkText: Record<string, string> = { yellow: '#7c5800' };

/** A record's workflow status in words and colour. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status] ?? 'gray'} c={darkText[colours[status] ?? '']} variant="light" tt="none">
      {t(`catalogue.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
