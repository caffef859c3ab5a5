import { describe, expect, it } from 'vitest';
import { activityKinds, eventKinds, registrationRoles, requestStatuses } from '../../../../shared/events/event-codes.js';
import en from './en.json';
import vi from './vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('event strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
  it('label every coded value', () => {
    for (const lang of [en, vi]) {
      expect(Object.keys(lang.kind).sort()).toEqual([...eventKinds].sort());
      expect(Object.keys(lang.activityKind).sort()).toEqual([...activityKinds].sort());
      expect(Object.keys(lang.role).sort()).toEqual([...registrationRoles].sort());
      expect(Object.keys(lang.requestStatus).sort()).toEqual([...requestStatuses].sort());
    }
  });
});
