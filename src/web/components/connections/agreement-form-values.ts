import type { AgreementKind } from '../../../domain/connections/agreement-rules.js';
import type { AgreementCreate, ConnectionDetail } from '../../api/connections.js';

type Role = 'transferor' | 'transferee' | 'consultant' | 'client' | 'party';
export type AgreementFormValues = {
  kind: AgreementKind;
  title: string;
  parties: Array<{ organisationId: string | null; name: string; role: Role }>;
  valueVnd: number | string;
  signedOn: string;
  transferRight: string | null;
  transferForms: string[];
  transferModes: string[];
  checklist: string[];
};

/** After a meeting the next paper is usually an MoU; after an MoU, a contract. */
function likelyKind(stage: string): AgreementKind {
  return stage === 'mou' || stage === 'contract' ? 'transfer-contract' : 'mou';
}

export function initialAgreementValues(connection: ConnectionDetail, today: string): AgreementFormValues {
  const parties: AgreementFormValues['parties'] = [];
  if (connection.supplier.name) parties.push({ organisationId: connection.supplier.organisationId, name: connection.supplier.name, role: 'transferor' });
  if (connection.seeker.name) parties.push({ organisationId: connection.seeker.organisationId, name: connection.seeker.name, role: 'transferee' });
  return {
    kind: likelyKind(connection.stage),
    title: connection.offer?.title ?? connection.demand?.title ?? '',
    parties,
    valueVnd: '',
    signedOn: today,
    transferRight: null,
    transferForms: [],
    transferModes: [],
    checklist: [],
  };
}

/** The form's values as the API takes them; an empty value means "not stated". */
export function agreementBody(values: AgreementFormValues): AgreementCreate {
  return {
    ...values,
    title: values.title.trim(),
    parties: values.parties.filter((p) => p.name.trim()).map((p) => ({ ...p, name: p.name.trim() })),
    valueVnd: values.valueVnd === '' ? null : Number(values.valueVnd),
  };
}
