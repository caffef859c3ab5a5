import { Button, Center, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { shown: number; total: number; hasMore: boolean; loading: boolean; onMore: () => void };

/** "Đang hiển thị 20 / 57" and a "Xem thêm" button for cursor lists. */
export function LoadMore({ shown, total, hasMore, loading, onMore }: Props) {
  const { t } = useTranslation();
  return (
    <Center mt="md" style={{ flexDirection: 'column', gap: 8 }}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.shownOf', { shown, total })}
      </Text>
      {hasMore && (
        <Button variant="default" onClick={onMore} loading={loading}>
          {t('common.loadMore')}
        </Button>
      )}
    </Center>
  );
}
