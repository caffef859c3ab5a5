import type { TestClient } from '../support/test-client.js';

/** Every role the platform knows, as the suite names its actors. */
export const roles = ['anonymous', 'stranger', 'enterprise', 'institute', 'foreignPartner', 'repOffice', 'staffNear', 'staffFar', 'agency', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Marker strings planted in confidential fields and files, and the actors the policy lets read them. */
export type Secret = { label: string; markers: string[]; readers: readonly Role[] };

/** A write someone may try: who may succeed (`allowed`, never sent by the sweep) and, for the others, the answers a refusal may take. */
export type WriteProbe = {
  label: string;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  allowed: readonly Role[];
  /** Answers that count as a refusal (default 401, 403, 404). */
  refusals?: readonly number[];
};

/**
 * What the suite is pointed at: one signed-in client per role (anonymous has no session), the
 * secrets planted, the ids that fill the OpenAPI paths (by the path segment before the
 * parameter: `demands`, `attachments`, `connections`…), and writes to try. A fixture builds
 * its own world; the suite only reads this.
 */
export type AuthorisationFixture = {
  actors: Record<Role, TestClient>;
  secrets: Secret[];
  ids: Record<string, string[]>;
  writes: WriteProbe[];
  /** Reads of confidential details the audit log must name (reader, record), looked up by `auditor`; and reads it must not (the owner's own). */
  audit?: { auditor: Role; userIds: Partial<Record<Role, string>>; audited: AuditedRead[]; unaudited: AuditedRead[] };
};

export type AuditedRead = { reader: Role; entityId: string };
