import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordSegment } from '../../api/attachments.js';
import { AttachmentList } from './attachment-list.js';
import { AttachmentUpload } from './attachment-upload.js';

/** The "Tệp đính kèm" card of a detail page or form. */
export function AttachmentsSection({ segment, id, canEdit }: { segment: RecordSegment; id: string; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {t('catalogue.attachments.title')}
      </Title>
      <Stack gap="md">
        <AttachmentList segment={segment} id={id} />
        {canEdit && <AttachmentUpload segment={segment} id={id} allowConfidential={segment === 'demands'} />}
      </Stack>
    </Card>
  );
}
