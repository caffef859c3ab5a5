/** Agreements that record a connection's outcome (DESIGN.md §3, Law 07/2017/QH14). */
export const agreementKinds = ['mou', 'transfer-contract', 'consulting-contract', 'other'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

/**
 * Above this a value is a typing error, not a deal: 100,000 billion VND is several times the
 * largest technology investment reported in the network (Techdemo Gia Lai 2019: 19,928 billion).
 */
export const AGREEMENT_VALUE_MAX_VND = 100_000_000_000_000;
export const EARLIEST_SIGNING = '2000-01-01';

export type AgreementInput = {
  kind: AgreementKind;
  valueVnd: number | null;
  signedOn: string | null;
  transferRight: string | null;
};

export type AgreementProblem = { path: 'valueVnd' | 'signedOn' | 'transferRight'; key: 'value_out_of_range' | 'date_out_of_range' | 'transfer_right_required' };

/** Problems a person must fix before an agreement is recorded; `today` as YYYY-MM-DD. */
export function checkAgreement(input: AgreementInput, today: string): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  if (input.valueVnd !== null && (!Number.isSafeInteger(input.valueVnd) || input.valueVnd < 0 || input.valueVnd > AGREEMENT_VALUE_MAX_VND)) {
    problems.push({ path: 'valueVnd', key: 'value_out_of_range' });
  }
  if (input.signedOn !== null && (input.signedOn < EARLIEST_SIGNING || input.signedOn > today)) {
    problems.push({ path: 'signedOn', key: 'date_out_of_range' });
  }
  if (input.kind === 'transfer-contract' && !input.transferRight) {
    problems.push({ path: 'transferRight', key: 'transfer_right_required' });
  }
  return problems;
}

/** Which progress stage an agreement of this kind brings its connection to. */
export function stageOfAgreement(kind: AgreementKind): 'mou' | 'contract' | null {
  if (kind === 'mou') return 'mou';
  if (kind === 'transfer-contract' || kind === 'consulting-contract') return 'contract';
  return null;
}
