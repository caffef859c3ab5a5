import { ActionIcon, Button, FileButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCamera, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../domain/assessment/methodology-types.js';
import { EVIDENCE_MAX } from '../../../../shared/assessment/assessment.schemas.js';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/limits.js';
import type { AnswerItem } from '../../../api/assessment.js';
import { AnswerConflictAlert } from '../answer-conflict-alert.js';
import { useLocalText } from '../local-text.js';
import { AnswerControls, QuestionTitle } from '../question-field.js';
import { editAnswer, resolveConflict } from './field-queue.js';
import { deletePhoto, getDraft, putPhoto } from './field-store.js';
import { keepDraft, refreshWaiting, syncNow } from './field-sync.js';
import type { FieldDraft, FieldPhoto } from './field-types.js';

type Status = AnswerItem['status'];
type Value = NonNullable<AnswerItem['value']>;

/** One question filled in on the device: kept in IndexedDB at each change, sent when there is a network; photos wait as Blobs. */
export function FieldQuestion({ draft, question, photos }: { draft: FieldDraft; question: Question; photos: FieldPhoto[] }) {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const stored = draft.answers[question.id];
  const [status, setStatus] = useState<Status>(stored?.status ?? 'answered');
  const [value, setValue] = useState<Value | undefined>(stored?.value ?? undefined);
  const [evidence, setEvidence] = useState(stored?.evidence ?? '');
  const [photoError, setPhotoError] = useState<string | null>(null);

  const keep = async (change: (latest: FieldDraft) => FieldDraft) => keepDraft(change((await getDraft(draft.id)) ?? draft));
  const save = (next: { status?: Status; value?: Value; evidence?: string }) => {
    const s = next.status ?? status;
    const v = 'value' in next ? next.value : value;
    if (s === 'answered' && v === undefined) return;
    const note = ('evidence' in next ? next.evidence : evidence) || null;
    void keep((latest) => editAnswer(latest, question.id, { status: s, ...(s === 'answered' ? { value: v } : {}), evidence: note }));
  };
  const choose = (keepWhich: 'mine' | 'theirs') => {
    const server = stored?.conflict;
    if (keepWhich === 'theirs') {
      setStatus(server?.status ?? 'answered');
      setValue(server?.value ?? undefined);
      setEvidence(server?.evidence ?? '');
    }
    void keep((latest) => resolveConflict(latest, question.id, keepWhich));
  };
  const addPhoto = async (file: File | null) => {
    if (!file) return;
    setPhotoError(null);
    if (file.size > ATTACHMENT_MAX_BYTES) return setPhotoError(t('assessment.evidence.tooLarge'));
    await putPhoto({ id: crypto.randomUUID(), assessmentId: draft.id, questionId: question.id, fileName: file.name, blob: file });
    await refreshWaiting();
    void syncNow();
  };
  const removePhoto = async (id: string) => {
    await deletePhoto(id);
    await refreshWaiting();
  };
  return (
    <Stack gap="xs" role="group" aria-label={text(question.label)}>
      <QuestionTitle question={question} />
      <AnswerControls question={question} status={status} value={value} error={stored?.error} onStatus={setStatus} onValue={setValue} save={save} />
      {stored?.conflict !== undefined && (
        <AnswerConflictAlert question={question} lead={t('assessment.field.conflict.lead')} mine={stored} theirs={stored.conflict} onChoose={choose} />
      )}
      <TextInput
        label={t('assessment.form.evidence')}
        value={evidence}
        maxLength={EVIDENCE_MAX}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        onBlur={() => {
          if ((stored?.evidence ?? '') !== evidence) save({ evidence });
        }}
      />
      {photos.map((photo) => (
        <Group key={photo.id} gap={4} wrap="nowrap">
          <Text size="sm" c={photo.error ? 'red' : undefined} style={{ overflowWrap: 'anywhere' }}>
            {photo.error
              ? t('assessment.field.photoRefused', { name: photo.fileName, message: photo.error })
              : t('assessment.field.photoWaiting', { name: photo.fileName })}
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('assessment.field.removePhoto', { name: photo.fileName })}
            onClick={() => void removePhoto(photo.id)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <FileButton onChange={(f) => void addPhoto(f)} accept="image/*">
        {(props) => (
          <Button {...props} variant="light" size="xs" leftSection={<IconCamera size={16} />} style={{ alignSelf: 'flex-start' }}>
            {t('assessment.field.photo')}
          </Button>
        )}
      </FileButton>
      {photoError && (
        <Text size="sm" c="red">
          {photoError}
        </Text>
      )}
    </Stack>
  );
}
