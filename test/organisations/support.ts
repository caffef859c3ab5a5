import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { auditLog, connectionPoints, invitations, mailOutbox, memberships, organisations } from '../../src/db/schema/index.js';

/** A valid registration body; tests override one field at a time. */
export function organisationBody(overrides: Record<string, unknown> = {}) {
  return { kind: 'enterprise', nameVi: 'Công ty Cổ phần Cơ khí Vinh', country: 'VN', province: 'Nghệ An', vsicSections: ['C'], ...overrides };
}

const tables = { organisations, memberships, invitations, connectionPoints, auditLog, mailOutbox };

/** Row counts of every table these modules write, to prove a refused request wrote nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, table]) => {
      const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
      return [name, n] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** A 4xx (never 5xx); with `path`, a 400 naming that field among `details.fields`. */
export function expectRejected(response: LightMyRequestResponse, path?: string) {
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body).toBeLessThan(500);
  if (path === undefined) return;
  expect(response.statusCode, response.body).toBe(400);
  const fields = (response.json().error.details.fields ?? []) as Array<{ path: string; message: string }>;
  expect(
    fields.map((f) => f.path),
    response.body,
  ).toContain(path);
  for (const field of fields) expect(field.message).toBeTruthy();
}
