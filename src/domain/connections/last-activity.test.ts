import { describe, expect, it } from 'vitest';
import { lastActivityOf } from './last-activity.js';

describe('last activity of a connection', () => {
  it('is the latest of the day it opened, its stage events and its messages', () => {
    expect(lastActivityOf('2019-03-04', [], []).toISOString()).toBe('2019-03-04T00:00:00.000Z');
    expect(lastActivityOf('2019-03-04', ['2019-11-20', '2019-05-01'], []).toISOString()).toBe('2019-11-20T00:00:00.000Z');
    expect(lastActivityOf('2019-03-04', ['2019-11-20'], [new Date('2020-01-02T08:30:00Z')]).toISOString()).toBe('2020-01-02T08:30:00.000Z');
  });
});
