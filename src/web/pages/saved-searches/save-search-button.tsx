import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savedSearchFrequencies } from '../../../shared/saved-searches/saved-searches.schemas.js';
import { useMe } from '../../api/auth.js';
import type { RecordSegment } from '../../api/catalogue.js';
import { useSaveSearch } from '../../api/saved-searches.js';
import { errorText } from '../../api/form-errors.js';

type Frequency = (typeof savedSearchFrequencies)[number];
const typeOf = { offers: 'offer', demands: 'demand', experts: 'expert' } as const;

/** "Save search" on a catalogue list, for someone signed in: the list's words and filters, and how often to hear of new matches. */
export function SaveSearchButton({ segment, query }: { segment: RecordSegment; query: Record<string, unknown> }) {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, modal] = useDisclosure(false);
  const save = useSaveSearch();
  const words = typeof query.q === 'string' ? query.q : '';
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<Frequency>('daily');
  if (!me.data?.user) return null;
  const saved: Record<string, string> = Object.fromEntries(
    Object.entries(query)
      .filter(([key, value]) => value !== undefined && value !== null && value !== '' && !['sort', 'limit', 'cursor'].includes(key))
      .map(([key, value]) => [key, String(value)]),
  );
  const open = () => {
    setName(words || t(`savedSearches.types.${typeOf[segment]}`));
    modal.open();
  };
  const submit = () =>
    save.mutate(
      { type: typeOf[segment], name: name.trim(), query: saved, frequency },
      {
        onSuccess: (search) => {
          modal.close();
          notifications.show({ color: 'teal', message: t('savedSearches.saved', { name: search.name }) });
        },
        onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
      },
    );
  return (
    <>
      <Button variant="light" leftSection={<IconBell size={16} />} onClick={open}>
        {t('savedSearches.save')}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t('savedSearches.saveTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('savedSearches.saveIntro')}</Text>
          <TextInput label={t('savedSearches.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={200} />
          <Select
            label={t('savedSearches.frequency')}
            value={frequency}
            onChange={(v) => v && setFrequency(v as Frequency)}
            allowDeselect={false}
            data={savedSearchFrequencies.map((f) => ({ value: f, label: t(`savedSearches.frequencies.${f}`) }))}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              {t('savedSearches.cancel')}
            </Button>
            <Button onClick={submit} loading={save.isPending} disabled={!name.trim()}>
              {t('savedSearches.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
