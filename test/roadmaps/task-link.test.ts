import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { newDraft, programmesWorld, proposalFields, walk } from '../programmes/programmes-world.js';
import { period, text } from './roadmaps-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof programmesWorld>>;
let roadmapId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await programmesWorld(ctx);
  const created = await world.proposer.client.post('/api/roadmaps', {
    title: text('Lộ trình đổi mới công nghệ nước mắm', 'Fish-sauce innovation roadmap'),
    scope: { kind: 'enterprise', organisationId: world.enterprise.id },
    ownerOrganisationId: world.enterprise.id,
    startYear: 2026,
    horizonYears: 5,
    reviewDate: '2027-06-30',
  });
  if (created.statusCode !== 201) throw new Error(`roadmap not created: ${created.body}`);
  roadmapId = created.json().id;
});
afterAll(async () => ctx?.close());

const current = async () => (await world.proposer.client.get(`/api/roadmaps/${roadmapId}`)).json();
const itemStatus = async () => (await current()).roadmap.items.find((i: { id: string }) => i.id === 'tech-enzyme').status;

describe('a roadmap item tied to a programme task', () => {
  it('shows the task’s state, follows it to "in progress" at the contract (still so while up for acceptance), and refuses a task the editor may not see', async () => {
    const task = await newDraft(world);
    const added = await world.proposer.client.post(`/api/roadmaps/${roadmapId}/items`, {
      id: 'tech-enzyme',
      layerCode: 'technology',
      title: text('Enzyme rút ngắn ủ chượp'),
      period: period(2027),
      version: (await current()).version,
    });
    expect(added.statusCode, added.body).toBe(201);

    // Another enterprise's task is not the editor's to see: refused by field, nothing written.
    const stranger = await world.outsider.client.post('/api/programme-tasks', {
      callId: world.callId,
      proposerOrganisationId: world.stranger.id,
      ...proposalFields({ title: 'Nhiệm vụ của doanh nghiệp khác' }),
    });
    expect(stranger.statusCode, stranger.body).toBe(201);
    const before = await current();
    const hidden = await world.proposer.client.post(`/api/roadmaps/${roadmapId}/items/tech-enzyme/records`, {
      kind: 'task',
      id: stranger.json().id,
      version: before.version,
    });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().error.details.fields[0].path).toBe('id');
    expect((await current()).version).toBe(before.version);

    const tied = await world.proposer.client.post(`/api/roadmaps/${roadmapId}/items/tech-enzyme/records`, {
      kind: 'task',
      id: task.id,
      version: before.version,
    });
    expect(tied.statusCode, tied.body).toBe(200);
    expect((await current()).live['tech-enzyme'][0]).toMatchObject({
      kind: 'task',
      state: 'task-draft',
      title: 'Đổi mới công nghệ chế biến nước mắm truyền thống bằng enzyme',
    });

    await walk(world.proposer.client, task.id, [{ action: 'submit' }]);
    await walk(world.agency.client, task.id, [
      { action: 'declare-admissible' },
      { action: 'send-to-council' },
      { action: 'identify', reason: 'Hội đồng xác định nhiệm vụ' },
      { action: 'assign-directly', leadOrganisationId: world.enterprise.id, reason: 'Doanh nghiệp đề xuất có năng lực' },
      { action: 'start-appraisal' },
      { action: 'approve-appraisal' },
    ]);
    expect(await itemStatus()).toBe('planned');
    await walk(world.agency.client, task.id, [{ action: 'sign-contract' }]);
    expect(await itemStatus()).toBe('in-progress');
    expect((await current()).live['tech-enzyme'][0].state).toBe('task-in-progress');

    await walk(world.proposer.client, task.id, [{ action: 'request-acceptance' }]);
    const detail = await current();
    const history = detail.history.filter((h: { itemId: string; cause: unknown }) => h.itemId === 'tech-enzyme' && h.cause);
    expect(history[0].cause).toMatchObject({ kind: 'task', id: task.id, state: 'in-progress' });
  });
});
