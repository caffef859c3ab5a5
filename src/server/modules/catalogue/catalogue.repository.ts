import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organisations } from '../../../db/schema/index.js';

/** Where an organisation is, to decide who may enter records for it. */
export async function findOrganisationScope(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organisations.id, kind: organisations.kind, provinceCode: organisations.provinceCode, legacyProvinceCode: organisations.legacyProvinceCode })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}
