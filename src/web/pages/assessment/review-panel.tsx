import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { showNotice } from './notice.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApproveAssessment, useReturnAssessment } from '../../api/assessment.js';
import { errorText } from '../../api/form-errors.js';
import { ApiError } from '../../api/client.js';
import { NOTE_MAX } from '../../../shared/limits.js';
import { LimitedTextarea, overLimit } from '../../components/limited-textarea.js';

/** The assessor's decision on a submitted assessment: return it with a comment, or approve it. */
export function ReviewPanel({ id, reopen = false }: { id: string; reopen?: boolean }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const back = useReturnAssessment(id);
  const approve = useApproveAssessment(id);
  const fail = (e: unknown) => {
    const field = e instanceof ApiError ? e.fields[0]?.message : undefined;
    if (field) setError(field);
    else showNotice(t, { color: 'red', message: errorText(t, e) });
  };
  return (
    <Card withBorder radius="md" padding="md" bg="var(--mantine-color-blue-light)">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {reopen ? t('assessment.form.reopen') : t('assessment.form.review')}
        </Title>
        <Text size="sm">{reopen ? t('assessment.form.reopenLead') : t('assessment.form.reviewLead')}</Text>
        <LimitedTextarea
          label={t('assessment.form.returnComment')}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          autosize
          minRows={2}
          max={NOTE_MAX}
        />
        <Group>
          <Button
            variant="default"
            loading={back.isPending}
            disabled={overLimit(comment, NOTE_MAX)}
            onClick={() => back.mutate(comment, { onSuccess: () => showNotice(t, { message: t('assessment.form.returned') }), onError: fail })}
          >
            {reopen ? t('assessment.form.reopen') : t('assessment.form.return')}
          </Button>
          {!reopen && (
            <Button
              color="teal"
              loading={approve.isPending}
              disabled={overLimit(comment, NOTE_MAX)}
              onClick={() =>
                approve.mutate(comment.trim() || null, {
                  onSuccess: () => showNotice(t, { color: 'teal', message: t('assessment.form.approved') }),
                  onError: fail,
                })
              }
            >
              {t('assessment.form.approve')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
