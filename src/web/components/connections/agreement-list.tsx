import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConnectionDetail } from '../../api/connections.js';
import { formatDate } from '../../lib/format-date.js';
import { useReferenceLabel } from './use-reference-options.js';
import { formatVnd, formatVndShort } from './vnd.js';

type Agreement = ConnectionDetail['agreements'][number];

function AgreementCard({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const right = useReferenceLabel('transfer-right');
  const form = useReferenceLabel('transfer-form');
  const mode = useReferenceLabel('transfer-mode');
  const lang = i18n.language;
  const facts: Array<[string, string | null]> = [
    [t('connections.agreements.signedOn'), formatDate(agreement.signedOn, lang)],
    [t('connections.agreements.parties'), agreement.parties.map((p) => `${p.name} (${t(`connections.agreements.roles.${p.role}`)})`).join('; ') || null],
    [t('connections.agreements.transferRight'), agreement.transferRight ? right(agreement.transferRight) : null],
    [t('connections.agreements.transferForms'), agreement.transferForms.map(form).join('; ') || null],
    [t('connections.agreements.transferModes'), agreement.transferModes.map(mode).join('; ') || null],
  ];
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Badge variant="light" mb={4}>
            {t(`connections.agreements.kinds.${agreement.kind}`)}
          </Badge>
          <Text fw={600}>{agreement.title}</Text>
        </div>
        {agreement.valueVnd !== null && (
          <div style={{ textAlign: 'right' }}>
            <Text fw={700} size="lg">
              {formatVndShort(agreement.valueVnd, lang)}
            </Text>
            <Text size="xs" c="dimmed">
              {formatVnd(agreement.valueVnd, lang)}
            </Text>
          </div>
        )}
      </Group>
      <Stack gap={2} mt="xs">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Text key={label} size="sm">
              <Text span c="dimmed">
                {label}:
              </Text>{' '}
              {value}
            </Text>
          ))}
      </Stack>
      {agreement.kind !== 'mou' && agreement.missingContents.length > 0 && (
        <Stack gap={2} mt="sm">
          <Text size="sm" c="orange.8" fw={600}>
            {t('connections.agreements.missing', { count: agreement.missingContents.length })}
          </Text>
          <List size="sm">
            {agreement.missingContents.map((item) => (
              <List.Item key={item.code}>{item.name}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Paper>
  );
}

/** MoUs and contracts recorded on the connection, with their values in đồng. */
export function AgreementList({ agreements }: { agreements: Agreement[] }) {
  const { t } = useTranslation();
  if (agreements.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('connections.agreements.empty')}
      </Text>
    );
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('connections.agreements.title')}>
      {agreements.map((agreement) => (
        <AgreementCard key={agreement.id} agreement={agreement} />
      ))}
    </Stack>
  );
}
