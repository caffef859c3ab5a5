import type { Db } from '../../../db/client.js';
import { fold } from '../../../domain/text/fold.js';
import type { GlossaryTerm, GlossaryTermCreate, GlossaryTermPatch } from '../../../shared/matching/glossary.schemas.js';
import { FieldError, notFound } from '../../errors.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { authorizeGlossaryEdit } from './glossary.policy.js';
import * as repo from './glossary.repository.js';

/** The glossary bridges languages for every matcher in the country: the central agency and platform admins keep it. */
const toTerm = (row: repo.GlossaryRow): GlossaryTerm => ({ id: row.id, vi: row.vi, en: row.en, sector: row.sector, updatedAt: row.updatedAt.toISOString() });
const audited = (row: repo.GlossaryRow) => ({ vi: row.vi, en: row.en, sector: row.sector });

export async function listGlossary(db: Db, actor: Actor, query: { q?: string; limit: number; cursor?: number }) {
  authorizeGlossaryEdit(actor);
  const offset = query.cursor ?? 0;
  const { rows, total } = await repo.listTerms(db, { foldedQuery: query.q ? fold(query.q) : undefined, offset, limit: query.limit });
  const next = offset + rows.length;
  return { items: rows.map(toTerm), total, nextCursor: next < total ? String(next) : null };
}

export async function createGlossaryTerm(db: Db, actor: Actor, ctx: AuditContext, input: GlossaryTermCreate): Promise<GlossaryTerm> {
  authorizeGlossaryEdit(actor);
  return db.transaction(async (tx) => {
    if (await repo.pairExists(tx, input.vi, input.en)) throw new FieldError([{ path: 'en', key: 'glossary_term_exists' }]);
    const row = await repo.insertTerm(tx, { vi: input.vi, en: input.en, sector: input.sector ?? null, createdBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'glossary.create', entityType: 'glossary_term', entityId: row.id, after: audited(row) });
    return toTerm(row);
  });
}

export async function updateGlossaryTerm(db: Db, actor: Actor, ctx: AuditContext, id: string, patch: GlossaryTermPatch): Promise<GlossaryTerm> {
  authorizeGlossaryEdit(actor);
  return db.transaction(async (tx) => {
    const before = await repo.findTerm(tx, id);
    if (!before) throw notFound('glossary_term');
    const vi = patch.vi ?? before.vi;
    const en = patch.en ?? before.en;
    if (await repo.pairExists(tx, vi, en, id)) throw new FieldError([{ path: 'en', key: 'glossary_term_exists' }]);
    const after = await repo.updateTerm(tx, id, { vi, en, sector: patch.sector === undefined ? before.sector : patch.sector });
    await recordAudit(tx, ctx, { action: 'glossary.update', entityType: 'glossary_term', entityId: id, before: audited(before), after: audited(after) });
    return toTerm(after);
  });
}

export async function deleteGlossaryTerm(db: Db, actor: Actor, ctx: AuditContext, id: string) {
  authorizeGlossaryEdit(actor);
  await db.transaction(async (tx) => {
    const before = await repo.findTerm(tx, id);
    if (!before) throw notFound('glossary_term');
    await repo.deleteTerm(tx, id);
    await recordAudit(tx, ctx, { action: 'glossary.delete', entityType: 'glossary_term', entityId: id, before: audited(before) });
  });
}
