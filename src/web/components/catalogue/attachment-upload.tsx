import { Button, Checkbox, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/limits.js';
import { useUploadAttachment, type RecordSegment } from '../../api/attachments.js';
import { errorText } from '../../api/form-errors.js';

const accept = 'application/pdf,image/*,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp';

/** Pick a file and it uploads at once, with a progress bar; a demand's files may be marked confidential. */
export function AttachmentUpload({ segment, id, allowConfidential }: { segment: RecordSegment; id: string; allowConfidential: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(segment, id);
  const [percent, setPercent] = useState(0);
  const [confidential, setConfidential] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFile = (file: File | null) => {
    if (!file) return;
    setError(null);
    if (file.size > ATTACHMENT_MAX_BYTES) return setError(t('catalogue.attachments.tooLarge'));
    setPercent(0);
    upload.mutate(
      { file, confidential, onProgress: setPercent },
      {
        onSuccess: (created) => notifications.show({ color: 'teal', message: t('catalogue.attachments.uploaded', { name: created.fileName }) }),
        onError: (failure) => setError(errorText(t, failure)),
      },
    );
  };

  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <FileButton onChange={onFile} accept={accept}>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconPaperclip size={16} />} loading={upload.isPending} data-testid="attachment-upload">
              {t('catalogue.attachments.choose')}
            </Button>
          )}
        </FileButton>
        {allowConfidential && (
          <Checkbox label={t('catalogue.attachments.confidential')} checked={confidential} onChange={(e) => setConfidential(e.currentTarget.checked)} />
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('catalogue.attachments.hint')}
      </Text>
      {upload.isPending && (
        <div role="status">
          <Progress value={percent} animated aria-label={t('catalogue.attachments.uploading', { percent })} />
          <Text size="xs" c="dimmed" mt={2}>
            {t('catalogue.attachments.uploading', { percent })}
          </Text>
        </div>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
