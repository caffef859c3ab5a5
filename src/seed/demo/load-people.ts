import { hashPassword } from 'better-auth/crypto';
import type { Tx } from '../../db/client.js';
import { insertSeedRows } from '../seed.repository.js';
import { DEMO_PASSWORD, demoPeople } from './data/people.js';
import type { UserIds } from './demo-actors.js';
import { idOf, type OrganisationIds } from './load-organisations.js';
import { auditSeeded } from './seed-audit.js';

/** Demo accounts, verified, all with the shared demo password (hashed once), and their memberships. */
export async function loadPeople(tx: Tx, organisationIds: OrganisationIds): Promise<UserIds> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = demoPeople.map((p) => ({ ...p, id: crypto.randomUUID() }));
  await insertSeedRows(
    tx,
    'users',
    people.map((p) => ({ id: p.id, name: p.name, email: p.email, emailVerified: true, title: p.title, locale: p.locale ?? 'vi' })),
  );
  await insertSeedRows(
    tx,
    'accounts',
    people.map((p) => ({ id: crypto.randomUUID(), accountId: p.id, providerId: 'credential', userId: p.id, password: passwordHash })),
  );
  await insertSeedRows(
    tx,
    'memberships',
    people.flatMap((p) =>
      p.memberships.map((m) => ({ userId: p.id, organisationId: idOf(organisationIds, m.organisationKey), role: m.role, status: 'active' })),
    ),
  );
  await auditSeeded(
    tx,
    'user',
    people.map((p) => ({ id: p.id, after: { email: p.email, memberships: p.memberships } })),
  );
  return new Map(people.map((p) => [p.email, p.id]));
}
