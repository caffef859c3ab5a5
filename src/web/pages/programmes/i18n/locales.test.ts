import { describe, expect, it } from 'vitest';
import { ratings } from '../../../../domain/programmes/acceptance-rating.js';
import { fundingSources } from '../../../../domain/programmes/budget-lines.js';
import { taskOrigins } from '../../../../domain/programmes/programme-figures.js';
import { reportKinds } from '../../../../domain/programmes/report-schedule.js';
import { taskActions, taskStatuses } from '../../../../domain/programmes/task-states.js';
import { reportStatuses } from '../../../../shared/programmes/programmes.schemas.js';
import en from './en.json';
import vi from './vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

// Every reason the programmes module refuses with (forbidden(...) and details.reason).
const refusals = [
  'not_programme_staff',
  'not_task_proposer',
  'not_task_leader',
  'task_action_not_yours',
  'call_deadline_passed',
  'leader_has_overdue_reports',
  'task_finished',
  'task_transition_not_allowed',
  'not_a_draft',
  'use_dedicated_endpoint',
  'not_in_appraisal',
  'report_already_filed',
  'task_not_accepted',
];

describe('programme strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
  it('label every coded value and every refusal', () => {
    for (const lang of [en, vi]) {
      expect(Object.keys(lang.status).sort()).toEqual([...taskStatuses].sort());
      expect(Object.keys(lang.action).sort()).toEqual([...taskActions].sort());
      expect(Object.keys(lang.origin).sort()).toEqual([...taskOrigins].sort());
      expect(Object.keys(lang.source).sort()).toEqual([...fundingSources].sort());
      expect(Object.keys(lang.rating).sort()).toEqual([...ratings].sort());
      expect(Object.keys(lang.reportKind).sort()).toEqual([...reportKinds].sort());
      expect(Object.keys(lang.reportStatus).sort()).toEqual([...reportStatuses].sort());
      expect(Object.keys(lang.errorReasons).sort()).toEqual([...refusals].sort());
    }
  });
});
