import { Card, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListingOutcome } from '../../../shared/listing-outcomes/listing-outcomes.schemas.js';
import { outcomeKeys, outcomeLabels } from '../../../shared/listing-outcomes/outcome-labels.js';
import { formatVndShort } from '../../components/connections/vnd.js';
import { formatCount } from '../../lib/format-count.js';

const lang = (language: string) => (language === 'en' ? 'en' : 'vi');

/** A figure as the reader's language writes it: money in "tỷ đồng", counts with their separators. */
export function useOutcomeValue() {
  const { i18n } = useTranslation();
  return (key: keyof ListingOutcome, value: number) =>
    key.endsWith('ValueVnd') ? (formatVndShort(value, i18n.language) ?? '0') : formatCount(value, i18n.language);
}

/** Each figure in a small card with its name and, below it, what it counts. */
export function OutcomeFigures({ outcome, cols = { base: 2, sm: 3 } }: { outcome: ListingOutcome; cols?: { base: number; sm: number } }) {
  const { i18n } = useTranslation();
  const value = useOutcomeValue();
  return (
    <SimpleGrid cols={cols} spacing="xs">
      {outcomeKeys.map((key) => {
        const label = outcomeLabels[key][lang(i18n.language)];
        return (
          <Card key={key} withBorder padding="xs" radius="md" data-figure={key}>
            <Tooltip label={label.meaning} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
              <Text size="xs" c="dimmed" tabIndex={0}>
                {label.label}
              </Text>
            </Tooltip>
            <Text fw={700} size="lg">
              {value(key, outcome[key])}
            </Text>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

/** What every figure counts, as a list (the workbook's "Definitions" sheet says the same). */
export function OutcomeDefinitions() {
  const { i18n } = useTranslation();
  return (
    <dl style={{ margin: 0 }}>
      {outcomeKeys.map((key) => {
        const label = outcomeLabels[key][lang(i18n.language)];
        return (
          <div key={key} style={{ marginBottom: 6 }}>
            <Text component="dt" size="sm" fw={600}>
              {label.label}
            </Text>
            <Text component="dd" size="sm" c="dimmed" m={0}>
              {label.meaning}
            </Text>
          </div>
        );
      })}
    </dl>
  );
}
