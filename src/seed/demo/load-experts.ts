import type { Tx } from '../../db/client.js';
import { insertSeedRowsReturningIds } from '../seed.repository.js';
import { demoExperts } from './data/experts.js';
import { demoPeople } from './data/people.js';
import type { UserIds } from './demo-actors.js';
import { seededRandom } from './generate/random.js';
import { organisation } from './generate/sectors.js';
import { idOf, type OrganisationIds } from './load-organisations.js';
import { auditSeeded } from './seed-audit.js';

/** Published expert profiles kept by their affiliations; a demo account that is also an expert is linked to its profile. */
export async function loadExperts(tx: Tx, organisationIds: OrganisationIds, userIds: UserIds) {
  const random = seededRandom(20_260_303);
  const rows = demoExperts.map((expert, i) => {
    const affiliation = organisation(expert.affiliation);
    const account = demoPeople.find((p) => p.name === expert.name && p.memberships.some((m) => m.organisationKey === expert.affiliation));
    const publishedAt = random.date(new Date('2024-02-01T02:00:00Z'), new Date('2026-10-30T02:00:00Z'));
    return {
      externalId: `demo-expert-${String(i + 1).padStart(2, '0')}`,
      status: 'published',
      submittedAt: publishedAt,
      publishedAt,
      provinceCode: affiliation.provinceCode ?? null,
      country: affiliation.country ?? 'VN',
      createdAt: publishedAt,
      updatedAt: publishedAt,
      language: expert.language ?? 'vi',
      name: expert.name,
      title: expert.title,
      ownerOrganisationId: idOf(organisationIds, expert.affiliation),
      affiliationName: affiliation.nameVi,
      userId: account ? (userIds.get(account.email) ?? null) : null,
      fieldCodes: expert.fields,
      keywords: expert.expertise,
      services: expert.services,
      bio: expert.bio,
    };
  });
  const inserted = await insertSeedRowsReturningIds(tx, 'experts', rows);
  await auditSeeded(
    tx,
    'expert',
    inserted.map((id, i) => ({ id, organisationId: rows[i].ownerOrganisationId, after: { externalId: rows[i].externalId, name: rows[i].name } })),
  );
}
