import type { BrowserContext, Page } from 'playwright-core';
import { apiSession, type ApiSession } from './api.js';
import type { DemoBrowser } from './demo-browser.js';

/** The demo accounts' password (src/seed/demo/data/people.ts). */
const PASSWORD = 'TechBridge@2026';
export const desktop = { width: 1280, height: 900 };
export const phone = { width: 390, height: 844 };

/** A demo account signed in, in its own browser context, with a page open and a way to write through the API. */
export type Person = { context: BrowserContext; page: Page; api: ApiSession };

export async function signedInPerson(session: DemoBrowser, email: string, viewport = desktop): Promise<Person> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const api = await apiSession(context, email, PASSWORD);
  return { context, page: await context.newPage(), api };
}

export const getJson = async <T>(who: Person, path: string) => (await (await who.context.request.get(path)).json()) as T;

/** A day in Viet Nam as yyyy-mm-dd, `offset` days from today there (after 17:00 UTC it is already tomorrow). */
export const vietnamDay = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** Registers `who`'s first organisation for the event in `role`, approved by the organiser; returns the registration id. */
export async function approvedRegistration(organiser: Person, eventId: string, who: Person, role: string, decision: { booth?: string } = {}) {
  const { id } = await who.api.post(`/api/events/${eventId}/registrations`, { role, organisationId: who.api.organisationIds[0] });
  await organiser.api.post(`/api/events/${eventId}/registrations/${id}/decision`, { decision: 'approve', ...decision });
  return id;
}

/** The seeker asks the supplier (registration `supplierId`) to meet in the session, and the supplier accepts. */
export async function acceptedMeeting(seeker: Person, supplier: Person, sessionId: string, supplierId: string, reason: string) {
  await seeker.api.post(`/api/event-sessions/${sessionId}/requests`, { toRegistrationId: supplierId, reason });
  const incoming = await getJson<{ items: Array<{ id: string }> }>(supplier, `/api/event-sessions/${sessionId}/requests`);
  await supplier.api.post(`/api/meeting-requests/${incoming.items[0].id}/answer`, { accept: true });
}

/**
 * An event in Nghệ An (province 40) made by the organiser through the API, organised by their first
 * connection point; `event` holds the rest of the form (kind, name, dates, activities…). Returns its id.
 */
export async function ngheAnEvent(organiser: Person, event: Record<string, unknown>) {
  const options = await getJson<{ connectionPoints: Array<{ id: string }> }>(organiser, '/api/events/organiser-options');
  const { id } = await organiser.api.post('/api/events', { provinceCode: '40', organiserConnectionPointIds: [options.connectionPoints[0].id], ...event });
  return id;
}
