import { hashPassword } from 'better-auth/crypto';
import type { Db } from '../../../db/client.js';
import { recordAudit, systemContext } from '../audit/audit.service.js';
import { findUserByEmail, insertCredentialUser } from '../auth/users.repository.js';

/** Creates the platform admin named by ADMIN_EMAIL / ADMIN_PASSWORD on first start; later starts leave it alone. */
export async function ensureBootstrapAdmin(db: Db, email: string | undefined, password: string | undefined) {
  if (!email || !password) return;
  const existing = await findUserByEmail(db, email);
  if (existing) return;
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    await insertCredentialUser(tx, { id, name: 'Quản trị hệ thống', email, role: 'admin' }, passwordHash);
    await recordAudit(tx, systemContext, { action: 'user.bootstrap-admin', entityType: 'user', entityId: id, after: { email } });
  });
}
