import { Container, ScrollArea, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferenceCategories } from '../../api/reference.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { ProvincesPanel } from './provinces-panel.js';
import { ReferenceTable } from './reference-table.js';

const PROVINCES = 'provinces';

/** Every reference list in tabs; names and the active flag are edited in place. */
export function ReferencePage() {
  const { t } = useTranslation();
  const categories = useReferenceCategories();
  const [tab, setTab] = useState<string | null>(PROVINCES);
  return (
    <Container size="xl" px={0}>
      <PageTitle>{t('admin.reference.title')}</PageTitle>
      {categories.isLoading && <LoadingState />}
      {categories.isError && <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <ScrollArea type="auto" offsetScrollbars>
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            <Tabs.Tab value={PROVINCES}>{t('admin.reference.categories.provinces')}</Tabs.Tab>
            {categories.data?.map(({ category, total }) => (
              <Tabs.Tab
                key={category}
                value={category}
                rightSection={
                  <Text span size="xs" c="dimmed">
                    {total}
                  </Text>
                }
              >
                {t(`admin.reference.categories.${category}`, { defaultValue: category })}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
        <Tabs.Panel value={PROVINCES} pt="md">
          <ProvincesPanel />
        </Tabs.Panel>
        {categories.data?.map(({ category }) => (
          <Tabs.Panel key={category} value={category} pt="md">
            <ReferenceTable category={category} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Container>
  );
}
