import { Button, Group, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Leads to the offers search (built in a later issue). */
export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/offers?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form role="search" onSubmit={onSubmit}>
      <Group gap="xs" align="flex-end" wrap="nowrap" maw={720}>
        <TextInput
          style={{ flex: 1 }}
          size="md"
          label={t('home.searchLabel')}
          placeholder={t('home.searchPlaceholder')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
        />
        <Button type="submit" size="md">
          {t('common.search')}
        </Button>
      </Group>
    </form>
  );
}
