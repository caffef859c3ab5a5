/**
 * Workflow state machines of catalogue records. Offers and experts are published;
 * demands are opened and then followed to an outcome. Pure: no I/O.
 */
/** `expired`: its validity ended; the owner extends it and submits it again. */
export const publicationStatuses = ['draft', 'submitted', 'returned', 'published', 'expired', 'archived'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];

export const demandStatuses = ['draft', 'submitted', 'returned', 'open', 'expired', 'connecting', 'fulfilled', 'closed'] as const;
export type DemandStatus = (typeof demandStatuses)[number];

/** What a person asks for; `review` is what a material edit of a public record does by itself. */
export const workflowActions = ['submit', 'publish', 'return', 'archive', 'review', 'connect', 'fulfil', 'close'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

/** Who may take an action: the record's editors (owner side) or its moderators (connection point, agency). */
export type ActionRole = 'editor' | 'moderator';

type Machine<S extends string> = {
  transitions: Partial<Record<WorkflowAction, { from: readonly S[]; to: S; role: ActionRole }>>;
  /** Statuses everyone (visitors too) may see. */
  publicStatuses: readonly S[];
  /** Statuses in which a record can no longer be edited. */
  finalStatuses: readonly S[];
};

export const publicationMachine: Machine<PublicationStatus> = {
  transitions: {
    submit: { from: ['draft', 'returned', 'expired'], to: 'submitted', role: 'editor' },
    publish: { from: ['submitted'], to: 'published', role: 'moderator' },
    return: { from: ['submitted', 'published'], to: 'returned', role: 'moderator' },
    archive: { from: ['draft', 'submitted', 'returned', 'published', 'expired'], to: 'archived', role: 'editor' },
    review: { from: ['published'], to: 'submitted', role: 'editor' },
  },
  publicStatuses: ['published'],
  finalStatuses: ['archived'],
};

export const demandMachine: Machine<DemandStatus> = {
  transitions: {
    submit: { from: ['draft', 'returned', 'expired'], to: 'submitted', role: 'editor' },
    publish: { from: ['submitted'], to: 'open', role: 'moderator' },
    return: { from: ['submitted', 'open'], to: 'returned', role: 'moderator' },
    review: { from: ['open'], to: 'submitted', role: 'editor' },
    connect: { from: ['open'], to: 'connecting', role: 'moderator' },
    fulfil: { from: ['open', 'connecting'], to: 'fulfilled', role: 'editor' },
    // A demand is never deleted: archiving closes it.
    close: { from: ['draft', 'submitted', 'returned', 'open', 'expired', 'connecting'], to: 'closed', role: 'editor' },
    archive: { from: ['draft', 'submitted', 'returned', 'open', 'expired', 'connecting'], to: 'closed', role: 'editor' },
  },
  publicStatuses: ['open', 'connecting', 'fulfilled'],
  finalStatuses: ['fulfilled', 'closed'],
};

export type WorkflowMachine = typeof publicationMachine | typeof demandMachine;

export type TransitionResult = { ok: true; to: string; role: ActionRole } | { ok: false; from: string; to: string | null };

/** The status an action leads to from `from`, or why it cannot. */
export function transition(machine: WorkflowMachine, from: string, action: WorkflowAction): TransitionResult {
  const rule = (machine.transitions as Machine<string>['transitions'])[action];
  if (!rule) return { ok: false, from, to: null };
  if (!rule.from.includes(from)) return { ok: false, from, to: rule.to };
  return { ok: true, to: rule.to, role: rule.role };
}

export function isPublicStatus(machine: WorkflowMachine, status: string): boolean {
  return (machine.publicStatuses as readonly string[]).includes(status);
}

export function isFinalStatus(machine: WorkflowMachine, status: string): boolean {
  return (machine.finalStatuses as readonly string[]).includes(status);
}

/** The actions an editor or moderator could take now (for the UI's buttons). */
export function availableActions(machine: WorkflowMachine, from: string, roles: { editor: boolean; moderator: boolean }): WorkflowAction[] {
  return workflowActions.filter((action) => {
    if (action === 'review') return false;
    const result = transition(machine, from, action);
    return result.ok && roles[result.role];
  });
}
