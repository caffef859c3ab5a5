import { Card, Group, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Card-shaped placeholders while search results load, so the page does not jump. */
export function ResultSkeleton({ count = 4 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" role="status">
      <VisuallyHidden>{t('common.loading', { defaultValue: 'Đang tải…' })}</VisuallyHidden>
      {Array.from({ length: count }, (_, index) => (
        <Card key={index} withBorder padding="md">
          <Skeleton height={20} width="70%" mb="sm" />
          <Skeleton height={12} mb={6} />
          <Skeleton height={12} width="85%" mb="sm" />
          <Group gap="xs">
            <Skeleton height={18} width={60} radius="xl" />
            <Skeleton height={18} width={90} radius="xl" />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
