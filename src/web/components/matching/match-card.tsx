import { Anchor, Badge, Card, Group, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferMatch } from '../../api/matching.js';
import { useReasonText } from './use-reason-text.js';

type CardProps = {
  /** The matched record's page and language. */
  segment: 'offers' | 'experts' | 'demands';
  record: { id: string; language: string };
  title: string;
  subtitle: string | null;
  score: number;
  reasons: OfferMatch['reasons'];
  actions: ReactNode;
};

/** One matched record: its page, score, why it fits, and what the caller may do with it. */
export function MatchCard({ segment, record, title, subtitle, score, reasons, actions }: CardProps) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  return (
    <Card withBorder padding="sm" component="article" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Anchor component={Link} to={`/${segment}/${record.id}`} fw={600}>
          {title}
        </Anchor>
        <Badge variant="light" color="teal" tt="none" style={{ flexShrink: 0 }}>
          {t('catalogue.matches.score', { score })}
        </Badge>
      </Group>
      <Group gap="xs" mt={4} wrap="wrap">
        {subtitle && (
          <Text size="xs" c="dimmed">
            {subtitle}
          </Text>
        )}
        {record.language !== 'vi' && (
          <Badge variant="outline" color="gray" tt="none" size="sm">
            {t(`catalogue.languages.${record.language}`, { defaultValue: record.language })}
          </Badge>
        )}
      </Group>
      <List size="sm" mt="xs" spacing={2} aria-label={t('catalogue.matches.reasons')}>
        {reasons.map((reason) => (
          <List.Item key={reason.kind}>{reasonText(reason)}</List.Item>
        ))}
      </List>
      {actions && (
        <Group justify="flex-end" mt="xs" gap="xs" align="flex-start">
          {actions}
        </Group>
      )}
    </Card>
  );
}
