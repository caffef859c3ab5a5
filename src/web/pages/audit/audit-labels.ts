import en from './i18n/en.json';
import vi from './i18n/vi.json';

type AuditLabels = { entities: Record<string, string>; verbs: Record<string, string>; otherEntity: string; otherAction: string };

/** The audit log's labels by language: record types, and what was done ("create", "item.move", "stage.mou"). */
export const auditLabels: Record<'vi' | 'en', AuditLabels> = { vi, en };

function labelsFor(language: string): AuditLabels {
  return language === 'en' ? en : vi;
}

/**
 * An action code is `<record>.<what was done>` ("organisation.update", "roadmap.item.move",
 * "connection.stage.mou"); what was done is labelled on its own, so one label serves every kind of
 * record. A code the table lacks reads "other change", never itself.
 */
export function auditActionLabel(action: string, language: string): string {
  const labels = labelsFor(language);
  const dot = action.indexOf('.');
  const verb = dot < 0 ? action : action.slice(dot + 1);
  return labels.verbs[verb] ?? labels.otherAction;
}

/** The kind of record an entry is about, in the reader's language. */
export function auditEntityLabel(entityType: string, language: string): string {
  const labels = labelsFor(language);
  return labels.entities[entityType] ?? labels.otherEntity;
}
