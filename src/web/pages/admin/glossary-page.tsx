import { Button, Container, Group, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useCreateGlossaryTerm, useGlossary } from '../../api/glossary.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadMore } from '../../components/load-more.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { GlossaryRow } from './glossary-row.js';

const blank = { vi: '', en: '', sector: '' };

/** The matcher's Vietnamese–English glossary: agency staff search, add, correct and delete terms. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const terms = useGlossary(debounced);
  const create = useCreateGlossaryTerm();
  const [draft, setDraft] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { vi: draft.vi, en: draft.en, sector: draft.sector || null },
      {
        onSuccess: () => {
          setDraft(blank);
          setErrors({});
          notifications.show({ color: 'green', message: t('admin.glossary.added') });
        },
        onError: (error) => {
          if (!applyFieldErrors({ setErrors }, error)) notifications.show({ color: 'red', message: errorText(t, error) });
        },
      },
    );
  };
  const field = (name: 'vi' | 'en' | 'sector', required: boolean) => (
    <TextInput
      label={t(`admin.glossary.${name}`)}
      required={required}
      value={draft[name]}
      error={errors[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [name]: value }));
      }}
    />
  );
  return (
    <Container size="xl" px={0}>
      <PageTitle>{t('admin.glossary.title')}</PageTitle>
      <Text c="dimmed" mb="md" maw={760}>
        {t('admin.glossary.intro')}
      </Text>
      <form onSubmit={submit} aria-label={t('admin.glossary.add')}>
        <Group align="flex-end" mb="lg">
          {field('vi', true)}
          {field('en', true)}
          {field('sector', false)}
          <Button type="submit" loading={create.isPending}>
            {t('admin.glossary.add')}
          </Button>
        </Group>
      </form>
      <TextInput
        role="search"
        label={t('admin.glossary.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        maw={420}
        mb="md"
      />
      {terms.isLoading && <LoadingState lines={6} />}
      {terms.isError && <ErrorState error={terms.error} onRetry={() => void terms.refetch()} />}
      {terms.isSuccess && terms.items.length === 0 && <EmptyState title={t('admin.glossary.empty')} />}
      {terms.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" aria-label={t('admin.glossary.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.glossary.vi')}</Table.Th>
                <Table.Th>{t('admin.glossary.en')}</Table.Th>
                <Table.Th>{t('admin.glossary.sector')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {terms.items.map((term) => (
                <GlossaryRow key={term.id} term={term} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {terms.items.length > 0 && (
        <LoadMore shown={terms.items.length} total={terms.total} hasMore={terms.hasNextPage} loading={terms.isFetchingNextPage} onMore={() => void terms.fetchNextPage()} />
      )}
    </Container>
  );
}
