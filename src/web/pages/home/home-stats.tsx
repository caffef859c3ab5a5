import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet, type Page } from '../../api/client.js';
import { useConnectionPoints } from '../../api/connection-points.js';
import { useCurrentProvinces } from '../../api/reference.js';

function Stat({ label, value }: { label: string; value: number | undefined }) {
  return (
    <Paper withBorder p="md">
      {value === undefined ? (
        <Skeleton height={34} width={60} />
      ) : (
        <Text fz={30} fw={700} c="teal.8">
          {value.toLocaleString('vi-VN')}
        </Text>
      )}
      <Text c="dimmed" size="sm">
        {label}
      </Text>
    </Paper>
  );
}

/** Counts a visitor can trust: they come from the same lists the directory shows. */
export function HomeStats() {
  const { t } = useTranslation();
  const organisations = useQuery({
    queryKey: ['organisations', 'count'],
    queryFn: () => apiGet<Page<unknown>>('/api/organisations', { limit: 1 }).then((page) => page.total),
  });
  const points = useConnectionPoints();
  const provinces = useCurrentProvinces();
  return (
    <section aria-label={t('home.statsLabel')}>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Stat label={t('home.stats.organisations')} value={organisations.data} />
        <Stat label={t('home.stats.connectionPoints')} value={points.data?.filter((p) => p.active).length} />
        <Stat label={t('home.stats.provinces')} value={provinces.data?.length} />
      </SimpleGrid>
    </section>
  );
}
