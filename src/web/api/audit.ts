import type { AuditEntry } from '../../shared/audit/audit.schemas.js';
import { useCursorList } from './cursor-list.js';

export type { AuditEntry };

export type AuditFilters = { actorId?: string; entityType?: string; entityId?: string; action?: string; from?: string; to?: string };

export const useAuditLog = (filters: AuditFilters) => useCursorList<AuditEntry>(['admin', 'audit'], '/api/audit', filters);
