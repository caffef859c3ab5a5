import type { Db } from '../../src/db/client.js';
import { agreements, connections, connectionStageEvents, experts } from '../../src/db/schema/index.js';
import type { TestContext } from '../support/test-app.js';
import { newOrganisation, newUser, signedInClient } from '../support/factories.js';
import { TestClient } from '../support/test-client.js';

/** An expert of the directory with an account, signed in. */
export async function expertMember(ctx: TestContext, name: string, fields: { organisationId?: string; fieldCodes?: string[] } = {}) {
  const db = ctx.database.db;
  const user = await newUser(db, { name });
  const [expert] = await db
    .insert(experts)
    .values({
      name,
      status: 'published',
      publishedAt: new Date(),
      userId: user.id,
      ownerOrganisationId: fields.organisationId ?? null,
      fieldCodes: fields.fieldCodes ?? ['209'],
      keywords: ['đổi mới công nghệ'],
    })
    .returning();
  const client = await new TestClient(ctx.app, 'en').signInAs(user.id);
  return { user, expert, client };
}

/** A 2017 technology transfer into an enterprise: a connection that reached contract, and the transfer contract. */
export async function transferIn(db: Db, enterpriseId: string, supplierId: string, signedOn: string) {
  const [connection] = await db
    .insert(connections)
    .values({
      seekerOrganisationId: enterpriseId,
      supplierOrganisationId: supplierId,
      channel: 'direct',
      origin: 'broker',
      stage: 'contract',
      openedOn: signedOn.slice(0, 4) + '-01-15',
      provinceCode: '40',
    })
    .returning();
  await db.insert(connectionStageEvents).values({ connectionId: connection.id, fromStage: 'mou', toStage: 'contract', occurredOn: signedOn });
  const [agreement] = await db
    .insert(agreements)
    .values({
      connectionId: connection.id,
      kind: 'transfer-contract',
      title: `Hợp đồng chuyển giao dây chuyền ${signedOn.slice(0, 4)}`,
      signedOn,
      transferRight: 'right-to-use',
      parties: [
        { organisationId: supplierId, name: 'Bên giao', role: 'transferor' },
        { organisationId: enterpriseId, name: 'Bên nhận', role: 'transferee' },
      ],
    })
    .returning();
  return { connection, agreement };
}

/**
 * The Nghệ An (40) Department of S&T and its staff, the agency and its staff, an enterprise that
 * received a transfer in 2017 and one that received one in 2020, nine experts with accounts (one
 * working for the 2017 enterprise) and a provincial award round 2016–2018.
 */
export async function councilsWorld(ctx: TestContext) {
  const db = ctx.database.db;
  const department = await newOrganisation(db, { kind: 'dost', provinceCode: '40', nameVi: 'Sở KH&CN Nghệ An' });
  const otherDepartment = await newOrganisation(db, { kind: 'dost', provinceCode: '01', nameVi: 'Sở KH&CN Hà Nội' });
  const agencyOrg = await newOrganisation(db, { kind: 'agency', nameVi: 'Cục Phát triển thị trường' });
  const institute = await newOrganisation(db, { kind: 'institute', provinceCode: '01', nameVi: 'Viện Cơ khí' });
  const enterprise = await newOrganisation(db, { provinceCode: '40', nameVi: 'Công ty Cơ khí Vinh' });
  const late = await newOrganisation(db, { provinceCode: '40', nameVi: 'Công ty Chế biến Diễn Châu' });
  const transfer = await transferIn(db, enterprise.id, institute.id, '2017-06-15');
  await transferIn(db, late.id, institute.id, '2020-03-01');

  const dostStaff = await signedInClient(ctx.app, db, { organisationId: department.id, language: 'en' });
  const otherDostStaff = await signedInClient(ctx.app, db, { organisationId: otherDepartment.id, language: 'en' });
  const agency = await signedInClient(ctx.app, db, { organisationId: agencyOrg.id, language: 'en' });
  const nominee = await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' });
  const stranger = await signedInClient(ctx.app, db, { language: 'en' });
  const experts = [];
  for (let i = 0; i < 9; i++) experts.push(await expertMember(ctx, `Chuyên gia ${i + 1}`, i === 8 ? { organisationId: enterprise.id } : {}));
  const secretary = await signedInClient(ctx.app, db, { organisationId: department.id, language: 'en' });
  const ministrySecretary = await signedInClient(ctx.app, db, { organisationId: agencyOrg.id, language: 'en' });

  const round = await agency.client.post('/api/award-rounds', {
    name: 'Đổi mới công nghệ 2016–2018',
    nameEn: 'Innovation 2016–2018',
    fromYear: 2016,
    toYear: 2018,
  });
  if (round.statusCode !== 201) throw new Error(`round not created: ${round.body}`);
  return {
    department,
    otherDepartment,
    agencyOrg,
    institute,
    enterprise,
    late,
    transfer,
    dostStaff,
    otherDostStaff,
    agency,
    nominee,
    stranger,
    experts,
    secretary,
    ministrySecretary,
    roundId: round.json().id as string,
  };
}
export type CouncilsWorld = Awaited<ReturnType<typeof councilsWorld>>;

/** A provincial council of five scorers (chair, vice-chair, three members) and a secretary. */
export const provincialCouncilBody = (w: CouncilsWorld, expertIndexes = [0, 1, 2, 3, 4]) => ({
  kind: 'award-provincial',
  name: 'Hội đồng xét chọn cấp tỉnh Nghệ An 2019',
  convenerOrganisationId: w.department.id,
  meetingDate: '2019-05-20',
  members: [
    ...expertIndexes.map((i, j) => ({ expertId: w.experts[i].expert.id, role: j === 0 ? 'chair' : j === 1 ? 'vice-chair' : 'member' })),
    { userId: w.secretary.user.id, role: 'secretary' },
  ],
});
