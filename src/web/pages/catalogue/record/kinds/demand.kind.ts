import type { WebRecordKind } from './record-kind.js';

/** Technology demands: a public and a confidential part, and the offers and experts that fit. */
export const demandKind: WebRecordKind = {
  segment: 'demands',
  newTitleKey: 'catalogue.form.newDemand',
  detail: async () => ({ Component: (await import('./demand-detail-page.js')).DemandDetailPage }),
  form: async () => (await import('./demand-form.js')).DemandForm,
};
