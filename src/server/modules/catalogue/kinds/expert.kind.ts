import { publicationMachine } from '../../../../domain/catalogue/workflow.js';
import { expertSchemas } from '../../../../shared/catalogue/expert.schemas.js';
import type { RecordKind } from '../record-kind.js';
import { commonFilters } from '../search-filter.js';

/** An expert's profile: published like an offer; email and phone are private, requests go through the platform. */
export const expertKind: RecordKind<'expert'> = {
  type: 'expert',
  machine: publicationMachine,
  schemas: expertSchemas,
  extraActions: [],
  nonMaterialFields: ['email', 'phone', 'validUntil'],
  search: { facets: ['province', 'country', 'language', 'field'], filters: commonFilters },
  input: {},
  highlight: (row) => [row.name, [row.affiliationName, row.keywords.join(', ')].filter(Boolean).join(' — ') || null],
};
