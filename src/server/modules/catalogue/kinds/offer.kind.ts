import { publicationMachine } from '../../../../domain/catalogue/workflow.js';
import { lawTermsOf } from '../../../../domain/interchange/transfer-deal-types.js';
import { offerSchemas } from '../../../../shared/catalogue/offer.schemas.js';
import type { RecordKind } from '../record-kind.js';
import { anyCode, commonFilters, trlBetween } from '../search-filter.js';

/** A technology offer: public once published, contacts included; the Law's transfer terms follow from its deal types. */
export const offerKind: RecordKind<'offer'> = {
  type: 'offer',
  machine: publicationMachine,
  schemas: offerSchemas,
  extraActions: [],
  nonMaterialFields: ['contactName', 'contactEmail', 'contactPhone', 'validFrom', 'validUntil'],
  search: {
    facets: ['sector', 'province', 'country', 'ownerType', 'language', 'trl', 'field'],
    trl: 'trl',
    filters: (query) => [
      ...commonFilters(query),
      anyCode(['sector', 'vsic'], query.sector),
      trlBetween(query.trlMin, query.trlMax),
      anyCode('form', query.transferForm),
      anyCode('ownerType', query.ownerType),
    ],
  },
  input: {
    referenceCodes: [
      ['transfer-right', 'transferRights'],
      ['transfer-mode', 'transferModes'],
    ],
    // When the Law's rights and modes are not given, they follow from the deal types (`transferForms`).
    derive: (input) => {
      const terms = input.transferForms ? lawTermsOf(input.transferForms) : undefined;
      return { transferRights: input.transferRights ?? terms?.rights, transferModes: input.transferModes ?? terms?.modes };
    },
  },
  highlight: (row) => [row.title, row.summary],
};
