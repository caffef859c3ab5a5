import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconCheck, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkflowAction, type Abilities, type RecordSegment, type WorkflowAction } from '../../api/catalogue.js';
import { errorText } from '../../api/form-errors.js';
import { ReturnBody } from '../../../shared/catalogue/catalogue.schemas.js';
import { maxLengthOf } from '../../../shared/max-length.js';
import { LimitedTextarea, overLimit } from '../limited-textarea.js';

/** The longest reason the server takes: the counter shows it and a longer one is not sent. */
const REASON_MAX = maxLengthOf(ReturnBody.shape.reason);

type Props = { segment: RecordSegment; id: string; abilities: Partial<Abilities> | undefined; compact?: boolean };

/** Submit, publish, return (with a reason) and archive, shown only when the server says the caller may. */
export function WorkflowActions({ segment, id, abilities, compact = false }: Props) {
  const { t } = useTranslation();
  const action = useWorkflowAction(segment, id);
  const [returnOpened, returnModal] = useDisclosure(false);
  const [archiveOpened, archiveModal] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  if (!abilities) return null;

  const run = (name: WorkflowAction, reasonText?: string) =>
    action.mutate(
      { action: name, reason: reasonText },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(`catalogue.actions.done.${name}`) });
          returnModal.close();
          archiveModal.close();
          setReason('');
        },
        onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
      },
    );

  const confirmReturn = () => {
    if (!reason.trim()) return setReasonError(t('catalogue.returnModal.reasonRequired'));
    if (overLimit(reason, REASON_MAX)) return;
    run('return', reason.trim());
  };

  const size = compact ? 'xs' : 'sm';
  const publishLabel = segment === 'demands' ? t('catalogue.actions.open') : t('catalogue.actions.publish');
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {abilities.canSubmit && (
          <Button
            size={size}
            leftSection={<IconSend size={16} />}
            loading={action.isPending && action.variables?.action === 'submit'}
            onClick={() => run('submit')}
          >
            {t('catalogue.actions.submit')}
          </Button>
        )}
        {abilities.canPublish && (
          <Button
            size={size}
            color="teal"
            leftSection={<IconCheck size={16} />}
            loading={action.isPending && action.variables?.action === 'publish'}
            onClick={() => run('publish')}
          >
            {publishLabel}
          </Button>
        )}
        {abilities.canReturn && (
          <Button size={size} color="orange" variant="light" leftSection={<IconArrowBackUp size={16} />} onClick={returnModal.open}>
            {t('catalogue.actions.return')}
          </Button>
        )}
        {abilities.canArchive && (
          <Button size={size} color="gray" variant="subtle" leftSection={<IconArchive size={16} />} onClick={archiveModal.open}>
            {t('catalogue.actions.archive')}
          </Button>
        )}
      </Group>
      <Modal opened={returnOpened} onClose={returnModal.close} title={t('catalogue.returnModal.title')}>
        <Stack>
          <LimitedTextarea
            label={t('catalogue.returnModal.reason')}
            description={t('catalogue.returnModal.reasonHint')}
            autosize
            minRows={3}
            required
            data-autofocus
            max={REASON_MAX}
            value={reason}
            error={reasonError ?? undefined}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={returnModal.close}>
              {t('catalogue.actions.cancel')}
            </Button>
            <Button color="orange" loading={action.isPending} onClick={confirmReturn}>
              {t('catalogue.returnModal.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={archiveOpened} onClose={archiveModal.close} title={t('catalogue.actions.archive')}>
        <Text size="sm">{t('catalogue.actions.confirmArchive')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={archiveModal.close}>
            {t('catalogue.actions.cancel')}
          </Button>
          <Button color="gray" loading={action.isPending} onClick={() => run('archive')}>
            {t('catalogue.actions.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
