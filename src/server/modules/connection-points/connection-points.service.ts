import type { Db } from '../../../db/client.js';
import type { OrganisationKind } from '../../../domain/organisations/organisation-kinds.js';
import type { ConnectionPoint, ConnectionPointCreateBody, ConnectionPointUpdateBody } from '../../../shared/connection-points/connection-points.schemas.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, type AuditContext } from '../audit/audit.service.js';
import { resolveConnectionPointInput } from './connection-point-input.js';
import { authorizeManageConnectionPoints, canManageConnectionPoints } from './connection-points.policy.js';
import * as repo from './connection-points.repository.js';

export type ConnectionPointDeps = { db: Db };

async function present(db: Db, actor: Actor | null, rows: repo.ConnectionPointRow[]): Promise<ConnectionPoint[]> {
  const names = await repo.provinceNames(db, [...new Set(rows.flatMap((r) => r.provinces))]);
  const canEdit = canManageConnectionPoints(actor);
  return rows.map((row) => ({
    id: row.id,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    hostOrganisation: { id: row.host.id, nameVi: row.host.nameVi, kind: row.host.kind as OrganisationKind },
    provinces: row.provinces.map((code) => ({ code, name: names.get(code) ?? code })),
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: { canEdit },
  }));
}

const auditView = ({ createdAt: _c, updatedAt: _u, ...rest }: repo.ConnectionPointRecord) => rest;

/** Every active connection point (inactive ones too for those who manage them). */
export async function listConnectionPoints(deps: ConnectionPointDeps, actor: Actor | null) {
  const items = await present(deps.db, actor, await repo.listConnectionPoints(deps.db, canManageConnectionPoints(actor)));
  return { items, total: items.length, nextCursor: null };
}

export async function getConnectionPoint(deps: ConnectionPointDeps, actor: Actor | null, id: string): Promise<ConnectionPoint> {
  const row = await repo.findConnectionPoint(deps.db, id);
  if (!row || (!row.active && !canManageConnectionPoints(actor))) throw notFound('connection_point');
  const [view] = await present(deps.db, actor, [row]);
  return view;
}

/** Opens a connection point hosted by a provincial Department of S&T or application centre. */
export async function createConnectionPoint(deps: ConnectionPointDeps, actor: Actor, audit: AuditContext, body: ConnectionPointCreateBody) {
  authorizeManageConnectionPoints(actor);
  const values = await resolveConnectionPointInput(deps.db, body);
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertConnectionPoint(tx, {
      hostOrganisationId: body.hostOrganisationId,
      nameVi: body.nameVi,
      nameEn: values.nameEn ?? null,
      provinces: values.provinces ?? [],
      active: body.active,
    });
    await recordAudit(tx, audit, {
      action: 'connection_point.create',
      entityType: 'connection_point',
      entityId: row.id,
      organisationId: row.hostOrganisationId,
      after: auditView(row),
    });
    return row.id;
  });
  return getConnectionPoint(deps, actor, id);
}

/** Edits a connection point; `version` must be the one the editor saw. */
export async function updateConnectionPoint(deps: ConnectionPointDeps, actor: Actor, audit: AuditContext, id: string, body: ConnectionPointUpdateBody) {
  authorizeManageConnectionPoints(actor);
  const { version, ...input } = body;
  if (!(await repo.findConnectionPoint(deps.db, id))) throw notFound('connection_point');
  const values = await resolveConnectionPointInput(deps.db, input);
  await deps.db.transaction(async (tx) => {
    const before = await repo.lockConnectionPoint(tx, id);
    if (!before) throw notFound('connection_point');
    const after = await repo.updateConnectionPointRow(tx, id, version, values);
    if (!after) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await recordAudit(tx, audit, {
      action: 'connection_point.update',
      entityType: 'connection_point',
      entityId: id,
      organisationId: after.hostOrganisationId,
      before: auditView(before),
      after: auditView(after),
    });
  });
  return getConnectionPoint(deps, actor, id);
}
