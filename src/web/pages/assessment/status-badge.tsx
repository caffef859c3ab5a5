import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colours: Record<string, string> = { draft: 'gray', submitted: 'blue', returned: 'orange', approved: 'teal' };

/** An assessment's workflow status in words. */
export function AssessmentStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status] ?? 'gray'} variant="light">
      {t(`assessment.statuses.${status}`)}
    </Badge>
  );
}
