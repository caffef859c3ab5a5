import { connectionsWorld } from '../connections/connections-world.js';
import type { TestContext } from '../support/test-app.js';

export const period = (start: number, end = start) => ({ start: { year: start }, end: { year: end } });
export const text = (vi: string, en = vi) => ({ vi, en });

/** The connections world (an enterprise in Nghệ An with a demand, an institute's offer, the point's staff, a stranger, the agency). */
export async function roadmapsWorld(ctx: TestContext) {
  const world = await connectionsWorld(ctx);
  const created = await world.seeker.client.post('/api/roadmaps', {
    title: text('Lộ trình đổi mới công nghệ Cửa Hội', 'Cua Hoi innovation roadmap'),
    scope: { kind: 'enterprise', organisationId: world.enterprise.id },
    ownerOrganisationId: world.enterprise.id,
    startYear: 2026,
    horizonYears: 5,
    reviewDate: '2027-06-30',
  });
  if (created.statusCode !== 201) throw new Error(`roadmap not created: ${created.body}`);
  return { ...world, roadmapId: created.json().id as string };
}
