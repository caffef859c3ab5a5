import { useEffect, useSyncExternalStore } from 'react';
import type { Assessment } from '../../../api/assessment.js';
import { api, ApiError } from '../../../api/client.js';
import { uploadForm } from '../../../api/upload.js';
import { afterConflict, afterRefused, afterSaved, answersToSend, changesWaiting } from './field-queue.js';
import { allDrafts, allPhotos, deletePhoto, getDraft, photosOf, putDraft, putPhoto } from './field-store.js';
import type { FieldDraft, ServerAnswer } from './field-types.js';

/** What the banner shows: no network, changes waiting, sending, or everything sent. */
export type SyncPhase = 'offline' | 'waiting' | 'sending' | 'sent' | 'idle';
type SyncState = { phase: SyncPhase; waiting: number; revision: number };

let state: SyncState = { phase: 'idle', waiting: 0, revision: 0 };
const listeners = new Set<() => void>();
function set(next: Partial<SyncState>) {
  state = { ...state, ...next, revision: state.revision + 1 };
  for (const listener of listeners) listener();
}

/** No network, a server down, or a session that ended: everything stays queued as it is, to go on the next try (after signing in again). */
const unreachable = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status === 401 || e.status >= 500);

/** Recounts what waits on the device and tells the pages (after any change kept locally). */
export async function refreshWaiting() {
  const waiting = changesWaiting(
    await allDrafts(),
    (await allPhotos()).filter((p) => !p.error),
  );
  const phase: SyncPhase = !navigator.onLine
    ? 'offline'
    : state.phase === 'sending'
      ? 'sending'
      : waiting
        ? 'waiting'
        : state.phase === 'sent'
          ? 'sent'
          : 'idle';
  set({ waiting, phase });
}

/** The assessment itself, with the device's id: sent again after a lost answer, the server returns the same one. */
async function start(draft: FieldDraft): Promise<FieldDraft> {
  if (draft.onServer) return draft;
  const body = { id: draft.id, organisationId: draft.organisationId, methodologyId: draft.methodologyId, vsicDivision: draft.vsicDivision };
  try {
    await api('POST', '/api/assessments', body);
    return { ...draft, onServer: true, startError: undefined };
  } catch (e) {
    if (unreachable(e) || !(e instanceof ApiError)) throw e;
    return { ...draft, startError: e.message };
  }
}

/** Messages for `answers.<question>` in a refusal, or the refusal's message on every answer sent. */
function refusals(e: ApiError, sent: string[]): Record<string, string> {
  const named = e.fields.filter((f) => f.path.startsWith('answers.')).map((f) => [f.path.slice('answers.'.length), f.message] as const);
  return named.length ? Object.fromEntries(named) : Object.fromEntries(sent.map((q) => [q, e.message]));
}

/** Sends the waiting answers (a few rounds: a refusal or conflict sets those aside and the rest go again). */
async function sendAnswers(id: string) {
  for (let round = 0; round < 3; round++) {
    const draft = await getDraft(id);
    const items = draft ? answersToSend(draft) : [];
    if (!draft || !items.length) return;
    try {
      const saved = await api<Assessment>('PUT', `/api/assessments/${id}/answers`, { methodologyId: draft.methodologyId, answers: items });
      await putDraft(afterSaved((await getDraft(id)) ?? draft, items, saved.answers));
    } catch (e) {
      if (unreachable(e) || !(e instanceof ApiError)) throw e;
      const latest = (await getDraft(id)) ?? draft;
      const conflicts = e.status === 409 ? (e.details.conflicts as Array<{ questionId: string; current: ServerAnswer }> | undefined) : undefined;
      await putDraft(
        conflicts
          ? afterConflict(latest, conflicts)
          : afterRefused(
              latest,
              refusals(
                e,
                items.map((i) => i.questionId),
              ),
            ),
      );
    }
  }
}

/** Each photo with its own id as Idempotency-Key: a retry after a lost answer stores it once. */
async function sendPhotos(id: string) {
  for (const photo of await photosOf(id)) {
    if (photo.error) continue;
    const form = new FormData();
    form.append('file', photo.blob, photo.fileName);
    try {
      await uploadForm(`/api/assessments/${id}/attachments?subject=${encodeURIComponent(photo.questionId)}`, form, undefined, { 'idempotency-key': photo.id });
      await deletePhoto(photo.id);
    } catch (e) {
      if (unreachable(e) || !(e instanceof ApiError)) throw e;
      await putPhoto({ ...photo, error: e.message });
    }
  }
}

async function syncAll() {
  for (const stored of await allDrafts()) {
    const started = await start(stored);
    if (started !== stored) await putDraft({ ...((await getDraft(stored.id)) ?? stored), onServer: started.onServer, startError: started.startError });
    if (!started.onServer) continue;
    await sendAnswers(stored.id);
    await sendPhotos(stored.id);
  }
}

/** Keeps a changed draft on the device, then sends it if there is a network. */
export async function keepDraft(draft: FieldDraft) {
  await putDraft(draft);
  await refreshWaiting();
  void syncNow();
}

let running: Promise<void> | null = null;

/** Sends everything waiting on the device, once at a time; what cannot reach the server stays for the next try. */
export function syncNow(): Promise<void> {
  if (!navigator.onLine) return refreshWaiting();
  running ??= (async () => {
    const before = changesWaiting(await allDrafts(), await allPhotos());
    if (before) set({ phase: 'sending' });
    let reached = true;
    try {
      await syncAll();
    } catch {
      reached = false;
    }
    set({ phase: before && reached ? 'sent' : 'idle' });
    await refreshWaiting();
  })().finally(() => {
    running = null;
  });
  return running;
}

/** The device's sync state; sends on load and whenever the network comes back. */
export function useFieldSync(): SyncState {
  useEffect(() => {
    const online = () => void syncNow();
    const offline = () => void refreshWaiting();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    void syncNow();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, []);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
