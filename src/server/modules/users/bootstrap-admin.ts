import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { accounts, users } from '../../../db/schema/index.js';
import { recordAudit, systemContext } from '../audit/audit.service.js';
import { findUserByEmail } from '../auth/users.repository.js';

/** Creates the platform admin named by ADMIN_EMAIL / ADMIN_PASSWORD on first start; later starts leave it alone. */
export async function ensureBootstrapAdmin(db: Db, email: string | undefined, password: string | undefined) {
  if (!email || !password) return;
  const existing = await findUserByEmail(db, email);
  if (existing) return;
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    await tx.insert(users).values({ id, name: 'Quản trị hệ thống', email: email.toLowerCase(), emailVerified: true, role: 'admin' });
    await tx.insert(accounts).values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password: passwordHash });
    await recordAudit(tx, systemContext, { action: 'user.bootstrap-admin', entityType: 'user', entityId: id, after: { email } });
  });
}

export async function setPlatformRole(db: Db, userId: string, role: 'admin' | 'user') {
  await db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
}
