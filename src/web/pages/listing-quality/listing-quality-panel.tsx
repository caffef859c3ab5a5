import { Alert, List, Progress, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listingQuality, QUALITY_MAX, type ListingText } from '../../../domain/catalogue/listing-quality.js';
import { useRecordForm } from '../catalogue/record/record-form.js';

type Values = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
const amount = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** What the listing says, as the score reads it: an offer's text, or a demand's public and confidential parts (seen by its writer only). */
function listingOf(kind: 'offer' | 'demand', v: Values): ListingText {
  if (kind === 'offer')
    return {
      kind,
      title: text(v.title),
      text: `${text(v.summary)}\n${text(v.description)}`,
      keywords: list(v.keywords),
      amountVnd: amount(v.priceVnd),
      trl: amount(v.trl) ?? (text(v.trl) ? Number(v.trl) : null),
      ipStatus: text(v.ipStatus) || null,
      ipNumbers: list(v.ipNumbers),
      transferForms: list(v.transferForms),
    };
  const details = (v.confidentialDetails ?? {}) as Values;
  return {
    kind,
    title: text(v.title),
    text: [v.publicSummary, details.problem, details.currentProcess, details.desiredOutcome, details.targets, details.constraints].map(text).join('\n'),
    keywords: list(v.keywords),
    amountVnd: amount(v.budgetMaxVnd) ?? amount(v.budgetMinVnd),
    trl: amount(v.minTrl) ?? (text(v.minTrl) ? Number(v.minTrl) : null),
    deadline: text(v.deadline) || null,
    transferForms: list(v.preferredTransferForms),
  };
}

/** The listing's score out of 20 while it is written, with one concrete prompt for each item it misses. */
export function ListingQualityPanel({ kind }: { kind: 'offer' | 'demand' }) {
  const { t } = useTranslation();
  const form = useRecordForm();
  const values = form.getValues();
  const quality = useMemo(() => listingQuality(listingOf(kind, values)), [kind, values]);
  const colour = quality.publishable ? (quality.missing.length ? 'blue' : 'teal') : 'red';
  return (
    <Alert color={colour} variant="light" title={t('listingQuality.title')} aria-live="polite" data-testid="listing-quality">
      <Text fw={700} data-score={quality.score}>
        {t('listingQuality.score', { score: quality.score })}
      </Text>
      <Progress value={(quality.score / QUALITY_MAX) * 100} color={colour} my="xs" aria-hidden />
      <Text size="sm">
        {quality.missing.length === 0 ? t('listingQuality.good') : quality.publishable ? t('listingQuality.fair') : t('listingQuality.weak')}
      </Text>
      {quality.missing.length > 0 && (
        <List size="sm" mt={4}>
          {quality.missing.map((item) => (
            <List.Item key={item}>{t(`listingQuality.prompts.${kind}.${item}`)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
