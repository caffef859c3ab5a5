import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge, IconCopyOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkDistinct, useMergeDuplicates, type DuplicatePair } from '../../api/duplicates.js';
import { errorText } from '../../api/form-errors.js';

type Side = DuplicatePair['a'];
type Decision = { kind: 'merge'; keep: Side; merge: Side } | { kind: 'distinct' };

/** A moderator's two answers to a likely duplicate pair: merge it (keeping either record) or mark it distinct; each asks for confirmation. */
export function PairDecision({ pair, type }: { pair: DuplicatePair; type: 'offer' | 'demand' }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision | null>(null);
  const merge = useMergeDuplicates();
  const distinct = useMarkDistinct();
  const pending = merge.isPending || distinct.isPending;
  const done = (message: string) => {
    setDecision(null);
    notifications.show({ color: 'green', message });
  };
  const failed = (error: unknown) => notifications.show({ color: 'red', message: errorText(t, error) });
  const confirm = () => {
    if (!decision) return;
    if (decision.kind === 'merge')
      merge.mutate(
        { type, keepId: decision.keep.id, mergeId: decision.merge.id },
        { onSuccess: () => done(t('duplicates.merged', { title: decision.keep.title })), onError: failed },
      );
    else distinct.mutate({ type, aId: pair.a.id, bId: pair.b.id }, { onSuccess: () => done(t('duplicates.markedDistinct')), onError: failed });
  };
  return (
    <>
      <Group gap="xs" mt="sm" wrap="wrap">
        {[
          [pair.a, pair.b],
          [pair.b, pair.a],
        ].map(([keep, other]) => (
          <Button
            key={keep!.id}
            size="xs"
            variant="light"
            leftSection={<IconArrowMerge size={16} />}
            onClick={() => setDecision({ kind: 'merge', keep: keep!, merge: other! })}
            aria-label={`${t(keep === pair.a ? 'duplicates.keepFirst' : 'duplicates.keepSecond')}: ${keep!.title}`}
          >
            {t(keep === pair.a ? 'duplicates.keepFirst' : 'duplicates.keepSecond')}
          </Button>
        ))}
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconCopyOff size={16} />} onClick={() => setDecision({ kind: 'distinct' })}>
          {t('duplicates.distinct')}
        </Button>
      </Group>
      <Modal
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision?.kind === 'merge' ? t('duplicates.mergeTitle') : t('duplicates.distinctTitle')}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">
            {decision?.kind === 'merge'
              ? t('duplicates.mergeExplain', { keep: decision.keep.title, merge: decision.merge.title })
              : t('duplicates.distinctExplain')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDecision(null)}>
              {t('duplicates.cancel')}
            </Button>
            <Button color={decision?.kind === 'merge' ? 'orange' : 'blue'} loading={pending} onClick={confirm}>
              {decision?.kind === 'merge' ? t('duplicates.confirmMerge') : t('duplicates.confirmDistinct')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
