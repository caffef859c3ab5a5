import type { Tx } from '../../db/client.js';
import { fishSauceMap } from '../../domain/roadmaps/demo/fish-sauce-map.js';
import { fishSauceRoadmap } from '../../domain/roadmaps/demo/fish-sauce-roadmap.js';
import { insertSeedRows, organisationIdsByName } from '../seed.repository.js';

const OWNER = 'Sở Khoa học và Công nghệ tỉnh Nghệ An';

/** The fish-sauce technology map and the sector roadmap built on it, owned by Nghệ An's Department of S&T and published. */
export async function loadDemoRoadmaps(tx: Tx) {
  const owner = (await organisationIdsByName(tx, [OWNER])).get(OWNER);
  if (!owner) return;
  const map = fishSauceMap;
  await insertSeedRows(
    tx,
    'technologyMaps',
    [{ id: map.id, titleVi: map.title.vi, titleEn: map.title.en, vsicCode: map.vsicCode, ownerOrganisationId: owner.id, document: map }],
    {
      skipExisting: true,
    },
  );
  const doc = { ...fishSauceRoadmap, ownerId: owner.id };
  await insertSeedRows(
    tx,
    'roadmaps',
    [
      {
        id: doc.id,
        titleVi: doc.title.vi,
        titleEn: doc.title.en,
        scopeKind: doc.scope.kind,
        vsicCode: doc.scope.kind === 'sector' ? doc.scope.vsicCode : null,
        ownerOrganisationId: owner.id,
        published: true,
        reviewDate: doc.reviewDate,
        document: doc,
      },
    ],
    { skipExisting: true },
  );
}
