import type { Rating } from '../../../domain/programmes/acceptance-rating.js';
import { addDays, daysBetween, type IsoDate } from '../../../domain/programmes/dates.js';
import type { TaskAction } from '../../../domain/programmes/task-states.js';
import { decideTransition, newTaskState, type TransitionEntry } from '../../../domain/programmes/task-transitions.js';
import type { Random } from '../generate/random.js';

/** One step of a demo task's life: an action on a day. */
export type Step = { action: TaskAction; on: IsoDate; rating?: Rating };

/** The paths to a council, to an identified task, to a leading organisation, to a contract. */
export const toCouncil: TaskAction[] = ['submit', 'declare-admissible', 'send-to-council'];
export const assignment = (random: Random): TaskAction[] => (random.chance(0.6) ? ['assign-directly'] : ['open-selection', 'select-leader']);
export const appraisalToContract: TaskAction[] = ['start-appraisal', 'approve-appraisal', 'sign-contract'];

/** A day between two days, both included. */
export function between(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/** Steps from `start` (the first action's day), each a random gap after the one before. */
export function forward(random: Random, start: IsoDate, actions: readonly TaskAction[], gap: [number, number]): Step[] {
  let on = start;
  return actions.map((action, i) => {
    if (i > 0) on = addDays(on, random.int(gap[0], gap[1]));
    return { action, on };
  });
}

/** Steps ending on `end` (the last action's day), each a random gap before the one after. */
export function backward(random: Random, end: IsoDate, actions: readonly TaskAction[], gap: [number, number]): Step[] {
  let on = end;
  return [...actions]
    .reverse()
    .map((action, i) => {
      if (i > 0) on = addDays(on, -random.int(gap[0], gap[1]));
      return { action, on };
    })
    .reverse();
}

// Why, for the actions that must say so (Vietnamese: shown as written in the demo).
const reasons: Partial<Record<TaskAction, string>> = {
  'declare-inadmissible': 'Hồ sơ không thuộc đối tượng hoặc không đủ thành phần theo quy định của Chương trình',
  decline: 'Hội đồng tư vấn không kiến nghị tiếp tục (điểm đánh giá dưới ngưỡng)',
  'assign-directly': 'Tổ chức đề xuất sở hữu công nghệ và năng lực triển khai; giao trực tiếp',
  withdraw: 'Tổ chức đề xuất rút hồ sơ',
  terminate: 'Tổ chức chủ trì không bảo đảm vốn đối ứng theo hợp đồng',
  'return-for-completion': 'Hồ sơ thiếu thành phần',
};

/** Runs the steps through the task state machine, so that every demo history is one the product would accept. */
export function play(taskId: string, steps: readonly Step[], leadOrganisationId: string): TransitionEntry[] {
  const ordered = [...steps].sort((a, b) => a.on.localeCompare(b.on));
  let state = newTaskState(new Date(`${ordered[0].on}T08:00:00Z`));
  const history: TransitionEntry[] = [];
  for (const step of ordered) {
    const decision = decideTransition(state, step.action, {
      by: 'demo-agency-staff',
      at: new Date(`${step.on}T09:00:00Z`),
      roles: { proposer: true, leader: true, agency: true },
      reason: reasons[step.action] ?? null,
      leadOrganisationId,
      acceptanceRating: step.rating ?? 'satisfactory',
    });
    if (!decision.ok) throw new Error(`demo task ${taskId}: ${step.action} on ${step.on} refused (${decision.code})`);
    history.push(decision.entry);
    state = decision.next;
  }
  return history;
}
