import { Button, EmptyState, List } from '@mantine/core';
import { IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { searched: boolean; hasFilters: boolean; onClearFilters: () => void };

/** "Không tìm thấy kết quả" with what to try next. */
export function NoResults({ searched, hasFilters, onClearFilters }: Props) {
  const { t } = useTranslation();
  if (!searched && !hasFilters) {
    return <EmptyState icon={<IconSearchOff size={32} />} withIndicatorBackground title={t('catalogue.search.noRecordsYet')} py="xl" />;
  }
  return (
    <EmptyState
      icon={<IconSearchOff size={32} />}
      withIndicatorBackground
      title={t('catalogue.search.emptyTitle')}
      description={t('catalogue.search.emptyDescription')}
      py="xl"
    >
      <List size="sm" mt="sm" ta="left" maw={460} mx="auto">
        <List.Item>{t('catalogue.search.suggestSpelling')}</List.Item>
        <List.Item>{t('catalogue.search.suggestFewerWords')}</List.Item>
        {hasFilters && <List.Item>{t('catalogue.search.suggestClearFilters')}</List.Item>}
      </List>
      {hasFilters && (
        <EmptyState.Actions>
          <Button variant="light" onClick={onClearFilters}>
            {t('catalogue.search.clearFilters')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
