import { demandMachine } from '../../../../domain/catalogue/workflow.js';
import { demandSchemas } from '../../../../shared/catalogue/demand.schemas.js';
import { FieldError } from '../../../errors.js';
import { connectionsOfDemand } from '../../connections/connections.repository.js';
import type { RecordKind } from '../record-kind.js';
import { anyCode, commonFilters, flagIs, trlBetween } from '../search-filter.js';

/**
 * A technology demand: opened rather than published, then followed to an outcome. Its public part
 * is searched and shown to all; its confidential details and contacts only to its editors and the
 * parties of a connection to it.
 */
export const demandKind: RecordKind<'demand'> = {
  type: 'demand',
  machine: demandMachine,
  schemas: demandSchemas,
  extraActions: ['fulfil', 'close'],
  nonMaterialFields: ['contactName', 'contactEmail', 'contactPhone', 'validUntil', 'deadline'],
  search: {
    facets: ['sector', 'province', 'country', 'language', 'trl', 'field'],
    trl: 'minTrl',
    filters: (query) => [
      ...commonFilters(query),
      anyCode(['sector', 'vsic'], query.sector),
      trlBetween(query.trlMin, undefined),
      anyCode('form', query.transferForm),
      flagIs('seekAbroad', query.seekAbroad),
    ],
  },
  input: {
    check: (input) => {
      if (input.budgetMinVnd != null && input.budgetMaxVnd != null && input.budgetMinVnd > input.budgetMaxVnd) {
        throw new FieldError([{ path: 'budgetMaxVnd', key: 'budget_range' }]);
      }
    },
    referenceCodes: [['country', 'targetCountries']],
  },
  highlight: (row) => [row.title, row.publicSummary],
  confidential: { fields: ['confidentialDetails', 'contactName', 'contactEmail', 'contactPhone'], connectionsOf: connectionsOfDemand },
};
