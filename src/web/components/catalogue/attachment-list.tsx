import { ActionIcon, Anchor, Badge, Group, Image, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFile, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAttachments, useDeleteAttachment, type RecordSegment } from '../../api/attachments.js';
import { errorText } from '../../api/form-errors.js';

function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The files of a record the caller may see, with thumbnails for images. */
export function AttachmentList({ segment, id }: { segment: RecordSegment; id: string }) {
  const { t } = useTranslation();
  const attachments = useAttachments(segment, id);
  const remove = useDeleteAttachment(segment, id);
  const items = attachments.data ?? [];
  if (attachments.isPending) return null;
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('catalogue.attachments.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((file) => (
        <Group key={file.id} component="li" gap="sm" wrap="nowrap">
          {file.thumbnailUrl ? <Image src={file.thumbnailUrl} alt="" w={48} h={48} radius="sm" fit="cover" /> : <IconFile size={32} aria-hidden />}
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Anchor href={file.downloadUrl} size="sm" truncate="end" aria-label={t('catalogue.attachments.download', { name: file.fileName })}>
              {file.fileName}
            </Anchor>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {fileSize(file.size)}
              </Text>
              {file.confidential && (
                <Badge size="xs" color="red" variant="light">
                  {t('catalogue.attachments.confidentialBadge')}
                </Badge>
              )}
            </Group>
          </Stack>
          {file.canDelete && (
            <Tooltip label={t('catalogue.attachments.delete')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('catalogue.attachments.delete')}: ${file.fileName}`}
                loading={remove.isPending && remove.variables === file.id}
                onClick={() =>
                  remove.mutate(file.id, {
                    onSuccess: () => notifications.show({ color: 'teal', message: t('catalogue.attachments.deleted') }),
                    onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
                  })
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ))}
    </Stack>
  );
}
