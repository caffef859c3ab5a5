import { ActionIcon, Anchor, Button, FileButton, Group, Image, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconCamera, IconFileTypePdf, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/attachments/attachment.schemas.js';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/limits.js';
import { useDeleteAttachment, useUploadAttachment } from '../../api/attachments.js';
import { errorText } from '../../api/form-errors.js';
import { showNotice } from './notice.js';

/** Photos (a phone offers its camera for `image/*`) and PDF documents: what evidence may be. */
const accept = 'image/*,application/pdf';

/** The evidence files of one answer: thumbnails, and while the answers may be edited, add and delete. */
export function AnswerEvidence({
  assessmentId,
  questionId,
  files,
  editable,
}: {
  assessmentId: string;
  questionId: string;
  files: Attachment[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const upload = useUploadAttachment('assessments', assessmentId);
  const remove = useDeleteAttachment('assessments', assessmentId);
  const [percent, setPercent] = useState(0);
  const [error, setError] = useState<string | null>(null);
  if (!editable && files.length === 0) return null;

  const onFile = (file: File | null) => {
    if (!file) return;
    setError(null);
    if (file.size > ATTACHMENT_MAX_BYTES) return setError(t('assessment.evidence.tooLarge'));
    setPercent(0);
    upload.mutate(
      { file, confidential: false, subject: questionId, onProgress: setPercent },
      {
        onSuccess: (created) => showNotice(t, { color: 'teal', message: t('assessment.evidence.uploaded', { name: created.fileName }) }),
        onError: (failure) => setError(errorText(t, failure)),
      },
    );
  };

  return (
    <Stack gap={6} data-testid={`evidence-${questionId}`}>
      <Text size="sm" fw={500}>
        {t('assessment.evidence.files', { count: files.length })}
      </Text>
      {files.length > 0 && (
        <Group gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {files.map((file) => (
            <Group key={file.id} component="li" gap={4} wrap="nowrap" maw="100%">
              <Anchor href={file.downloadUrl} aria-label={t('assessment.evidence.download', { name: file.fileName })} title={file.fileName}>
                {file.thumbnailUrl ? (
                  <Image src={file.thumbnailUrl} alt={file.fileName} w={64} h={64} radius="sm" fit="cover" />
                ) : (
                  <Group gap={4} wrap="nowrap" maw={220}>
                    <IconFileTypePdf size={28} aria-hidden />
                    <Text size="xs" truncate="end">
                      {file.fileName}
                    </Text>
                  </Group>
                )}
              </Anchor>
              {editable && file.canDelete && (
                <Tooltip label={t('assessment.evidence.delete')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t('assessment.evidence.delete')}: ${file.fileName}`}
                    loading={remove.isPending && remove.variables === file.id}
                    onClick={() =>
                      remove.mutate(file.id, {
                        onSuccess: () => showNotice(t, { color: 'teal', message: t('assessment.evidence.deleted') }),
                        onError: (e) => showNotice(t, { color: 'red', message: errorText(t, e) }),
                      })
                    }
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          ))}
        </Group>
      )}
      {editable && (
        <>
          <FileButton onChange={onFile} accept={accept}>
            {(props) => (
              <Button
                {...props}
                variant="light"
                size="xs"
                leftSection={<IconCamera size={16} />}
                loading={upload.isPending}
                style={{ alignSelf: 'flex-start' }}
                data-testid={`evidence-add-${questionId}`}
              >
                {t('assessment.evidence.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('assessment.evidence.hint')}
          </Text>
        </>
      )}
      {upload.isPending && (
        <div role="status">
          <Progress value={percent} animated aria-label={t('assessment.evidence.uploading', { percent })} />
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
