import { useState } from 'react';

/**
 * A local, editable copy of `value` that starts over whenever `value` itself changes (a new URL
 * state, a refetch). Adjusting state while rendering is React's own pattern for this; an effect
 * would render twice.
 */
export function useDraft<T>(value: T, same: (a: T, b: T) => boolean = Object.is): [T, (next: T | ((current: T) => T)) => void] {
  const [draft, setDraft] = useState(value);
  const [source, setSource] = useState(value);
  if (!same(source, value)) {
    setSource(value);
    setDraft(value);
  }
  return [draft, setDraft];
}
