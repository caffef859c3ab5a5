import { sameAnswer } from '../../../../domain/assessment/answer-conflict.js';
import type { AnswerItem } from '../../../api/assessment.js';
import type { FieldAnswer, FieldDraft, FieldPhoto, ServerAnswer } from './field-types.js';

/** An answer as the person gave it on the device. */
export type AnswerEdit = Pick<FieldAnswer, 'status' | 'value' | 'evidence'>;

/** A changed answer waits to be sent, based on the same server answer as before; a new edit clears an earlier refusal. */
export function editAnswer(draft: FieldDraft, questionId: string, edit: AnswerEdit): FieldDraft {
  const before = draft.answers[questionId];
  const answer: FieldAnswer = {
    ...edit,
    baseUpdatedAt: before?.baseUpdatedAt ?? null,
    pending: true,
    ...(before?.conflict !== undefined ? { conflict: before.conflict } : {}),
  };
  return { ...draft, answers: { ...draft.answers, [questionId]: answer } };
}

/** Answers ready to go: changed, and neither refused nor in conflict (those wait for the person). */
export function answersToSend(draft: FieldDraft): AnswerItem[] {
  return Object.entries(draft.answers)
    .filter(([, a]) => a.pending && !a.error && a.conflict === undefined)
    .map(([questionId, a]) => ({
      questionId,
      status: a.status,
      ...(a.status === 'answered' ? { value: a.value } : {}),
      evidence: a.evidence || null,
      baseUpdatedAt: a.baseUpdatedAt,
    }));
}

/** Everything still on the device only: unstarted assessments, answers not yet accepted, photos not yet stored. */
export function changesWaiting(drafts: FieldDraft[], photos: Pick<FieldPhoto, 'id'>[]): number {
  const answers = drafts.reduce((n, d) => n + Object.values(d.answers).filter((a) => a.pending).length, 0);
  return drafts.filter((d) => !d.onServer).length + answers + photos.length;
}

/** Problems the person must look at: refusals and conflicts (they stay on the device until handled). */
export function problemsOf(draft: FieldDraft): number {
  return (draft.startError ? 1 : 0) + Object.values(draft.answers).filter((a) => a.error || a.conflict !== undefined).length;
}

/**
 * The server took the answers: each is now based on the server's copy, and no longer waits, unless it was
 * edited again while the request was under way (then the new edit still waits, on the new base).
 */
export function afterSaved(draft: FieldDraft, sent: AnswerItem[], stamps: Record<string, { updatedAt: string } | undefined>): FieldDraft {
  const answers = { ...draft.answers };
  for (const item of sent) {
    const local = answers[item.questionId];
    const stamp = stamps[item.questionId]?.updatedAt;
    if (!local || !stamp) continue;
    answers[item.questionId] = { ...local, baseUpdatedAt: stamp, pending: !sameAnswer(local, item) };
  }
  return { ...draft, answers };
}

/** The server refused some answers (a 4xx naming them): each keeps its message beside it, and stays to be fixed. */
export function afterRefused(draft: FieldDraft, messages: Record<string, string>): FieldDraft {
  const answers = { ...draft.answers };
  for (const [questionId, error] of Object.entries(messages)) if (answers[questionId]) answers[questionId] = { ...answers[questionId], error };
  return { ...draft, answers };
}

/** Someone else changed these answers since: each keeps the server's answer beside the person's own, for them to choose. */
export function afterConflict(draft: FieldDraft, conflicts: Array<{ questionId: string; current: ServerAnswer }>): FieldDraft {
  const answers = { ...draft.answers };
  for (const { questionId, current } of conflicts) if (answers[questionId]) answers[questionId] = { ...answers[questionId], conflict: current };
  return { ...draft, answers };
}

/**
 * The person's choice in a conflict: keep theirs (sent again, now based on the server's answer, so it
 * replaces it knowingly) or take the server's (nothing to send).
 */
export function resolveConflict(draft: FieldDraft, questionId: string, keep: 'mine' | 'theirs'): FieldDraft {
  const local = draft.answers[questionId];
  if (local?.conflict === undefined) return draft;
  const current = local.conflict;
  const { conflict: _gone, ...rest } = local;
  const answers = { ...draft.answers };
  if (keep === 'mine') answers[questionId] = { ...rest, baseUpdatedAt: current?.updatedAt ?? null, pending: true };
  else if (current)
    answers[questionId] = {
      status: current.status,
      value: current.value,
      evidence: current.evidence ?? null,
      baseUpdatedAt: current.updatedAt,
      pending: false,
    };
  else delete answers[questionId];
  return { ...draft, answers };
}
