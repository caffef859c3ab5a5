import { Checkbox, Group, NumberInput, Radio, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayAnswer } from '../../../domain/assessment/display-answer.js';
import type { Question } from '../../../domain/assessment/methodology-types.js';
import type { AnswerItem, Assessment } from '../../api/assessment.js';
import type { Attachment } from '../../../shared/attachments/attachment.schemas.js';
import { AnswerConflictAlert } from './answer-conflict-alert.js';
import { AnswerEvidence } from './answer-evidence.js';
import type { ServerAnswer } from './field/field-types.js';
import { useLocalText } from './local-text.js';

type Stored = Assessment['answers'][string];
type Status = AnswerItem['status'];
type Value = NonNullable<AnswerItem['value']>;

/** The input for an answered value, by the question's kind; `commit` saves (on change, or on blur for numbers). */
function ValueInput({
  question,
  value,
  onChange,
  commit,
  error,
}: {
  question: Question;
  value: Value | undefined;
  onChange: (v: Value | undefined) => void;
  commit: (v: Value | undefined) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const a = question.answer;
  const label = t('assessment.form.value');
  switch (a.kind) {
    case 'number':
    case 'percentage':
      return (
        <NumberInput
          label={label}
          aria-label={text(question.label)}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
          onBlur={() => commit(value)}
          rightSection={
            <Text size="xs" c="dimmed" pr="xs">
              {a.kind === 'percentage' ? '%' : text(a.unit)}
            </Text>
          }
          rightSectionWidth={a.kind === 'percentage' ? 36 : 120}
          allowNegative
          error={error}
          maw={360}
        />
      );
    case 'choice':
      return (
        <Radio.Group
          label={label}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => {
            onChange(v);
            commit(v);
          }}
          error={error}
        >
          <Stack gap={4} mt={4}>
            {a.options.map((o) => (
              <Radio key={o.id} value={o.id} label={text(o.label)} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multi-select':
      return (
        <Checkbox.Group
          label={label}
          value={Array.isArray(value) ? value : []}
          onChange={(v) => {
            onChange(v);
            commit(v);
          }}
          error={error}
        >
          <Stack gap={4} mt={4}>
            {a.options.map((o) => (
              <Checkbox key={o.id} value={o.id} label={text(o.label)} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'yes-no':
      return (
        <Radio.Group
          label={label}
          value={value === true ? 'yes' : value === false ? 'no' : null}
          onChange={(v) => {
            onChange(v === 'yes');
            commit(v === 'yes');
          }}
          error={error}
        >
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('assessment.form.yes')} />
            <Radio value="no" label={t('assessment.form.no')} />
          </Group>
        </Radio.Group>
      );
    default: {
      const never: never = a;
      return never;
    }
  }
}

/** A question's label with its id, and its help text. */
export function QuestionTitle({ question }: { question: Question }) {
  const { text } = useLocalText();
  return (
    <>
      <Text fw={500}>
        {text(question.label)}{' '}
        <Text span size="xs" c="dimmed">
          ({question.id})
        </Text>
      </Text>
      {question.help && (
        <Text size="xs" c="dimmed">
          {text(question.help)}
        </Text>
      )}
    </>
  );
}

/**
 * How a question is answered (answered, and "don't know" / "not applicable" where the methodology
 * allows them) and its value; a change of either is saved through `save`. `error` is the server's
 * message for the question.
 */
export function AnswerControls({
  question,
  status,
  value,
  error,
  onStatus,
  onValue,
  save,
}: {
  question: Question;
  status: Status;
  value: Value | undefined;
  error?: string;
  onStatus: (status: Status) => void;
  onValue: (value: Value | undefined) => void;
  save: (next: { status?: Status; value?: Value }) => void;
}) {
  const { t } = useTranslation();
  const statuses = [
    { value: 'answered', label: t('assessment.form.answered') },
    ...(question.dontKnow ? [{ value: 'dont-know', label: t('assessment.form.dontKnow') }] : []),
    ...(question.notApplicable ? [{ value: 'not-applicable', label: t('assessment.form.notApplicable') }] : []),
  ];
  return (
    <>
      {statuses.length > 1 && (
        <SegmentedControl
          size="xs"
          aria-label={t('assessment.form.howAnswered')}
          data={statuses}
          value={status}
          onChange={(s) => {
            onStatus(s as Status);
            save({ status: s as Status });
          }}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {status === 'answered' ? (
        <ValueInput question={question} value={value} onChange={onValue} commit={(v) => save({ value: v })} error={error} />
      ) : (
        error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )
      )}
    </>
  );
}

/** One question of the questionnaire: editable (saved as one goes) or read-only with its evidence (note and files). */
export function QuestionField({
  assessmentId,
  question,
  stored,
  files,
  editable,
  error,
  onSave,
  conflict,
  onResolve,
}: {
  assessmentId: string;
  question: Question;
  stored: Stored | undefined;
  files: Attachment[];
  editable: boolean;
  error?: string;
  onSave: (item: AnswerItem) => void;
  /** The answer the person saved and the one someone else saved before it arrived. */
  conflict?: { mine: AnswerItem; theirs: ServerAnswer };
  onResolve?: (keep: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation();
  const { text, lang } = useLocalText();
  const [status, setStatus] = useState<Status>(stored?.status ?? 'answered');
  const [value, setValue] = useState<Value | undefined>(stored?.value);
  const [evidence, setEvidence] = useState(stored?.evidence ?? '');
  const save = (next: { status?: Status; value?: Value; evidence?: string }) => {
    const s = next.status ?? status;
    const v = 'value' in next ? next.value : value;
    if (s === 'answered' && (v === undefined || (Array.isArray(v) && v.length === 0 && question.answer.kind !== 'multi-select'))) return;
    onSave({
      questionId: question.id,
      status: s,
      ...(s === 'answered' ? { value: v } : {}),
      evidence: ('evidence' in next ? next.evidence : evidence) || null,
    });
  };
  const choose = (keep: 'mine' | 'theirs') => {
    if (keep === 'theirs') {
      setStatus(conflict?.theirs?.status ?? 'answered');
      setValue(conflict?.theirs?.value);
      setEvidence(conflict?.theirs?.evidence ?? '');
    }
    onResolve?.(keep);
  };
  const header = (
    <div>
      <QuestionTitle question={question} />
      {question.example && (
        <Text size="xs" c="dimmed" fs="italic">
          {t('assessment.methodology.example', { text: text(question.example) })}
        </Text>
      )}
    </div>
  );
  if (!editable) {
    return (
      <Stack gap={2}>
        {header}
        <Text size="sm">
          {
            displayAnswer(question, stored && (stored.status === 'answered' ? { status: 'answered', value: stored.value ?? '' } : { status: stored.status }))[
              lang
            ]
          }
        </Text>
        {stored?.evidence && (
          <Text size="xs" c="dimmed">
            {t('assessment.form.evidence')}: {stored.evidence}
          </Text>
        )}
        <AnswerEvidence assessmentId={assessmentId} questionId={question.id} files={files} editable={false} />
      </Stack>
    );
  }
  return (
    <Stack gap="xs" role="group" aria-label={text(question.label)}>
      {header}
      <AnswerControls question={question} status={status} value={value} error={error} onStatus={setStatus} onValue={setValue} save={save} />
      {conflict && (
        <AnswerConflictAlert question={question} lead={t('assessment.form.conflictLead')} mine={conflict.mine} theirs={conflict.theirs} onChoose={choose} />
      )}
      <TextInput
        label={t('assessment.form.evidence')}
        description={t('assessment.form.evidenceHelp')}
        value={evidence}
        maxLength={2000}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        onBlur={() => {
          if ((stored?.evidence ?? '') !== evidence) save({ evidence });
        }}
      />
      <AnswerEvidence assessmentId={assessmentId} questionId={question.id} files={files} editable />
    </Stack>
  );
}
