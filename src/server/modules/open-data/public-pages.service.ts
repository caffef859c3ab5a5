import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../db/client.js';
import type { PageHead, PageMoved } from '../../plugins/web-app.js';
import { PublicStatistics } from '../../../shared/open-data/open-data.schemas.js';
import { statistics } from './open-data.service.js';
import * as repo from './open-data.repository.js';
import { licenceLine, publicStatuses } from './public-records.js';

const SITE = 'TechBridge';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const kinds = { offers: 'offer', demands: 'demand', experts: 'expert' } as const;
type Segment = keyof typeof kinds;

/** At most this much of a record's text goes into a description (search engines show about 160 characters). */
const clip = (text: string, max = 200) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
};

const generic = {
  vi: {
    statistics: 'Thống kê mạng lưới kết nối cung – cầu công nghệ',
    figures: (c: number, m: number, k: number, d: number, o: number) =>
      `${c} kết nối, ${m} biên bản ghi nhớ, ${k} hợp đồng; ${d} nhu cầu và ${o} nguồn cung công nghệ — số liệu mở theo năm, tỉnh, ngành, kênh và quốc gia đối tác.`,
    lists: { offers: 'Nguồn cung công nghệ', demands: 'Nhu cầu công nghệ', experts: 'Chuyên gia công nghệ' },
    listDescription: 'Tra cứu trên Mạng lưới kết nối cung – cầu công nghệ quốc gia.',
  },
  en: {
    statistics: 'Statistics of the technology supply–demand network',
    figures: (c: number, m: number, k: number, d: number, o: number) =>
      `${c} connections, ${m} MoUs, ${k} contracts; ${d} technology demands and ${o} offers — open figures by year, province, sector, channel and partner country.`,
    lists: { offers: 'Technology offers', demands: 'Technology demands', experts: 'Technology experts' },
    listDescription: "Search Vietnam's national technology supply–demand network.",
  },
};

/**
 * The title, description and canonical link of a public page (a published record, a list, the
 * statistics), from public fields only; where a merged duplicate's page moved; null for any other
 * page, which keeps the generic head.
 */
export async function pageHead(db: Db, baseUrl: string, request: FastifyRequest): Promise<PageHead | PageMoved | null> {
  const path = request.url.split('?')[0]!.replace(/\/+$/, '') || '/';
  const words = generic[request.language === 'en' ? 'en' : 'vi'];
  if (path === '/statistics') {
    // The statistics API's own answer, from the memory it is reused from: a page view does not recompute the figures.
    const answer = await request.server.reusePublicAnswer(request.language ?? 'vi', '/api/open-data/statistics', async () =>
      JSON.stringify(PublicStatistics.parse(await statistics(db, { level: 'current' }))),
    );
    const { totals, scope } = JSON.parse(answer) as PublicStatistics;
    return {
      title: `${words.statistics} | ${SITE}`,
      description: words.figures(totals.connections, totals.mous, totals.contracts, totals.demands ?? 0, totals.offers ?? 0),
      canonical: `${baseUrl}/statistics`,
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        name: words.statistics,
        description: words.figures(totals.connections, totals.mous, totals.contracts, totals.demands ?? 0, totals.offers ?? 0),
        url: `${baseUrl}/statistics`,
        license: licenceLine.split(' — ')[1],
        temporalCoverage: `${scope.from}/${scope.to}`,
        spatialCoverage: 'Việt Nam',
        distribution: ['statistics-connections.csv', 'statistics-agreements.csv', 'statistics-collected.csv'].map((name) => ({
          '@type': 'DataDownload',
          encodingFormat: 'text/csv',
          contentUrl: `${baseUrl}/api/open-data/bulk/${name}`,
        })),
      },
    };
  }
  const [, segment, id, extra] = path.split('/');
  if (!segment || !(segment in kinds) || extra !== undefined) return null;
  const kind = kinds[segment as Segment];
  if (!id) return { title: `${words.lists[segment as Segment]} | ${SITE}`, description: words.listDescription, canonical: `${baseUrl}/${segment}` };
  if (!uuid.test(id)) return null;
  const record = await repo.publicRecordHead(db, kind, id, publicStatuses[kind]);
  if (!record) {
    // Read only for pages that are not public: a merged duplicate's old address moved to the record kept.
    const keptId = kind === 'expert' ? null : await repo.mergedInto(db, kind, id);
    return keptId ? { movedTo: `/${segment}/${keptId}` } : null;
  }
  return {
    title: `${clip(record.title, 120)} | ${SITE}`,
    description: clip(record.description || record.title),
    canonical: `${baseUrl}/${segment}/${id}`,
  };
}

const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
/** The sitemaps protocol allows 50,000 addresses in one file. */
const PER_KIND = 16_000;

/** sitemap.xml: the public lists, the statistics page and every published record with its last change. */
export async function sitemap(db: Db, baseUrl: string): Promise<string> {
  const fixed = ['/', '/offers', '/demands', '/experts', '/statistics', '/organisations'].map((p) => `<url><loc>${xml(`${baseUrl}${p}`)}</loc></url>`);
  const records = await Promise.all(
    (Object.entries(kinds) as Array<[Segment, (typeof kinds)[Segment]]>).map(async ([segment, kind]) =>
      (await repo.publicRecordHeads(db, kind, publicStatuses[kind], PER_KIND)).map(
        (r) => `<url><loc>${xml(`${baseUrl}/${segment}/${r.id}`)}</loc><lastmod>${r.updatedAt}</lastmod></url>`,
      ),
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${[...fixed, ...records.flat()].join('\n')}\n</urlset>\n`;
}

/** robots.txt: public pages welcome; the API, sign-in and work screens not; where the sitemap is. */
export function robots(baseUrl: string): string {
  const closed = ['/api/', '/admin/', '/me/', '/workspace', '/moderation', '/imports', '/connections', '/reports', '/notifications', '/sign-in', '/register'];
  return `User-agent: *\nAllow: /\n${closed.map((p) => `Disallow: ${p}`).join('\n')}\n\nSitemap: ${baseUrl}/sitemap.xml\n`;
}
