import type { OfferFull } from '../../../../shared/catalogue/offer.schemas.js';
import { EditRecordPage, NewRecordPage } from '../record-form-page.js';
import { OfferForm } from './offer-form.js';

export function NewOfferPage() {
  return <NewRecordPage<OfferFull> segment="offers" newTitleKey="catalogue.form.newOffer" renderForm={(props) => <OfferForm {...props} />} />;
}

export function EditOfferPage() {
  return <EditRecordPage<OfferFull> segment="offers" renderForm={({ record, ...props }) => <OfferForm offer={record} {...props} />} />;
}
