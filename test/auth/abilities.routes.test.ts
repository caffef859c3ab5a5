import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyClient, newConnectionPoint, newOrganisation, signedInClient } from '../support/factories.js';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { TestClient } from '../support/test-client.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

type Ability = boolean | unknown[];
const abilitiesOf = async (client: TestClient) => (await client.get('/api/auth/me')).json().abilities as Record<string, Ability>;
// A list ability (the organisations one may start a roadmap for) is granted when it names at least one.
const granted = (abilities: Record<string, Ability>) =>
  Object.entries(abilities)
    .filter(([, allowed]) => (Array.isArray(allowed) ? allowed.length > 0 : allowed))
    .map(([name]) => name)
    .sort();

describe('/api/auth/me abilities', () => {
  it('gives a visitor nothing, an enterprise member posting and its own roadmap, and a person without an organisation the way to one', async () => {
    expect(granted(await abilitiesOf(new TestClient(ctx.app)))).toEqual([]);
    const enterprise = await newOrganisation(ctx.database.db, { kind: 'enterprise' });
    const { client } = await signedInClient(ctx.app, ctx.database.db, { organisationId: enterprise.id });
    expect(granted(await abilitiesOf(client))).toEqual(['postRecords', 'startRoadmaps', 'useWorkspace']);
    expect((await abilitiesOf(client)).startRoadmaps).toEqual([{ organisationId: enterprise.id, scope: 'enterprise' }]);
    const { client: loner } = await signedInClient(ctx.app, ctx.database.db);
    expect(granted(await abilitiesOf(loner))).toEqual(['joinOrganisation']);
  });

  it('gives connection-point staff their provinces’ work, and agency staff the network’s', async () => {
    const centre = await newOrganisation(ctx.database.db, { kind: 'centre', provinceCode: '40' });
    await newConnectionPoint(ctx.database.db, centre.id, ['40']);
    const { client: staff } = await signedInClient(ctx.app, ctx.database.db, { organisationId: centre.id });
    expect(granted(await abilitiesOf(staff))).toEqual([
      'import',
      'manageRegionOrganisations',
      'moderate',
      'postOnBehalf',
      'postRecords',
      'seeReports',
      'startRoadmaps',
      'useWorkspace',
    ]);
    expect((await abilitiesOf(staff)).startRoadmaps).toEqual([{ organisationId: centre.id, scope: 'sector' }]);

    const { client: agency } = await agencyClient(ctx.app, ctx.database.db);
    const abilities = await abilitiesOf(agency);
    expect(abilities).toMatchObject({ overseeNetwork: true, seeNationalReports: true, editReference: true, readAudit: true, workForeignQueue: true });
    expect(abilities).toMatchObject({ administerUsers: false, readOutbox: false, manageRegionOrganisations: false });
  });

  it('gives a representative office its foreign queue and a platform admin the accounts and outbox', async () => {
    const office = await newOrganisation(ctx.database.db, { kind: 'rep-office', country: 'KR', provinceCode: null, coveredCountries: ['KR'] });
    const { client: rep } = await signedInClient(ctx.app, ctx.database.db, { organisationId: office.id });
    expect(granted(await abilitiesOf(rep))).toEqual(['postRecords', 'useWorkspace', 'workForeignQueue']);
    const { client: admin } = await signedInClient(ctx.app, ctx.database.db, { platformRole: 'admin' });
    expect(await abilitiesOf(admin)).toMatchObject({ administerUsers: true, readOutbox: true, editGlossary: true, useWorkspace: false });
  });
});
