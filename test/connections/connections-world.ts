import type { TestContext } from '../support/test-app.js';
import { agencyClient, newConnectionPoint, newDemand, newOffer, newOrganisation, signedInClient } from '../support/factories.js';

/**
 * An enterprise in Nghệ An (40) with an open demand, an institute in Hà Nội with a published
 * offer, the Nghệ An connection point's staff, a stranger enterprise and agency staff.
 */
export async function connectionsWorld(ctx: TestContext) {
  const db = ctx.database.db;
  const enterprise = await newOrganisation(db, { provinceCode: '40', nameVi: 'Công ty Nước mắm Cửa Hội' });
  const institute = await newOrganisation(db, { kind: 'institute', provinceCode: '01', nameVi: 'Viện Công nghệ Thực phẩm' });
  const stranger = await newOrganisation(db, { provinceCode: '40' });
  const centre = await newOrganisation(db, { kind: 'centre', provinceCode: '40' });
  const point = await newConnectionPoint(db, centre.id, ['40']);
  const demand = await newDemand(db, { ownerOrganisationId: enterprise.id, provinceCode: '40', title: 'Rút ngắn thời gian ủ chượp nước mắm' });
  const offer = await newOffer(db, {
    ownerOrganisationId: institute.id,
    provinceCode: '01',
    title: 'Chế phẩm enzyme thủy phân cá',
    sectorCode: 'C',
    fieldCodes: ['209'],
  });
  const seeker = await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' });
  const supplier = await signedInClient(ctx.app, db, { organisationId: institute.id, language: 'en' });
  const broker = await signedInClient(ctx.app, db, { organisationId: centre.id, language: 'en' });
  const outsider = await signedInClient(ctx.app, db, { organisationId: stranger.id, language: 'en' });
  const agency = await agencyClient(ctx.app, db, 'en');
  return { enterprise, institute, stranger, centre, point, demand, offer, seeker, supplier, broker, outsider, agency };
}
