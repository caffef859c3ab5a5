import type { z } from 'zod';
import type { OutboxMail } from '../../shared/audit/audit.schemas.js';
import { useCursorList } from './cursor-list.js';

export type OutboxMessage = z.infer<typeof OutboxMail>;

export const useOutbox = (to: string) => useCursorList<OutboxMessage>(['admin', 'outbox'], '/api/admin/outbox', { to });
