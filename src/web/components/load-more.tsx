import { Button, Center, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../lib/format-count.js';

/** `estimated`: the total is the server's estimate (a very large result). */
type Props = { shown: number; total: number; estimated?: boolean; hasMore: boolean; loading: boolean; onMore: () => void };

/** "Đang hiển thị 20 / 57" and a "Xem thêm" button for cursor lists. */
export function LoadMore({ shown, total, estimated = false, hasMore, loading, onMore }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Center mt="md" style={{ flexDirection: 'column', gap: 8 }}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.shownOf', { shown: formatCount(shown, i18n.language), total: formatCount(total, i18n.language, estimated) })}
      </Text>
      {hasMore && (
        <Button variant="default" onClick={onMore} loading={loading}>
          {t('common.loadMore')}
        </Button>
      )}
    </Center>
  );
}
