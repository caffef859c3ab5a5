import type { TestContext } from '../support/test-app.js';
import { agencyClient, newOrganisation, signedInClient } from '../support/factories.js';
import type { TestClient } from '../support/test-client.js';

/** A two-year proposal (2027–2028) of an enterprise, with state and counterpart lines each year. */
export const proposalFields = (extra: Record<string, unknown> = {}) => ({
  origin: 'enterprise',
  title: 'Đổi mới công nghệ chế biến nước mắm truyền thống bằng enzyme',
  objectives: 'Rút ngắn thời gian ủ chượp từ 12 tháng xuống 6 tháng, giữ hương vị.',
  technology: 'Thủy phân cá bằng chế phẩm enzyme protease, điều khiển nhiệt độ bể ủ.',
  products: 'Quy trình công nghệ; dây chuyền 500 tấn/năm; chế phẩm enzyme.',
  partners: 'Viện Công nghệ Thực phẩm',
  sectorCode: 'C',
  provinceCode: '40',
  startOn: '2027-01-01',
  months: 24,
  lines: [
    { year: 2027, source: 'state', item: 'Thuê chuyên gia', amountVnd: 2_000_000_000 },
    { year: 2027, source: 'counterpart', item: 'Thiết bị', amountVnd: 5_000_000_000 },
    { year: 2028, source: 'state', item: 'Thuê chuyên gia', amountVnd: 1_000_000_000 },
    { year: 2028, source: 'counterpart', item: 'Nguyên vật liệu', amountVnd: 3_000_000_000 },
  ],
  ...extra,
});

/** An enterprise with a member, an institute (to lead tasks), a stranger enterprise, agency staff, and an open call. */
export async function programmesWorld(ctx: TestContext) {
  const db = ctx.database.db;
  const enterprise = await newOrganisation(db, { provinceCode: '40', nameVi: 'Công ty Nước mắm Cửa Hội' });
  const institute = await newOrganisation(db, { kind: 'institute', provinceCode: '01', nameVi: 'Viện Công nghệ Thực phẩm' });
  const stranger = await newOrganisation(db, { provinceCode: '40' });
  const proposer = await signedInClient(ctx.app, db, { organisationId: enterprise.id, language: 'en' });
  const outsider = await signedInClient(ctx.app, db, { organisationId: stranger.id, language: 'en' });
  const agency = await agencyClient(ctx.app, db, 'en');
  const call = await agency.client.post('/api/programme-calls', {
    kind: 'call',
    title: 'Đợt đề xuất nhiệm vụ năm 2027',
    deadlineAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    blockOverdueLeaders: true,
  });
  if (call.statusCode !== 201) throw new Error(`call not created: ${call.body}`);
  return { enterprise, institute, stranger, proposer, outsider, agency, callId: call.json().id as string };
}

/** A draft by the world's enterprise; answers its id and version. */
export async function newDraft(world: Awaited<ReturnType<typeof programmesWorld>>, extra: Record<string, unknown> = {}) {
  const created = await world.proposer.client.post('/api/programme-tasks', {
    callId: world.callId,
    proposerOrganisationId: world.enterprise.id,
    ...proposalFields(extra),
  });
  if (created.statusCode !== 201) throw new Error(`draft not created: ${created.body}`);
  return created.json() as { id: string; version: number };
}

/** Takes the listed actions as `client`, failing loudly on the first refusal. */
export async function walk(client: TestClient, taskId: string, steps: Array<{ action: string; reason?: string; leadOrganisationId?: string }>) {
  for (const step of steps) {
    const moved = await client.post(`/api/programme-tasks/${taskId}/transitions`, step);
    if (moved.statusCode !== 200) throw new Error(`${step.action}: ${moved.statusCode} ${moved.body}`);
  }
}
