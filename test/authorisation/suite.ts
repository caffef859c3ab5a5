import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/server/config.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { roles, type AuthorisationFixture, type Role } from './fixture.js';
import { readableText, readUrls, writeRequests } from './surfaces.js';

/** Writes on someone else's record that any account may make: asking to join an organisation, registering for a public event. */
const openToAnyAccount = new Set(['/api/organisations/{id}/join-requests', '/api/events/{id}/registrations']);

/** The OpenAPI template of a concrete URL: ids back to `{id}` (enough for the few templates named above). */
const templateOf = (url: string) => url.replace(/\/[0-9a-f-]{36}/g, '/{id}');

type Sweep = { leaks: string[]; failures: string[]; seen: Map<Role, Set<string>> };

/** Drives every role over every GET of the OpenAPI document and notes what each one read. */
async function sweepReads(fixture: AuthorisationFixture): Promise<Sweep> {
  const urls = readUrls(fixture.ids, fixture.secrets[0]!.markers[0]!);
  const sweep: Sweep = { leaks: [], failures: [], seen: new Map(roles.map((r) => [r, new Set<string>()])) };
  for (const role of roles) {
    for (const url of urls) {
      const response = await fixture.actors[role].get(url);
      if (response.statusCode >= 500) sweep.failures.push(`${role} GET ${url} → ${response.statusCode}`);
      const text = await readableText(response);
      for (const secret of fixture.secrets) {
        for (const marker of secret.markers.filter((m) => text.includes(m))) {
          sweep.seen.get(role)!.add(marker);
          if (!secret.readers.includes(role)) sweep.leaks.push(`${role} GET ${url} → ${response.statusCode} shows ${secret.label} (${marker})`);
        }
      }
    }
  }
  return sweep;
}

/**
 * The authorisation suite of issue 10, pointed at a fixture: no marker of a confidential field or
 * file in any answer to an actor the policy does not let read it, every reader does read it
 * somewhere, no 500 anywhere, and every write an actor may not make refused with 401/403/404.
 */
export function authorisationSuite(name: string, build: (ctx: TestContext) => Promise<AuthorisationFixture>, config: Partial<AppConfig> = {}) {
  describe(name, () => {
    let ctx: TestContext;
    let fixture: AuthorisationFixture;
    let before: Sweep;

    beforeAll(async () => {
      ctx = await createTestApp(config);
      fixture = await build(ctx);
      before = await sweepReads(fixture);
      // Every role over every GET of the document (events' pages too): minutes on a shared machine.
    }, 600_000);
    afterAll(async () => ctx?.close());

    it('shows no confidential marker to an actor the policy does not allow, on any read surface', () => {
      expect(before.leaks).toEqual([]);
    });

    it('answers every read of every actor without a server error', () => {
      expect(before.failures).toEqual([]);
    });

    it('shows every secret to every actor the policy allows (the markers are really planted and read)', () => {
      const missing = fixture.secrets.flatMap((secret) =>
        secret.readers.filter((role) => !secret.markers.some((m) => before.seen.get(role)!.has(m))).map((role) => `${role} never reads ${secret.label}`),
      );
      expect(missing).toEqual([]);
    });

    it('names in the audit log every reader of confidential details outside the owner’s side, and only those', async () => {
      if (!fixture.audit) return;
      const { auditor, userIds, audited, unaudited } = fixture.audit;
      const readersOf = async (entityId: string) => {
        const response = await fixture.actors[auditor].get(`/api/audit?action=demand.read-confidential&entityId=${entityId}&limit=100`);
        expect(response.statusCode, response.body).toBe(200);
        return new Set((response.json().items as { actorId: string }[]).map((e) => e.actorId));
      };
      for (const read of audited)
        expect((await readersOf(read.entityId)).has(userIds[read.reader]!), `${read.reader} reading ${read.entityId} is audited`).toBe(true);
      for (const read of unaudited)
        expect((await readersOf(read.entityId)).has(userIds[read.reader]!), `${read.reader} reading ${read.entityId} is not audited`).toBe(false);
    });

    it('refuses every write an actor may not make with 401, 403 or 404, leaking nothing', async () => {
      const problems: string[] = [];
      for (const probe of fixture.writes) {
        for (const role of roles.filter((r) => !probe.allowed.includes(r))) {
          const response = await fixture.actors[role].request(probe.method, probe.path, probe.body ?? (probe.method === 'DELETE' ? undefined : {}));
          const refusals = probe.refusals ?? [401, 403, 404];
          if (!refusals.includes(response.statusCode)) problems.push(`${role}: ${probe.label} → ${response.statusCode} ${response.body.slice(0, 200)}`);
          const leaked = fixture.secrets.filter((s) => !s.readers.includes(role) && s.markers.some((m) => response.body.includes(m)));
          for (const secret of leaked) problems.push(`${role}: ${probe.label} shows ${secret.label}`);
        }
      }
      expect(problems).toEqual([]);
    }, 120_000);

    it('refuses every write of the API to an anonymous caller, and every write on a planted record to a self-registered stranger', async () => {
      const problems: string[] = [];
      for (const request of writeRequests(fixture.ids)) {
        const callers = request.planted && !openToAnyAccount.has(templateOf(request.url)) ? (['anonymous', 'stranger'] as const) : (['anonymous'] as const);
        for (const role of callers) {
          const response = await fixture.actors[role].request(request.method, request.url, request.body, request.headers ? { headers: request.headers } : {});
          const refused = role === 'anonymous' ? [401] : [401, 403, 404];
          if (!refused.includes(response.statusCode))
            problems.push(`${role} ${request.method} ${request.url} ${JSON.stringify(request.body)} → ${response.statusCode} ${response.body.slice(0, 160)}`);
          for (const secret of fixture.secrets.filter((s) => !s.readers.includes(role) && s.markers.some((m) => response.body.includes(m))))
            problems.push(`${role} ${request.method} ${request.url} shows ${secret.label}`);
        }
      }
      expect(problems).toEqual([]);
    }, 180_000);

    it('still shows nothing to anyone else after the refused writes', async () => {
      const after = await sweepReads(fixture);
      expect(after.leaks).toEqual([]);
      expect(after.failures).toEqual([]);
    }, 600_000);
  });
}
