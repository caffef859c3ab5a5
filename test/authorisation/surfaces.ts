import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { pdfText } from '../assessment/pdf-text.js';
import { multipart } from '../imports/multipart.js';
import { sampleBody, type JsonSchema } from './sample-body.js';

type Parameter = { in: 'path' | 'query'; name: string; required?: boolean; schema?: { enum?: string[] } };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

const document = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../docs/openapi.json'), 'utf8')) as Document;

/**
 * GET operations left out, and why: both follow a mailed token and touch no record (sign-in
 * abuse and their time-outs are another part of issue 10).
 */
const skipped = new Set(['/api/auth/verify-email', '/api/auth/reset-password/{token}']);

/** Public reads outside the OpenAPI document (they are not JSON): what search engines fetch. */
const publicFilesOutsideApi = ['/sitemap.xml', '/robots.txt'];

/** Values for required query parameters that are not lists of choices. */
const requiredQuery: Record<string, string> = { from: '2000-01-01', to: '2100-12-31', q: 'Nghệ An', token: 'x', callbackURL: '/' };

/**
 * A path template with its parameters filled: each enum value, or each id the fixture has for the
 * segment before the parameter (`/api/demands/{id}` → the demands), or an unknown id. `planted`
 * says whether a planted record's id is in it.
 */
function fillPath(template: string, params: Parameter[], ids: Record<string, string[]>) {
  const segments = template.split('/');
  const pathParams = params.filter((p) => p.in === 'path');
  const values = pathParams.map((p) => {
    if (p.schema?.enum) return p.schema.enum.map((value) => ({ value, planted: false }));
    const before = segments[segments.indexOf(`{${p.name}}`) - 1] ?? '';
    return ids[before]?.length ? ids[before].map((value) => ({ value, planted: true })) : [{ value: crypto.randomUUID(), planted: false }];
  });
  const combinations = values.reduce<Array<Array<{ value: string; planted: boolean }>>>(
    (acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])),
    [[]],
  );
  return combinations.map((combination) => ({
    url: pathParams.reduce((url, p, i) => url.replace(`{${p.name}}`, encodeURIComponent(combination[i]!.value)), template),
    planted: combination.some((v) => v.planted),
    firstId: combination.find((v) => /^[0-9a-f-]{36}$/.test(v.value))?.value,
  }));
}

/**
 * Every GET of the OpenAPI document as concrete URLs: a path parameter takes each of its enum
 * values, or each id the fixture has for the segment before it (`/api/demands/{id}` → the
 * demands), or an unknown id; a query parameter with choices (`format`) gives a URL per choice,
 * a `q` parameter one more URL searching for `probe` (a marker must not be findable), and an id
 * filter (`demandId`, `entityId`) one URL per planted record.
 */
export function readUrls(ids: Record<string, string[]>, probe: string): string[] {
  const urls: string[] = [];
  for (const [template, operations] of Object.entries(document.paths)) {
    const get = operations.get;
    if (!get || skipped.has(template)) continue;
    const params = get.parameters ?? [];
    const base = fillPath(template, params, ids).map((filled) => filled.url);
    const required = params
      .filter((p) => p.in === 'query' && p.required)
      .map((p) => `${p.name}=${encodeURIComponent(p.schema?.enum?.[0] ?? requiredQuery[p.name] ?? 'x')}`);
    const variants: string[][] = [required];
    for (const p of params.filter((q) => q.in === 'query' && !q.required && q.schema?.enum)) {
      for (const value of p.schema!.enum!) variants.push([...required, `${p.name}=${encodeURIComponent(value)}`]);
    }
    if (params.some((p) => p.in === 'query' && p.name === 'q'))
      variants.push([...required.filter((r) => !r.startsWith('q=')), `q=${encodeURIComponent(probe)}`]);
    // A filter by id (`demandId`, the audit's `entityId`) narrows a long list to the planted records, so their entries are on the first page.
    for (const p of params.filter((q) => q.in === 'query' && q.name.endsWith('Id'))) {
      const kind = p.name.slice(0, -2);
      const candidates = kind === 'entity' ? Object.values(ids).flat() : (ids[`${kind}s`] ?? []);
      for (const id of candidates) variants.push([...required, `${p.name}=${id}`]);
    }
    for (const url of base) for (const query of variants) urls.push(query.length ? `${url}?${query.join('&')}` : url);
  }
  return [...new Set([...urls, ...publicFilesOutsideApi])];
}

/** The text of an answer as a person would read it: a spreadsheet's cells, a PDF's text, or the body itself. */
export async function readableText(response: { headers: Record<string, unknown>; rawPayload: Buffer }): Promise<string> {
  const type = String(response.headers['content-type'] ?? '');
  if (type.includes('pdf') || response.rawPayload.subarray(0, 5).toString('latin1') === '%PDF-') return pdfText(response.rawPayload);
  const zipped = response.rawPayload.subarray(0, 2).toString('latin1') === 'PK';
  if (!type.includes('spreadsheetml') && !zipped) return response.rawPayload.toString('utf8');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
  return cells.join('\n');
}

/** A write of the OpenAPI document made concrete: its URL, a body its schema accepts, and whether it aims at a planted record. */
export type WriteRequest = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body: unknown; headers?: Record<string, string>; planted: boolean };

/**
 * What some writes need that their schema cannot say (a rule across fields, a file), so that the
 * sampled request passes validation and meets the module's policy.
 */
const bodyRules: Record<string, () => { body: unknown; headers?: Record<string, string> }> = {
  '/api/organisations/{id}/members/{userId}': () => ({ body: { status: 'active' } }),
  '/api/demands/{id}/matches/dismissals': () => ({ body: { offerId: crypto.randomUUID() } }),
  '/api/demands/{id}/foreign-offers': () => ({ body: { offerId: crypto.randomUUID() } }),
  // An event needs an organiser (a rule across fields): one nobody works for, so only the event's own organisers get past the policy.
  '/api/events/{id}': () => ({
    body: {
      kind: 'techmart',
      name: 'Thử nghiệm quyền truy cập',
      startsOn: '2099-06-15',
      endsOn: '2099-06-15',
      organiserOrganisationIds: [crypto.randomUUID()],
    },
  }),
  ...Object.fromEntries(
    ['offers', 'demands', 'experts', 'assessments'].map((kind) => [
      `/api/${kind}/{id}/attachments`,
      () => {
        const upload = multipart({}, { name: 'probe.txt', data: Buffer.from('probe\n'), type: 'text/plain' });
        return { body: upload.payload, headers: upload.headers };
      },
    ]),
  ),
};

/**
 * Every write operation of the OpenAPI document (but sign-in and the account's own: they are the
 * session the sweep rides on, and have their own tests) on every planted record its path can
 * name, with the smallest body its schema accepts, ids in it pointing at the record of the path.
 */
export function writeRequests(ids: Record<string, string[]>): WriteRequest[] {
  const requests: WriteRequest[] = [];
  for (const [template, operations] of Object.entries(document.paths)) {
    if (template.startsWith('/api/auth/')) continue;
    for (const [method, operation] of Object.entries(operations)) {
      if (method === 'get') continue;
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      for (const filled of fillPath(template, operation.parameters ?? [], ids)) {
        const ruled = bodyRules[template]?.();
        const body = ruled ? ruled.body : schema ? sampleBody(schema, document.components.schemas, filled.firstId ?? crypto.randomUUID()) : undefined;
        requests.push({ method: method.toUpperCase() as WriteRequest['method'], url: filled.url, body, headers: ruled?.headers, planted: filled.planted });
      }
    }
  }
  return requests;
}
