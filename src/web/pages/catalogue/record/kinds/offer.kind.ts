import type { WebRecordKind } from './record-kind.js';

/** Technology offers: transfer terms, and the demands they could solve. */
export const offerKind: WebRecordKind = {
  segment: 'offers',
  newTitleKey: 'catalogue.form.newOffer',
  detail: async () => ({ Component: (await import('./offer-detail-page.js')).OfferDetailPage }),
  form: async () => (await import('./offer-form.js')).OfferForm,
};
