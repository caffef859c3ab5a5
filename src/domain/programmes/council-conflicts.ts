import { isScorer, type CompositionRule, type CouncilMember } from './council-rules.js';

/**
 * Before seeing a dossier each member declares whether they have a conflict of interest with it;
 * a declared conflict, or working for an organisation on the dossier, excludes them from it.
 */
export type ConflictDeclaration = { personId: string; dossierId: string; conflict: boolean; reason: string | null; declaredAt: Date };

/** A dossier as councils see it: the organisations behind it (proposer, leader, partners, nominee). */
export type CouncilDossier = { id: string; organisationIds: readonly string[] };

export type Exclusion = 'declared-conflict' | 'same-organisation' | 'absent';

const declarationOf = (personId: string, dossierId: string, declarations: readonly ConflictDeclaration[]) =>
  declarations.find((d) => d.personId === personId && d.dossierId === dossierId) ?? null;

function exclusionOf(member: CouncilMember, dossier: CouncilDossier, declarations: readonly ConflictDeclaration[]): Exclusion | null {
  if (member.organisationId !== null && dossier.organisationIds.includes(member.organisationId)) return 'same-organisation';
  return declarationOf(member.personId, dossier.id, declarations)?.conflict ? 'declared-conflict' : null;
}

/** Whether a member may open a dossier: only after declaring no conflict with it, and never from an organisation on it. */
export function mayOpenDossier(
  member: CouncilMember,
  dossier: CouncilDossier,
  declarations: readonly ConflictDeclaration[],
): { ok: true } | { ok: false; reason: Exclusion | 'not-declared' } {
  const exclusion = exclusionOf(member, dossier, declarations);
  if (exclusion) return { ok: false, reason: exclusion };
  return declarationOf(member.personId, dossier.id, declarations) ? { ok: true } : { ok: false, reason: 'not-declared' };
}

export type DossierPanel = {
  /** Scorers who declared no conflict and are present. */
  scorers: string[];
  /** Scorers who have not declared yet: eligible unless they declare a conflict. */
  undeclared: string[];
  excluded: Array<{ personId: string; reason: Exclusion }>;
  presidingId: string | null;
  required: number;
  /** Enough confirmed scorers and, if required, a chair or vice-chair among them. */
  hasQuorum: boolean;
  /** Would have a quorum if every undeclared scorer declares no conflict; false means the council must be completed. */
  canReachQuorum: boolean;
};

/** Who scores a dossier once conflicts and absences are taken out, and whether that still makes a quorum. */
export function dossierPanel(
  members: readonly CouncilMember[],
  rule: CompositionRule,
  dossier: CouncilDossier,
  declarations: readonly ConflictDeclaration[],
  absentIds: readonly string[] = [],
): DossierPanel {
  const excluded: DossierPanel['excluded'] = [];
  const scorers: string[] = [];
  const undeclared: string[] = [];
  for (const member of members) {
    const exclusion = exclusionOf(member, dossier, declarations) ?? (absentIds.includes(member.personId) ? 'absent' : null);
    if (exclusion) excluded.push({ personId: member.personId, reason: exclusion });
    else if (!isScorer(member, rule)) continue;
    else if (declarationOf(member.personId, dossier.id, declarations)) scorers.push(member.personId);
    else undeclared.push(member.personId);
  }
  const required = Math.max(rule.quorum.minScorers, Math.ceil(rule.quorum.share * members.filter((m) => isScorer(m, rule)).length - 1e-9));
  const presiding = (pool: readonly string[]) =>
    ['chair', 'vice-chair'].flatMap((role) => members.filter((m) => m.role === role && pool.includes(m.personId)))[0]?.personId ?? null;
  const quorate = (pool: readonly string[]) => pool.length >= required && (!rule.quorum.presidingRequired || presiding(pool) !== null);
  return {
    scorers,
    undeclared,
    excluded,
    presidingId: presiding(scorers),
    required,
    hasQuorum: quorate(scorers),
    canReachQuorum: quorate([...scorers, ...undeclared]),
  };
}
