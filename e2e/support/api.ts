import type { APIResponse, BrowserContext } from 'playwright-core';

export type ApiSession = {
  /** The ids of the organisations the person belongs to, in the order the API lists them. */
  organisationIds: string[];
  /** A write as the web client sends it (session cookie plus the double-submit CSRF header); throws unless 2xx. */
  post: <T = { id: string }>(path: string, data?: unknown) => Promise<T>;
};

/**
 * Signs the context in through the API and returns a way to write like the web client does, for
 * test data the journey is not about (the forms themselves are covered by their own journeys).
 */
export async function apiSession(context: BrowserContext, email: string, password: string): Promise<ApiSession> {
  const { request } = context;
  await expectOk(await request.post('/api/auth/sign-in', { data: { email, password } }), 'sign-in');
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'tb_csrf')?.value;
  if (!csrf) throw new Error('no CSRF cookie after sign-in');
  const me = (await (await request.get('/api/auth/me')).json()) as { memberships: Array<{ organisationId: string }> };
  return {
    organisationIds: me.memberships.map((m) => m.organisationId),
    post: async <T>(path: string, data: unknown = {}) => {
      const response = await request.post(path, { data, headers: { 'x-csrf-token': csrf } });
      await expectOk(response, `POST ${path}`);
      return (await response.json()) as T;
    },
  };
}

async function expectOk(response: APIResponse, what: string) {
  if (!response.ok()) throw new Error(`${what} answered ${response.status()}: ${await response.text()}`);
}
