import { Card, Group, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DemandConfidentialDetails } from '../../../../../shared/catalogue/demand.schemas.js';
import { FactList } from '../../../../components/catalogue/fact-list.js';

export const confidentialParts = ['problem', 'currentProcess', 'desiredOutcome', 'targets', 'constraints'] as const;

/**
 * The confidential part of a demand; the API sends it only to those allowed to read it. To
 * everyone else it says the part exists and who may read it, rather than leaving a gap.
 */
export function DemandConfidentialSection({ details }: { details: DemandConfidentialDetails | undefined }) {
  const { t } = useTranslation();
  if (!details) {
    return (
      <Card withBorder padding="md" data-testid="confidential-hidden">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconLock size={18} color="var(--mantine-color-gray-6)" aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm" c="dimmed">
            {t('catalogue.detail.confidentialHidden')}
          </Text>
        </Group>
      </Card>
    );
  }
  return (
    <Card withBorder padding="md" style={{ borderColor: 'var(--mantine-color-red-3)' }} data-testid="confidential-details">
      <Group gap="xs" mb={4}>
        <IconLock size={18} color="var(--mantine-color-red-6)" aria-hidden />
        <Title order={2} size="h4">
          {t('catalogue.fields.confidentialDetails')}
        </Title>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('catalogue.detail.confidentialNotice')}
      </Text>
      <FactList
        facts={confidentialParts.map((part) => ({
          label: t(`catalogue.fields.${part}`),
          value: details[part] ? <span style={{ whiteSpace: 'pre-line' }}>{details[part]}</span> : null,
        }))}
      />
    </Card>
  );
}
