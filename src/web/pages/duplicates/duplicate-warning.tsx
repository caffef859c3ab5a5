import { Alert, Anchor, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDuplicateCheck } from '../../api/duplicates.js';
import { useRecordForm } from '../catalogue/record/record-form.js';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value ? Number(value) : null);

/** Warns the person entering an offer or demand of catalogue records it likely duplicates, as they type (public parts only). */
export function DuplicateWarning({ kind, recordId }: { kind: 'offer' | 'demand'; recordId?: string }) {
  const { t } = useTranslation();
  const values = useRecordForm().getValues();
  const title = text(values.title).trim();
  const draft =
    title.length >= 8
      ? {
          type: kind,
          id: recordId,
          title,
          summary: text(kind === 'offer' ? values.summary : values.publicSummary) || null,
          description: kind === 'offer' ? text(values.description) || null : null,
          sectorCode: text(values.sectorCode) || null,
          trl: number(kind === 'offer' ? values.trl : values.minTrl),
        }
      : null;
  // Debounced as text: an object made afresh on every render would never settle.
  const [debounced] = useDebouncedValue(JSON.stringify(draft), 800);
  const check = useDuplicateCheck(useMemo(() => JSON.parse(debounced) as typeof draft, [debounced]));
  const items = check.data?.items ?? [];
  if (items.length === 0) return null;
  const segment = kind === 'offer' ? 'offers' : 'demands';
  return (
    <Alert color="orange" variant="light" icon={<IconCopy size={18} />} title={t('duplicates.warningTitle')} aria-live="polite">
      <Text size="sm">{t('duplicates.warning')}</Text>
      <List size="sm" mt={4}>
        {items.map((item) => (
          <List.Item key={item.record.id}>
            <Anchor component={Link} to={`/${segment}/${item.record.id}`} target="_blank">
              {item.record.title}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              ({t('duplicates.similar', { percent: Math.round(item.score * 100) })})
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
