import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecordSegment } from '../../api/catalogue.js';
import { errorText } from '../../api/form-errors.js';
import { useDismissRecord, useHasSavedSearch } from '../../api/saved-searches.js';
import { useMe } from '../../api/auth.js';

const typeOf = { offers: 'offer', demands: 'demand', experts: 'expert' } as const;

/** On a record's page, for someone with a saved search of its kind: never announce this record to me again. */
export function NotInterestedButton({ segment, recordId }: { segment: RecordSegment; recordId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const hasSearch = useHasSavedSearch(typeOf[segment], !!me.data?.user);
  const dismiss = useDismissRecord();
  if (!hasSearch) return null;
  if (dismiss.isSuccess)
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('savedSearches.dismissed')}
      </Text>
    );
  return (
    <Button
      variant="default"
      leftSection={<IconBellOff size={16} />}
      title={t('savedSearches.notInterestedHint')}
      loading={dismiss.isPending}
      onClick={() => dismiss.mutate(recordId, { onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }) })}
    >
      {t('savedSearches.notInterested')}
    </Button>
  );
}
