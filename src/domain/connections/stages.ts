/** The path of a connection from first contact to technology transferred (DESIGN.md §3). */
export const progressStages = ['proposed', 'accepted', 'meeting', 'mou', 'contract', 'transferred'] as const;
export const sideStages = ['declined', 'stalled'] as const;
export const connectionStages = [...progressStages, ...sideStages] as const;

export type ProgressStage = (typeof progressStages)[number];
export type ConnectionStage = (typeof connectionStages)[number];
/** What a person asks for: a stage, or `reopened` to resume a declined or stalled connection. */
export type StageRequest = ConnectionStage | 'reopened';

export type StageState = { stage: ConnectionStage; resumeStage: ProgressStage | null };

export type StageDecision = { ok: true; next: StageState } | { ok: false; reason: 'skip' | 'backwards' | 'same' | 'finished' | 'not-paused' };

const rank = (stage: ProgressStage) => progressStages.indexOf(stage);
const isProgress = (stage: ConnectionStage): stage is ProgressStage => (progressStages as readonly string[]).includes(stage);

/**
 * Forward one step at a time; `declined` and `stalled` from any open stage (remembering where it
 * stood); `reopened` returns a declined or stalled connection to that stage. A transferred
 * connection is finished.
 */
export function decideStage(current: StageState, requested: StageRequest): StageDecision {
  if (current.stage === 'transferred') return { ok: false, reason: 'finished' };
  if (requested === 'reopened') {
    if (isProgress(current.stage)) return { ok: false, reason: 'not-paused' };
    return { ok: true, next: { stage: current.resumeStage ?? 'proposed', resumeStage: null } };
  }
  if (requested === current.stage) return { ok: false, reason: 'same' };
  if (!isProgress(requested)) {
    const resumeStage = isProgress(current.stage) ? current.stage : current.resumeStage;
    return { ok: true, next: { stage: requested, resumeStage } };
  }
  if (!isProgress(current.stage)) return { ok: false, reason: 'not-paused' };
  const step = rank(requested) - rank(current.stage);
  if (step < 0) return { ok: false, reason: 'backwards' };
  if (step > 1) return { ok: false, reason: 'skip' };
  return { ok: true, next: { stage: requested, resumeStage: null } };
}

/** Stages a connection has passed, for the funnel: a connection at `contract` has passed accepted, meeting and mou. */
export function stagesReached(state: StageState): ProgressStage[] {
  const reached = isProgress(state.stage) ? state.stage : (state.resumeStage ?? 'proposed');
  return progressStages.slice(0, rank(reached) + 1);
}

/** Days without activity after which an open connection counts as stalled. */
export function isStale(lastActivityAt: Date, now: Date, stallAfterDays: number): boolean {
  return now.getTime() - lastActivityAt.getTime() > stallAfterDays * 24 * 60 * 60 * 1000;
}
