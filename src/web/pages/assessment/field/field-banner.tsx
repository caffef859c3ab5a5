import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCloudCheck, IconCloudOff, IconCloudUpload, IconLoader } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { syncNow, type SyncPhase } from './field-sync.js';

const look: Record<SyncPhase, { color: string; icon: typeof IconCloudOff }> = {
  offline: { color: 'orange', icon: IconCloudOff },
  waiting: { color: 'blue', icon: IconCloudUpload },
  sending: { color: 'indigo', icon: IconLoader },
  sent: { color: 'teal', icon: IconCloudCheck },
  idle: { color: 'gray', icon: IconCloudCheck },
};

/** Where the device's changes are: offline, N waiting, sending, or all sent; a live region so a screen reader hears it change. */
export function FieldBanner({ phase, waiting }: { phase: SyncPhase; waiting: number }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = look[phase];
  const count = waiting > 0 ? t('assessment.field.banner.waiting', { count: waiting }) : '';
  const lines: Record<SyncPhase, string> = {
    offline: `${t('assessment.field.banner.offline')} ${count}`,
    sending: t('assessment.field.banner.sending'),
    waiting: count,
    sent: t('assessment.field.banner.sent'),
    idle: count || t('assessment.field.banner.idle'),
  };
  return (
    <Alert color={color} icon={<Icon size={20} />} role="status" aria-label={t('assessment.field.banner.label')} data-testid="field-banner" data-phase={phase}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">{lines[phase].trim()}</Text>
        {(phase === 'waiting' || phase === 'idle') && waiting > 0 && (
          <Button size="xs" variant="light" onClick={() => void syncNow()}>
            {t('assessment.field.banner.sendNow')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
