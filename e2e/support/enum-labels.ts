import { expect } from 'vitest';
import { agreementKinds } from '../../src/domain/connections/agreement-rules.js';
import { connectionStages } from '../../src/domain/connections/stages.js';
import { demandStatuses, publicationStatuses } from '../../src/domain/catalogue/workflow.js';
import { dealTypes } from '../../src/domain/interchange/transfer-deal-types.js';
import { ownerTypes } from '../../src/domain/interchange/interchange-records.js';
import { membershipStatuses } from '../../src/domain/organisations/membership-rules.js';
import { memberRoles, organisationKinds, organisationSizes } from '../../src/domain/organisations/organisation-kinds.js';
import { catalogueTypes, ipStatuses } from '../../src/shared/catalogue/catalogue.schemas.js';
import { expertServices } from '../../src/shared/catalogue/expert.schemas.js';
import { connectionChannels, connectionOrigins } from '../../src/shared/connections/connections.schemas.js';
import { glossarySectors } from '../../src/shared/matching/glossary.schemas.js';
import { emailModes } from '../../src/shared/notifications/notifications.schemas.js';
import auditEn from '../../src/web/pages/audit/i18n/en.json';
import auditVi from '../../src/web/pages/audit/i18n/vi.json';
import catalogueEn from '../../src/web/pages/catalogue/i18n/en.json';
import catalogueVi from '../../src/web/pages/catalogue/i18n/vi.json';
import shellEn from '../../src/web/i18n/en.json';
import shellVi from '../../src/web/i18n/vi.json';

type Labels = Record<string, string>;
type Resources = { vi: Labels; en: Labels };

const both = (vi: Labels, en: Labels): Resources => ({ vi, en });

/** Each enumerated value of the shared schemas that the pages show, with the resources that label it. */
const enums: Array<[string, readonly string[], Resources]> = [
  ['organisation kind', organisationKinds, both(shellVi.organisations.kinds, shellEn.organisations.kinds)],
  ['organisation size', organisationSizes, both(shellVi.organisations.sizes, shellEn.organisations.sizes)],
  ['member role', memberRoles, both(shellVi.members.roles, shellEn.members.roles)],
  ['membership status', membershipStatuses, both(shellVi.members.statuses, shellEn.members.statuses)],
  ['connection stage', connectionStages, both(shellVi.connections.stages, shellEn.connections.stages)],
  ['connection channel', connectionChannels, both(shellVi.connections.channels, shellEn.connections.channels)],
  ['connection origin', connectionOrigins, both(shellVi.connections.origins, shellEn.connections.origins)],
  ['agreement kind', agreementKinds, both(shellVi.connections.agreements.kinds, shellEn.connections.agreements.kinds)],
  ['record status', [...new Set([...publicationStatuses, ...demandStatuses])], both(catalogueVi.status, catalogueEn.status)],
  ['owner kind', ownerTypes, both(catalogueVi.ownerTypes, catalogueEn.ownerTypes)],
  ['form of transfer', dealTypes, both(catalogueVi.transferForms, catalogueEn.transferForms)],
  ['IP status', ipStatuses, both(catalogueVi.ipStatuses, catalogueEn.ipStatuses)],
  ['record type', catalogueTypes, both(catalogueVi.moderation.types, catalogueEn.moderation.types)],
  ['e-mail timing', emailModes, both(shellVi.notifications.preferences.modes, shellEn.notifications.preferences.modes)],
];

/**
 * Values shown only on the staff pages (audit log, glossary) and on an expert's profile. Kept apart
 * because some of their codes are everyday English words ("food", "research") that a record's
 * keywords may show on the main pages.
 */
const staffPageEnums: Array<[string, readonly string[], Resources]> = [
  ['expert service', expertServices, both(catalogueVi.expertServices, catalogueEn.expertServices)],
  ['glossary sector', glossarySectors, both(shellVi.admin.glossary.sectors, shellEn.admin.glossary.sectors)],
  ['audit record type', Object.keys(auditVi.entities), both(auditVi.entities, auditEn.entities)],
  ['audit action', Object.keys(auditVi.verbs), both(auditVi.verbs, auditEn.verbs)],
];

/**
 * The labels of every enumerated value in both languages (with `staff`, also those of the staff pages), and the codes themselves. Fails when a
 * value has no label in either language, so that a page check built on it cannot pass by missing one.
 * A label spelled the same in both languages, or a code spelled as its own label, is left out: it
 * tells nothing about the language shown.
 */
export function enumLabels(pages: 'main' | 'staff' = 'main') {
  const missing: string[] = [];
  const vi = new Set<string>();
  const en = new Set<string>();
  const codes = new Set<string>();
  for (const [name, values, labels] of pages === 'main' ? enums : [...enums, ...staffPageEnums]) {
    for (const value of values) {
      const [viLabel, enLabel] = [labels.vi[value], labels.en[value]];
      if (!viLabel?.trim() || !enLabel?.trim()) {
        missing.push(`${name} ${value}`);
        continue;
      }
      vi.add(viLabel);
      en.add(enLabel);
      if (value !== viLabel && value !== enLabel) codes.add(value);
    }
  }
  expect(missing, 'enumerated values without a label in Vietnamese or English').toEqual([]);
  return {
    viOnly: new Set([...vi].filter((label) => !en.has(label))),
    enOnly: new Set([...en].filter((label) => !vi.has(label))),
    codes,
  };
}
