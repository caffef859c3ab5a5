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

/** A record's workflow status in words and colour. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status] ?? 'gray'} variant="light" tt="none">
      {t(`catalogue.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
