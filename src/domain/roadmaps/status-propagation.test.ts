import { describe, expect, it } from 'vitest';
import type { ConnectionStage } from '../connections/stages.js';
import type { LinkedRecordState } from './linked-records.js';
import { liveStateLabel } from './live-state.js';
import { newItem } from './new-roadmap.js';
import { propagateStatus } from './status-propagation.js';
import type { ItemStatus, RecordRef } from './types.js';

const item = (status: ItemStatus, records: RecordRef[]) =>
  newItem({
    id: 'tech-1',
    layerCode: 'technology',
    title: { vi: 'Lọc màng', en: '' },
    period: { start: { year: 2026 }, end: { year: 2027 } },
    status,
    records,
  });

const connection = (id: string, stage: ConnectionStage) => ({ kind: 'connection', id, stage }) satisfies LinkedRecordState;

describe('status propagation from connections', () => {
  it('moves a planned item to "in progress" when its connection reaches a contract', () => {
    const change = propagateStatus(item('planned', [{ kind: 'connection', id: 'c1' }]), [connection('c1', 'contract')]);
    expect(change).toEqual({ itemId: 'tech-1', from: 'planned', to: 'in-progress', cause: { kind: 'connection', id: 'c1', state: 'contract', via: null } });
  });

  it('marks the item delivered when the connection is transferred', () => {
    const change = propagateStatus(item('in-progress', [{ kind: 'connection', id: 'c1' }]), [connection('c1', 'transferred')]);
    expect(change).toMatchObject({ from: 'in-progress', to: 'delivered' });
  });

  it('leaves the item alone before the contract', () => {
    for (const stage of ['proposed', 'accepted', 'meeting', 'mou', 'declined', 'stalled'] as const) {
      expect(propagateStatus(item('planned', [{ kind: 'connection', id: 'c1' }]), [connection('c1', stage)])).toBeNull();
    }
  });

  it('moves the item through a demand it is tied to, naming the connection and the demand', () => {
    const demand: LinkedRecordState = { kind: 'demand', id: 'd1', matchCount: 4, connections: [connection('c1', 'meeting'), connection('c2', 'contract')] };
    const change = propagateStatus(item('idea', [{ kind: 'demand', id: 'd1' }]), [demand]);
    expect(change).toEqual({
      itemId: 'tech-1',
      from: 'idea',
      to: 'in-progress',
      cause: { kind: 'connection', id: 'c2', state: 'contract', via: { kind: 'demand', id: 'd1' } },
    });
  });

  it('never moves an item backwards, nor a dropped one', () => {
    expect(propagateStatus(item('delivered', [{ kind: 'connection', id: 'c1' }]), [connection('c1', 'contract')])).toBeNull();
    expect(propagateStatus(item('in-progress', [{ kind: 'connection', id: 'c1' }]), [connection('c1', 'contract')])).toBeNull();
    expect(propagateStatus(item('dropped', [{ kind: 'connection', id: 'c1' }]), [connection('c1', 'transferred')])).toBeNull();
  });

  it('takes the furthest of several records, and ignores records the item is not tied to', () => {
    const records = [connection('c1', 'contract'), connection('c2', 'transferred'), connection('c3', 'transferred')];
    const change = propagateStatus(
      item('planned', [
        { kind: 'connection', id: 'c1' },
        { kind: 'connection', id: 'c2' },
      ]),
      records,
    );
    expect(change).toMatchObject({ to: 'delivered', cause: { id: 'c2' } });
  });
});

describe('status propagation from programme tasks', () => {
  const task = (state: Extract<LinkedRecordState, { kind: 'task' }>['state']): LinkedRecordState => ({ kind: 'task', id: 't1', state });
  const tied = (status: ItemStatus) => item(status, [{ kind: 'task', id: 't1' }]);

  it('moves the item to "in progress" while the task runs, and to delivered once accepted or closed', () => {
    expect(propagateStatus(tied('planned'), [task('in-progress')])).toMatchObject({
      to: 'in-progress',
      cause: { kind: 'task', id: 't1', state: 'in-progress' },
    });
    expect(propagateStatus(tied('in-progress'), [task('accepted')])).toMatchObject({ to: 'delivered' });
    expect(propagateStatus(tied('planned'), [task('closed')])).toMatchObject({ from: 'planned', to: 'delivered' });
    expect(propagateStatus(tied('idea'), [task('acceptance')])).toMatchObject({ to: 'in-progress' });
  });

  it('does nothing for a task before its contract, or rejected or terminated', () => {
    for (const state of ['submitted', 'appraisal', 'appraised', 'rejected', 'terminated'] as const)
      expect(propagateStatus(tied('planned'), [task(state)])).toBeNull();
  });
});

describe('live state labels', () => {
  it('labels a connection by its stage', () => {
    expect(liveStateLabel(connection('c', 'meeting'))).toBe('connected');
    expect(liveStateLabel(connection('c', 'mou'))).toBe('mou');
    expect(liveStateLabel(connection('c', 'transferred'))).toBe('transferred');
    expect(liveStateLabel(connection('c', 'stalled'))).toBe('stalled');
  });

  it('labels a demand by its furthest connection, else by its matches', () => {
    const demand = (matchCount: number, stages: ('accepted' | 'contract' | 'declined')[]): LinkedRecordState => ({
      kind: 'demand',
      id: 'd',
      matchCount,
      connections: stages.map((stage, i) => ({ id: `c${i}`, stage })),
    });
    expect(liveStateLabel(demand(3, ['accepted', 'contract', 'declined']))).toBe('contract');
    expect(liveStateLabel(demand(3, ['declined']))).toBe('matched');
    expect(liveStateLabel(demand(0, []))).toBe('none');
  });

  it('labels a task by its state and a criterion as a gap', () => {
    expect(liveStateLabel({ kind: 'task', id: 't', state: 'appraisal' })).toBe('task-appraisal');
    expect(liveStateLabel({ kind: 'assessment-criterion', id: 'a:T3' })).toBe('gap');
  });
});
