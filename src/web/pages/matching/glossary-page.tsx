import { Button, Container, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorText } from '../../api/form-errors.js';
import { useCreateGlossaryTerm, useGlossary } from '../../api/glossary.js';
import { CursorTable } from '../../components/cursor-table.js';
import { PageTitle } from '../../components/page-title.js';
import { GlossaryRow } from './glossary-row.js';
import { GlossarySectorSelect } from './glossary-sector-select.js';

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
  const field = (name: 'vi' | 'en', required: boolean) => (
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
          <GlossarySectorSelect
            label={t('admin.glossary.sector')}
            value={draft.sector}
            error={errors.sector}
            onChange={(sector) => setDraft((d) => ({ ...d, sector }))}
          />
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
      <CursorTable
        list={terms}
        label={t('admin.glossary.title')}
        emptyTitle={t('admin.glossary.empty')}
        headings={[t('admin.glossary.vi'), t('admin.glossary.en'), t('admin.glossary.sector')]}
        minWidth={720}
        row={(term) => <GlossaryRow key={term.id} term={term} />}
      />
    </Container>
  );
}
