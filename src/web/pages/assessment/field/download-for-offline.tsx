import { Alert, Anchor, Button, Card, Stack, Text } from '@mantine/core';
import { IconCloudDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Campaign } from '../../../api/assessment.js';
import { formatDateTime } from '../../../lib/format-date.js';
import { downloadCampaign } from './field-download.js';
import { getPack } from './field-store.js';

/** On a campaign's page: keep its forms, targets and started assessments on this device for a visit without signal. */
export function DownloadForOffline({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const [downloadedAt, setDownloadedAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getPack(campaign.id).then((pack) => setDownloadedAt(pack?.downloadedAt ?? null));
  }, [campaign.id]);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadCampaign(campaign);
      setDownloadedAt((await getPack(campaign.id))?.downloadedAt ?? null);
    } catch (e) {
      setError(t('assessment.field.downloadFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder radius="md" padding="sm">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('assessment.field.downloadLead')}</Text>
        <Button leftSection={<IconCloudDownload size={18} />} variant="light" loading={busy} onClick={() => void download()}>
          {t('assessment.field.download')}
        </Button>
        {error && <Alert color="red">{error}</Alert>}
        {downloadedAt && (
          <>
            <Text size="sm" c="dimmed">
              {t('assessment.field.downloaded', { time: formatDateTime(downloadedAt, i18n.language) })}
            </Text>
            <Anchor component={Link} to={`/field/campaigns/${campaign.id}`} fw={600}>
              {t('assessment.field.open')}
            </Anchor>
          </>
        )}
      </Stack>
    </Card>
  );
}
