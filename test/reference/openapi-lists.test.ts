import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every list in the published API document pages by cursor and reports its real total: a GET whose
 * answer is an array, or an object with an `items` array, must answer `total` and `nextCursor` and
 * take a `cursor` query parameter. docs/openapi.json is the code's document (openapi-document.test.ts
 * fails when they differ), so reading the file checks the routes as they are.
 */
type JsonSchema = { $ref?: string; type?: string | string[]; properties?: Record<string, JsonSchema> };
type Operation = { parameters?: { name: string; in: string }[]; responses?: Record<string, { content?: Record<string, { schema: JsonSchema }> }> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

const document = JSON.parse(fs.readFileSync('docs/openapi.json', 'utf8')) as Document;
const resolve = (schema: JsonSchema): JsonSchema => (schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop() as string]) : schema);

/** Lists that are bounded by nature, so one answer holds them all; each says what bounds it. */
const bounded: Record<string, string> = {
  '/api/reference/categories': 'the fixed set of reference categories',
  '/api/reference/{category}': 'one reference enumeration (sectors, fields, …), maintained by hand',
  '/api/me/notification-preferences': 'one row per notification kind, a fixed enumeration',
  '/api/moderation/overview': 'one row per catalogue record kind (offers, demands, experts)',
  '/api/award-rounds/{id}/honourees': "at most the round's maxHonourees",
  '/api/events/{id}/agenda': "one person's meetings in one event: at most one per time slot",
  '/api/event-sessions/{id}/table-sheet': "one table's meetings in one session: at most one per time slot",
  // Answered whole, uncapped, with total = every row and nextCursor always null (one record's or one organisation's own rows).
  '/api/offers/{id}/attachments': "one record's attachments",
  '/api/demands/{id}/attachments': "one record's attachments",
  '/api/experts/{id}/attachments': "one record's attachments",
  '/api/assessments/{id}/attachments': "one assessment's evidence files",
  '/api/me/organisations': "the caller's own memberships",
  '/api/organisations/{id}/members': "one organisation's members",
  '/api/organisations/{id}/invitations': "one organisation's pending invitations",
  '/api/connection-points': 'one connection point per province at most',
  // Ranked "best N" answers: `limit` (capped by the schema) is the list, not a page of a longer one.
  '/api/demands/{id}/matches': 'the best `limit` matches of one demand',
  '/api/offers/{id}/matches': 'the best `limit` matches of one offer',
};

function listOperations() {
  const lists: { path: string; paged: boolean }[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const get = operations.get;
    const schema = get?.responses?.['200']?.content?.['application/json']?.schema;
    if (!get || !schema) continue;
    const answer = resolve(schema);
    const items = answer.properties?.items && resolve(answer.properties.items);
    if (answer.type !== 'array' && items?.type !== 'array') continue;
    const query = (get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    const paged = answer.type !== 'array' && 'total' in (answer.properties ?? {}) && 'nextCursor' in (answer.properties ?? {});
    lists.push({ path, paged: paged && query.includes('cursor') });
  }
  return lists;
}

describe('lists in the API document', () => {
  const lists = listOperations();

  it('finds the list operations (the walk itself works)', () => {
    expect(lists.length).toBeGreaterThan(40);
    expect(lists.find((l) => l.path === '/api/events')).toEqual({ path: '/api/events', paged: true });
    expect(lists.find((l) => l.path === '/api/users')).toEqual({ path: '/api/users', paged: true });
  });

  it('gives every unbounded list a cursor, a nextCursor and its real total', () => {
    const unpaged = lists.filter((l) => !l.paged && !(l.path in bounded)).map((l) => l.path);
    expect(
      unpaged,
      'These lists answer no total or take no cursor: page them with pageOf + PageQuery + keyset() (or sortedPage for a list computed in Node)',
    ).toEqual([]);
  });

  it('keeps the exemptions honest: each names a list that exists and does not page', () => {
    const unpaged = new Set(lists.filter((l) => !l.paged).map((l) => l.path));
    const stale = Object.keys(bounded).filter((path) => !unpaged.has(path));
    expect(stale, 'These now page (or are gone): remove them from the exemptions').toEqual([]);
  });
});
