import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app.js';
import { catalogueWorld, publishedRecord } from './catalogue-world.js';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof catalogueWorld>>;
const ids = (list: { items: { id: string }[] }) => list.items.map((i) => i.id);
const offer = (body: Record<string, unknown>) => publishedRecord(world.owner, world.staff, '/api/offers', body);

let together: string, apart: string, elsewhere: string, dragonFruit: string;
beforeAll(async () => {
  ctx = await createTestApp();
  world = await catalogueWorld(ctx);
  // Published oldest first, so that "newest" alone would give the opposite of the expected order.
  together = await offer({ title: 'Công nghệ xử lý nước thải chăn nuôi', fieldCodes: ['204'], trl: 7 });
  apart = await offer({ title: 'Xử lý chất thải rắn và nước rỉ rác', fieldCodes: ['204'], trl: 6 });
  elsewhere = await offer({ title: 'Hệ thống lọc nước cho hộ gia đình', summary: 'Giảm lượng thải bỏ vật liệu lọc.', fieldCodes: ['105'], trl: 8 });
  dragonFruit = await offer({ title: 'Công nghệ sấy thanh long', fieldCodes: ['401'], trl: 7 });
  await offer({ title: 'Chế phẩm khử mùi tanh cho nhà máy cá', fieldCodes: ['401'], trl: 5 });
});
afterAll(async () => ctx?.close());

describe('search relevance', () => {
  it('puts records with every word in the title first, the words side by side before the words apart', async () => {
    const found = (await world.visitor.get('/api/offers?q=n%C6%B0%E1%BB%9Bc%20th%E1%BA%A3i')).json();
    expect(ids(found)).toEqual([together, apart, elsewhere]);
    expect(found.total).toBe(3);
  });

  it('keeps that order from one page to the next', async () => {
    const first = (await world.visitor.get('/api/offers?q=nuoc%20thai&limit=2')).json();
    const second = (await world.visitor.get(`/api/offers?q=nuoc%20thai&limit=2&cursor=${first.nextCursor}`)).json();
    expect([...ids(first), ...ids(second)]).toEqual([together, apart, elsewhere]);
    expect(second.nextCursor).toBeNull();
  });

  it('corrects a mistyped word even when the typo is itself a word of the catalogue', async () => {
    // "tanh" is a word here (khử mùi tanh), so only widening every word finds "thanh long".
    const found = (await world.visitor.get('/api/offers?q=tanh%20long')).json();
    expect(ids(found)).toEqual([dragonFruit]);
  });

  it('corrects a mistyped word, but takes no number for a typo of another: "2091" does not find "2019"', async () => {
    const rack = await offer({ title: 'Giàn phơi và bàn ghế xếp gọn mẫu 2019', fieldCodes: ['401'], trl: 7 });
    expect(ids((await world.visitor.get('/api/offers?q=gian%20phoi%20ban%20ghee%202019')).json())).toEqual([rack]);
    const wrongYear = (await world.visitor.get('/api/offers?q=gian%20phoi%20ban%20ghe%202091')).json();
    expect(wrongYear.total).toBe(0);
  });

  it('corrects a mistyped word to the word much nearer than the rest, not to every word within reach', async () => {
    const industrial = await offer({ title: 'Robot công nghiệp hàn khung thép', fieldCodes: ['201'], trl: 7 });
    await offer({ title: 'Robot hút bụi công nghệ cảm biến', fieldCodes: ['201'], trl: 6 });
    // "nghiiep" is 0.33 from "nghiep" and 0.70 from "nghe": "công nghệ" is not what was meant.
    const found = (await world.visitor.get('/api/offers?q=robot%20cong%20nghiiep')).json();
    expect(ids(found)).toEqual([industrial]);
  });

  it('counts facets and filters demands and experts by the same codes', async () => {
    await publishedRecord(world.owner, world.staff, '/api/demands', {
      title: 'Cần công nghệ xử lý nước thải',
      fieldCodes: ['204', '401'],
      minTrl: 6,
      sectorCode: 'E',
    });
    await publishedRecord(world.owner, world.staff, '/api/experts', { name: 'TS. Lê Thị Thủy', keywords: ['nước thải'], fieldCodes: ['204'] });
    const demands = (await world.visitor.get('/api/demands?q=nuoc%20thai')).json();
    expect(demands.facets.field).toEqual([
      { code: '204', count: 1 },
      { code: '401', count: 1 },
    ]);
    expect(demands.facets.trl).toEqual([{ code: '6', count: 1 }]);
    expect((await world.visitor.get('/api/demands?q=nuoc%20thai&trlMin=7')).json().total).toBe(0);
    expect((await world.visitor.get('/api/demands?sector=E&field=401')).json().total).toBe(1);
    const experts = (await world.visitor.get('/api/experts?q=nuoc%20thai&field=204')).json();
    expect(experts.total).toBe(1);
    expect(experts.facets.field).toEqual([{ code: '204', count: 1 }]);
  });
});
