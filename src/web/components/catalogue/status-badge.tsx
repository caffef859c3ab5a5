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

/** Light yellow and orange badges need darker text than Mantine's to reach 4.5:1 at badge size. */
const darkText: Record<string, string> = { yellow: 'yellow.9', orange: 'orange.9' };

/** A record's workflow status in words and colour. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status] ?? 'gray'} c={darkText[colours[status] ?? '']} variant="light" tt="none">
      {t(`catalogue.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
