import type { DemandFull } from '../../../../shared/catalogue/demand.schemas.js';
import { EditRecordPage, NewRecordPage } from '../record-form-page.js';
import { DemandForm } from './demand-form.js';

export function NewDemandPage() {
  return <NewRecordPage<DemandFull> segment="demands" newTitleKey="catalogue.form.newDemand" renderForm={(props) => <DemandForm {...props} />} />;
}

export function EditDemandPage() {
  return <EditRecordPage<DemandFull> segment="demands" renderForm={({ record, ...props }) => <DemandForm demand={record} {...props} />} />;
}
