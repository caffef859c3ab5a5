/** An answer as two people may see it: how it was answered, the value, the evidence note. */
export type ComparableAnswer = { status: string; value?: unknown; evidence?: string | null };

/** Edits that carry when they were based on: `baseUpdatedAt` null means the question had no answer then. */
export type BasedEdit = ComparableAnswer & { questionId: string; baseUpdatedAt?: string | null };

const note = (evidence: string | null | undefined) => evidence ?? '';

/** The same answer, whoever gave it and whenever (arrays compared in order, as they are stored). */
export function sameAnswer(a: ComparableAnswer | undefined | null, b: ComparableAnswer | undefined | null): boolean {
  if (!a || !b) return !a && !b;
  return a.status === b.status && JSON.stringify(a.value ?? null) === JSON.stringify(b.value ?? null) && note(a.evidence) === note(b.evidence);
}

const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));

/**
 * The questions whose answer someone else changed since the edit was based on it. An edit without a
 * base is not checked (the online form saves as one types); an edit equal to what is stored is no
 * conflict (a retry of one's own save that did arrive).
 */
export function conflictingQuestions(stored: Record<string, ComparableAnswer & { updatedAt: string }>, edits: BasedEdit[]): string[] {
  return edits
    .filter((edit) => {
      if (edit.baseUpdatedAt === undefined) return false;
      const current = stored[edit.questionId];
      if (sameInstant(current?.updatedAt ?? null, edit.baseUpdatedAt)) return false;
      return !sameAnswer(current, edit);
    })
    .map((edit) => edit.questionId);
}
