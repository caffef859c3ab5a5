import { describe, expect, it } from 'vitest';
import { containsPattern } from './like-pattern.js';

describe('containsPattern', () => {
  it('wraps the text in wildcards', () => {
    expect(containsPattern('ha noi')).toBe('%ha noi%');
  });

  it('escapes the wildcards a person typed so they match themselves', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
