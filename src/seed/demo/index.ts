import type { Tx } from '../../db/client.js';
import { loadCatalogue } from './load-catalogue.js';
import { loadExperts } from './load-experts.js';
import { loadOrganisations } from './load-organisations.js';
import { loadPeople } from './load-people.js';

/** Fictional demo organisations, people, offers, demands and experts (see seed-facts); runs once per database. */
export async function loadDemoData(tx: Tx) {
  const organisationIds = await loadOrganisations(tx);
  const userIds = await loadPeople(tx, organisationIds);
  await loadCatalogue(tx, organisationIds, userIds);
  await loadExperts(tx, organisationIds, userIds);
}
