import type { Db } from '../../../db/client.js';
import type { OutboxListQuery } from '../../../shared/audit/audit.schemas.js';
import { fieldError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { authorizeOutboxRead } from './outbox.policy.js';
import { listOutbox, type OutboxCursor } from './mail.repository.js';

/** The cursor is opaque to clients: base64url of the last row's time and id. */
function encodeCursor(cursor: OutboxCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

const pgTimestamp = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(text: string): OutboxCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 2) {
    const [createdAt, id] = parsed as unknown[];
    if (typeof createdAt === 'string' && pgTimestamp.test(createdAt) && typeof id === 'string' && uuid.test(id)) return { createdAt, id };
  }
  throw fieldError('querystring.cursor', 'invalid_cursor');
}

/** Every mail the platform wrote, newest first: platform admins read it when no SMTP server is set. */
export async function listOutboxMail(db: Db, actor: Actor, query: OutboxListQuery) {
  authorizeOutboxRead(actor);
  const page = await listOutbox(db, { to: query.to || undefined, limit: query.limit, after: query.cursor ? decodeCursor(query.cursor) : undefined });
  return {
    items: page.items.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      kind: m.kind,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
    total: page.total,
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}
