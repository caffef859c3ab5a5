import { describe, expect, it } from 'vitest';
import { diffRecords } from './diff-records.js';

describe('diffRecords', () => {
  it('lists only changed fields, sorted', () => {
    expect(diffRecords({ name: 'A', phone: '1', tags: ['x'] }, { name: 'B', phone: '1', tags: ['x', 'y'] })).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'tags', before: ['x'], after: ['x', 'y'] },
    ]);
  });

  it('treats a missing side (create or delete) as empty', () => {
    expect(diffRecords(null, { email: 'a@b.vn' })).toEqual([{ field: 'email', before: undefined, after: 'a@b.vn' }]);
    expect(diffRecords({ email: 'a@b.vn' }, undefined)).toEqual([{ field: 'email', before: 'a@b.vn', after: undefined }]);
  });
});
