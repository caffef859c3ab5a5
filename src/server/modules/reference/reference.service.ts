import type { Db, Executor } from '../../../db/client.js';
import { fold, normaliseText } from '../../../domain/text/fold.js';
import type { ProvincePatch, ReferenceCategory, ReferenceItem, ReferenceItemCreate, ReferenceItemPatch } from '../../../shared/reference/reference.schemas.js';
import { referenceCategories } from '../../../shared/reference/reference.schemas.js';
import { AppError, FieldError, notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { invalidateProvinceResolver, resolveProvinceInput } from './province-resolver.cache.js';
import { authorizeReferenceEdit } from './reference.policy.js';
import * as repo from './reference.repository.js';

export { resolveProvinceInput };

/** Throws a field error on `path` unless every code is active in `category`. */
export async function assertReferenceCodes(db: Executor, category: ReferenceCategory, codes: string[], path: string): Promise<void> {
  const wanted = [...new Set(codes)];
  const found = await repo.findActiveCodes(db, category, wanted);
  if (wanted.some((c) => !found.has(c))) throw new FieldError([{ path, key: 'unknown_code' }]);
}

/** A code with the codes under it, for filters where a broad field takes in its narrower ones; a field error on `path` when unknown. */
export async function expandReferenceCode(db: Executor, category: ReferenceCategory, code: string, path: string): Promise<string[]> {
  const codes = await repo.activeCodeWithChildren(db, category, code);
  if (codes.length === 0) throw new FieldError([{ path, key: 'unknown_code' }]);
  return codes;
}

export async function listProvincesOfKind(db: Db, kind: 'current' | 'legacy') {
  if (kind === 'current') return repo.listProvinces(db);
  const rows = await repo.listLegacyProvinces(db);
  return rows.map(({ code, name, region, mergedInto }) => ({ code, name, region, mergedInto }));
}

/** Names the current unit (and the legacy one, if the input named one) for free text or a code. */
export async function resolveProvince(db: Db, q: string) {
  const resolved = await resolveProvinceInput(db, q);
  if (!resolved) throw notFound('province');
  const current = await repo.findProvince(db, resolved.current);
  if (!current) throw notFound('province');
  const legacy = resolved.legacy ? await repo.findLegacyProvince(db, resolved.legacy) : null;
  return {
    current: { code: current.code, name: current.name },
    legacy: legacy ? { code: legacy.code, name: legacy.name } : null,
  };
}

export async function updateProvince(db: Db, actor: Actor, ctx: AuditContext, code: string, patch: ProvincePatch) {
  authorizeReferenceEdit(actor);
  const updated = await db.transaction(async (tx) => {
    const before = await repo.findProvince(tx, code);
    if (!before) throw notFound('province');
    const after = await repo.updateProvince(tx, code, {
      name: patch.name === undefined ? undefined : normaliseText(patch.name),
      nameEn: patch.nameEn === undefined ? undefined : normaliseText(patch.nameEn),
      aliases: patch.aliases?.map(normaliseText),
    });
    await recordAudit(tx, ctx, {
      action: 'province.update',
      entityType: 'province',
      entityId: code,
      before: { name: before.name, nameEn: before.nameEn, aliases: before.aliases },
      after: { name: after.name, nameEn: after.nameEn, aliases: after.aliases },
    });
    return after;
  });
  invalidateProvinceResolver(db);
  return updated;
}

export async function summariseCategories(db: Db) {
  const counts = new Map((await repo.countByCategory(db)).map((c) => [c.category, c]));
  return referenceCategories.map((category) => ({
    category,
    total: counts.get(category)?.total ?? 0,
    active: counts.get(category)?.active ?? 0,
  }));
}

function toItem(row: repo.ReferenceItemRow): ReferenceItem {
  return { ...row, category: row.category as ReferenceCategory };
}

export async function listReferenceItems(db: Db, category: ReferenceCategory, q?: string): Promise<ReferenceItem[]> {
  const folded = q ? fold(q) : '';
  return (await repo.listItems(db, category, folded || undefined)).map(toItem);
}

/** Adds a code at the end of its list; a parent must be an existing code of the same list. */
export async function createReferenceItem(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  category: ReferenceCategory,
  input: ReferenceItemCreate,
): Promise<ReferenceItem> {
  authorizeReferenceEdit(actor);
  return db.transaction(async (tx) => {
    if (input.parentCode && !(await repo.findItem(tx, category, input.parentCode))) {
      throw new FieldError([{ path: 'parentCode', key: 'unknown_code' }]);
    }
    const row = await repo.insertItem(tx, {
      category,
      code: input.code,
      name: normaliseText(input.name),
      nameEn: normaliseText(input.nameEn),
      parentCode: input.parentCode ?? null,
      sortOrder: (await repo.maxSortOrder(tx, category)) + 1,
    });
    if (!row) throw new AppError('ALREADY_EXISTS', { entity: 'reference_item', category, code: input.code });
    await recordAudit(tx, ctx, {
      action: 'reference.create',
      entityType: 'reference_item',
      entityId: `${category}/${row.code}`,
      after: { name: row.name, nameEn: row.nameEn, parentCode: row.parentCode, active: row.active },
    });
    return toItem(row);
  });
}

export async function updateReferenceItem(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  category: ReferenceCategory,
  code: string,
  patch: ReferenceItemPatch,
): Promise<ReferenceItem> {
  authorizeReferenceEdit(actor);
  return db.transaction(async (tx) => {
    const before = await repo.findItem(tx, category, code);
    if (!before) throw notFound('reference_item');
    const after = await repo.updateItem(tx, category, code, {
      name: patch.name === undefined ? undefined : normaliseText(patch.name),
      nameEn: patch.nameEn === undefined ? undefined : normaliseText(patch.nameEn),
      active: patch.active,
    });
    await recordAudit(tx, ctx, {
      action: 'reference.update',
      entityType: 'reference_item',
      entityId: `${category}/${code}`,
      before: { name: before.name, nameEn: before.nameEn, active: before.active },
      after: { name: after.name, nameEn: after.nameEn, active: after.active },
    });
    return toItem(after);
  });
}
