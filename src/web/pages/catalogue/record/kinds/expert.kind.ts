import type { WebRecordKind } from './record-kind.js';

/** Experts' profiles: a person, their affiliation and services. */
export const expertKind: WebRecordKind = {
  segment: 'experts',
  newTitleKey: 'catalogue.form.newExpert',
  detail: async () => ({ Component: (await import('./expert-detail-page.js')).ExpertDetailPage }),
  form: async () => (await import('./expert-form.js')).ExpertForm,
};
