import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayAnswer } from '../../../domain/assessment/display-answer.js';
import type { Question } from '../../../domain/assessment/methodology-types.js';
import type { AnswerItem } from '../../api/assessment.js';
import { useLocalText } from './local-text.js';

/** An answer as either side holds it; null: not answered. */
type Shown = Pick<AnswerItem, 'status' | 'value'> | null;

const asAnswer = (a: NonNullable<Shown>) => (a.status === 'answered' ? { status: 'answered' as const, value: a.value ?? '' } : { status: a.status });

/**
 * The server's newer answer beside the person's own, when someone else saved the question since the
 * person's answer was based on it: they keep theirs or take the server's, nothing is overwritten
 * silently. `lead` says since when (the form downloaded, the page opened).
 */
export function AnswerConflictAlert({
  question,
  lead,
  mine,
  theirs,
  onChoose,
}: {
  question: Question;
  lead: string;
  mine: Shown;
  theirs: Shown;
  onChoose: (keep: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLocalText();
  const shown = (a: Shown) => (a ? displayAnswer(question, asAnswer(a))[lang] : t('assessment.field.conflict.none'));
  return (
    <Alert color="orange" title={t('assessment.field.conflict.title')}>
      <Stack gap={4}>
        <Text size="sm">{lead}</Text>
        <Text size="sm" fw={600}>
          {t('assessment.field.conflict.mine', { value: shown(mine) })}
        </Text>
        <Text size="sm" fw={600}>
          {t('assessment.field.conflict.theirs', { value: shown(theirs) })}
        </Text>
        <Group gap="xs" mt={4}>
          <Button size="xs" onClick={() => onChoose('mine')}>
            {t('assessment.field.conflict.keepMine')}
          </Button>
          <Button size="xs" variant="light" onClick={() => onChoose('theirs')}>
            {t('assessment.field.conflict.takeTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
