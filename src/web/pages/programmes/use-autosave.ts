import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { saveDraft, type DraftInput } from '../../api/programmes.js';

export type SaveState = 'saved' | 'saving' | 'offline' | 'conflict' | 'invalid';
type Fields = Omit<DraftInput, 'version'>;
type Kept = { fields: Fields; version: number; keptAt: string };

const storageKey = (id: string) => `tb-programme-draft:${id}`;
const DEBOUNCE_MS = 800;
const RETRY_MS = 10_000;

/** The unsent draft this browser kept for a task, if any (it outlives a lost connection and a closed tab). */
export function keptDraft(id: string): Kept | null {
  try {
    const text = window.localStorage.getItem(storageKey(id));
    return text ? (JSON.parse(text) as Kept) : null;
  } catch {
    return null;
  }
}

/**
 * Saves a draft as the person types: each change is kept in the browser's storage at once, and
 * sent to the server after a short pause with the version it started from. Offline, the copy stays
 * on the device and is resent when the connection returns; a newer save elsewhere (409) stops the
 * autosave rather than overwrite it.
 */
export function useAutosave(id: string, initialVersion: number) {
  const [state, setState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const version = useRef(initialVersion);
  const pending = useRef<Fields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) return;
    inFlight.current = true;
    // Changes typed while a save was on its way are sent right after it.
    for (let fields = pending.current; fields; fields = pending.current !== fields ? pending.current : null) {
      setState('saving');
      try {
        const saved = await saveDraft(id, { ...fields, version: version.current });
        version.current = saved.version;
        if (pending.current === fields) {
          pending.current = null;
          window.localStorage.removeItem(storageKey(id));
          setState('saved');
        }
        setSavedAt(saved.savedAt);
        setError(null);
      } catch (caught) {
        setError(caught);
        if (caught instanceof ApiError && caught.status === 0) setState('offline');
        else if (caught instanceof ApiError && caught.code === 'VERSION_CONFLICT') setState('conflict');
        else setState('invalid');
        break;
      }
    }
    inFlight.current = false;
  }, [id]);

  const change = useCallback(
    (fields: Fields) => {
      pending.current = fields;
      const kept: Kept = { fields, version: version.current, keptAt: new Date().toISOString() };
      try {
        window.localStorage.setItem(storageKey(id), JSON.stringify(kept));
      } catch {
        // Storage full or disabled: the server save still runs.
      }
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [id, flush],
  );

  useEffect(() => {
    const resend = () => void flush();
    window.addEventListener('online', resend);
    const retry = setInterval(() => {
      if (pending.current && navigator.onLine) void flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', resend);
      clearInterval(retry);
    };
  }, [flush]);

  return { state, savedAt, error, change, flush, version: () => version.current, hasPending: () => pending.current !== null };
}
