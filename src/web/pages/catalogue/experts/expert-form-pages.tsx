import type { ExpertFull } from '../../../../shared/catalogue/expert.schemas.js';
import { EditRecordPage, NewRecordPage } from '../record-form-page.js';
import { ExpertForm } from './expert-form.js';

export function NewExpertPage() {
  return <NewRecordPage<ExpertFull> segment="experts" newTitleKey="catalogue.form.newExpert" renderForm={(props) => <ExpertForm {...props} />} />;
}

export function EditExpertPage() {
  return <EditRecordPage<ExpertFull> segment="experts" renderForm={({ record, ...props }) => <ExpertForm expert={record} {...props} />} />;
}
