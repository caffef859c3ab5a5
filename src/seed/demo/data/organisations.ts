import { enterprises, branches } from './enterprises.js';
import { foreignPartners, repOffices } from './foreign.js';
import { agency, centres, departments } from './public-bodies.js';
import { suppliers } from './suppliers.js';
import type { DemoOrganisation } from './types.js';

export { connectionPoints } from './public-bodies.js';

/** Every demo organisation; head offices come before their branches. */
export const demoOrganisations: DemoOrganisation[] = [agency, ...departments, ...centres, ...enterprises, ...branches, ...suppliers, ...foreignPartners, ...repOffices];
