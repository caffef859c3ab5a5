import { circular17 } from '../../src/domain/assessment/methodologies/index.js';
import { demoAnswers } from '../../src/seed/demo/assessments/demo-answers.js';
import { seededRandom } from '../../src/seed/demo/generate/random.js';
import type { TestContext } from '../support/test-app.js';
import { agencyClient, newConnectionPoint, newOrganisation, signedInClient } from '../support/factories.js';

export const METHODOLOGY = circular17.id;

/** A complete, valid Circular 17 questionnaire as the API takes it. */
export function fullAnswers(level = 0.4, seed = 7) {
  return demoAnswers(circular17, seededRandom(seed), { level, employees: 60, revenue: 30_000 }).map(({ questionId, status, value }) => ({
    questionId,
    status,
    value: value as number | boolean | string | string[],
  }));
}

/**
 * A food processor in Nghệ An (40) with a member, a second enterprise's member, the Nghệ An
 * connection point's staff, staff of a point in another province, agency staff and a platform admin.
 */
export async function assessmentWorld(ctx: TestContext) {
  const db = ctx.database.db;
  const enterprise = await newOrganisation(db, { provinceCode: '40', nameVi: 'Công ty Nước mắm Cửa Hội Thử' });
  const other = await newOrganisation(db, { provinceCode: '40' });
  const institute = await newOrganisation(db, { kind: 'institute', provinceCode: '01' });
  const centre = await newOrganisation(db, { kind: 'centre', provinceCode: '40' });
  await newConnectionPoint(db, centre.id, ['40']);
  const farCentre = await newOrganisation(db, { kind: 'centre', provinceCode: '52' });
  await newConnectionPoint(db, farCentre.id, ['52']);
  const member = await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' });
  const stranger = await signedInClient(ctx.app, db, { organisationId: other.id, language: 'en' });
  const supplier = await signedInClient(ctx.app, db, { organisationId: institute.id, language: 'en' });
  const staff = await signedInClient(ctx.app, db, { organisationId: centre.id, language: 'en' });
  const farStaff = await signedInClient(ctx.app, db, { organisationId: farCentre.id, language: 'en' });
  const agency = await agencyClient(ctx.app, db, 'en');
  const admin = await signedInClient(ctx.app, db, { platformRole: 'admin', language: 'en' });
  return { enterprise, other, member, stranger, supplier, staff, farStaff, agency, admin };
}
