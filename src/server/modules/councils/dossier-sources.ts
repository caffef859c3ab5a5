import type { Executor } from '../../../db/client.js';
import type { CouncilKind } from '../../../domain/programmes/council-rules.js';
import type { DossierKind } from '../../../shared/councils/councils.schemas.js';
import type { Language } from '../../../shared/i18n/language.js';
import type { FieldProblem } from '../../errors.js';
import type { AuditContext } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { awardNominationSource } from '../award/award-nomination.source.js';
import { programmeTaskSource } from '../programmes/programme-task.source.js';

/** What a council member sees of a dossier, and what the conflict checks and the reviewer helper need. */
export type DossierView = {
  id: string;
  title: string;
  /** Summary lines shown to the member once they declared no conflict, labelled in the caller's language. */
  fields: Array<{ label: string; value: string }>;
  /** The organisations on the dossier (proposer, leader, partners, nominee): a member from one of them is excluded. */
  organisations: Array<{ id: string; name: string }>;
  /** Where the full record is, in the web app. */
  link: string | null;
  /** For the reviewer-assignment helper. */
  fieldCodes: string[];
  keywords: string[];
};

/** The consensus a council adopted on one dossier. */
export type ConsolidatedResult = { councilId: string; councilKind: CouncilKind; councilDossierId: string; total: number; passed: boolean };

/**
 * A kind of dossier councils review. To add one (e.g. 'programme-task'): write one file exporting a
 * DossierSource (its queries in that module's repository), add its kind to `dossierKinds` in
 * src/shared/councils/councils.schemas.ts, and add one line to `dossierSources` below.
 */
export type DossierSource = {
  kind: DossierKind;
  /** The dossiers that exist among `ids`; missing ones are left out of the map. */
  load(db: Executor, ids: readonly string[], lang: Language): Promise<Map<string, DossierView>>;
  /** Problems that keep these dossiers from going before a council of this kind (path `dossierIds.<i>`). */
  admissible?(db: Executor, councilKind: CouncilKind, ids: readonly string[]): Promise<FieldProblem[]>;
  /** Called inside the consolidation's transaction: the dossier's own module records the outcome. */
  onConsolidated?(tx: Executor, dossierId: string, result: ConsolidatedResult, actor: Actor, audit: AuditContext): Promise<void>;
};

export const dossierSources: Record<DossierKind, DossierSource> = {
  'award-nomination': awardNominationSource,
  'programme-task': programmeTaskSource,
};

/** Loads dossiers of several kinds at once, keyed by `${kind}:${id}`. */
export async function loadDossiers(db: Executor, refs: ReadonlyArray<{ dossierKind: DossierKind; dossierId: string }>, lang: Language) {
  const byKind = new Map<DossierKind, string[]>();
  for (const r of refs) byKind.set(r.dossierKind, [...(byKind.get(r.dossierKind) ?? []), r.dossierId]);
  const views = new Map<string, DossierView>();
  for (const [kind, ids] of byKind) {
    for (const [id, view] of await dossierSources[kind].load(db, ids, lang)) views.set(`${kind}:${id}`, view);
  }
  return views;
}
