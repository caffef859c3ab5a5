import { randomBytes } from 'node:crypto';
import type { Tx } from '../../db/client.js';
import { lawTermsOf } from '../../domain/interchange/transfer-deal-types.js';
import { techconnect2023 } from '../network-history/figures.js';
import { eventIdByName, insertSeedRows, insertSeedRowsReturningIds, organisationsOfKinds, personByEmail, type SeedRow } from '../seed.repository.js';
import { quangNinhSeekers, techconnectSectors, type TechconnectSector } from './data/techconnect-2023.js';
import { addDays, seededRandom, type Random } from './generate/random.js';
import { insertAuditedCatalogue } from './seed-audit.js';

/** The event's figures: demands identified, offers taken into the supply database, technologies shown. */
export const techconnect2023Figures = { demands: 200, offersCollected: 175, technologiesShown: 460 } as const;

const QUANG_NINH = '22';
const eventDay = (random: Random) => new Date(Date.UTC(2023, 9, 5 + random.int(0, 2), 1 + random.int(0, 8), random.int(0, 59)));

/** Sentences of the offers' descriptions, varied so that no sentence repeats across many of them. */
const trials = [
  (object: string, percent: number) => `Giải pháp đã được áp dụng thử cho ${object}, giúp giảm khoảng ${percent}% chi phí vận hành.`,
  (object: string, percent: number) => `Kết quả thử nghiệm tại ${object} cho thấy năng suất tăng khoảng ${percent}%.`,
  (object: string, percent: number) => `Mô hình trình diễn với ${object} tiết kiệm ${percent}% năng lượng so với cách làm truyền thống.`,
  (object: string, percent: number) => `Đã vận hành ổn định với ${object}, tỷ lệ sản phẩm lỗi giảm ${percent}%.`,
];
const support = [
  (months: number) => `Bên chuyển giao hỗ trợ lắp đặt, đào tạo vận hành và bảo hành ${months} tháng.`,
  (months: number) => `Gói chuyển giao gồm tài liệu kỹ thuật, đào tạo tại chỗ và hỗ trợ kỹ thuật ${months} tháng.`,
  (months: number) => `Có thể chuyển giao theo từng phần, kèm tư vấn vận hành trong ${months} tháng đầu.`,
];
const atTheEvent = [
  'Công nghệ được giới thiệu và đăng ký tại Techconnect và Đổi mới sáng tạo Việt Nam 2023 ở Quảng Ninh.',
  'Được trưng bày tại Techconnect 2023 (Hạ Long) và đưa vào cơ sở dữ liệu nguồn cung sau sự kiện.',
  'Bên chào bán sẵn sàng trình diễn tại cơ sở và hợp tác với doanh nghiệp vùng Đông Bắc.',
  'Chào bán ghi nhận tại khu kết nối cung – cầu của Techconnect 2023.',
];

/** Every (title, sector) the sectors' lists make, in a seeded order, so that titles never repeat. */
function titles(random: Random, of: (s: TechconnectSector) => string[]) {
  const all = techconnectSectors.flatMap((sector) =>
    of(sector).flatMap((t) => sector.objects.map((object) => ({ title: t.replace('{p}', object), sector, object }))),
  );
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all;
}

type Supplier = { id: string; nameVi: string; kind: string; provinceCode: string | null; legacyProvinceCode: string | null };

/**
 * Techconnect 2023 (Quảng Ninh) as real records, so that its live dashboard counts its figures:
 * 460 offers shown at the exhibition (285 already published in the supply database before the
 * event, 175 brought by exhibitors and taken into it afterwards, each linked to the event as
 * collected there) and 200 enterprise demands taken down at the event, published after moderation.
 * The institute researcher's institute and the agency (the network's joint stand) are the
 * exhibitors; the agency staff account collected the records. Bulk inserts, no service calls.
 */
export async function loadTechconnect2023(tx: Tx) {
  const eventId = await eventIdByName(tx, techconnect2023.name);
  if (!eventId) return;
  const staff = await personByEmail(tx, 'canbo.cuc@techbridge.local');
  const researcher = await personByEmail(tx, 'vien@techbridge.local');
  const suppliers: Supplier[] = (await organisationsOfKinds(tx, ['institute', 'university'])).sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
  if (!staff?.organisationId || suppliers.length === 0) return;
  const random = seededRandom(2023);
  const collectedBy = staff.userId;

  // Offers: the first 285 were in the supply database before the event, the last 175 were collected there.
  const before = techconnect2023Figures.technologiesShown - techconnect2023Figures.offersCollected;
  const offerRows: SeedRow<'offers'>[] = titles(random, (s) => s.technologies)
    .slice(0, techconnect2023Figures.technologiesShown)
    .map(({ title, sector, object }, i) => {
      const owner = random.pick(suppliers);
      const collected = i >= before;
      const createdAt = collected ? eventDay(random) : random.date(new Date('2021-01-04T02:00:00Z'), new Date('2023-08-31T02:00:00Z'));
      const submittedAt = collected ? createdAt : addDays(createdAt, random.int(1, 7));
      const publishedAt = collected ? addDays(createdAt, random.int(5, 40)) : addDays(submittedAt, random.int(2, 20));
      const law = lawTermsOf(sector.forms);
      return {
        externalId: `techconnect-2023-offer-${String(i + 1).padStart(3, '0')}`,
        status: 'published',
        submittedAt,
        publishedAt,
        moderatedBy: collectedBy,
        provinceCode: owner.provinceCode,
        legacyProvinceCode: owner.legacyProvinceCode ?? owner.provinceCode,
        createdBy: collected ? collectedBy : researcher?.organisationId === owner.id ? researcher.userId : collectedBy,
        createdAt,
        updatedAt: publishedAt,
        language: 'vi',
        title,
        summary: `${title}: giải pháp của ${owner.nameVi}, đã thử nghiệm thực tế, phù hợp với doanh nghiệp vùng Đông Bắc.`,
        description: [
          `${title}, do ${owner.nameVi} phát triển và hoàn thiện.`,
          random.pick(trials)(object, random.int(10, 35)),
          collected ? random.pick(atTheEvent) : random.pick(support)(random.int(3, 24)),
        ].join(' '),
        keywords: [...sector.keywords, object],
        sectorCode: sector.vsic,
        vsicSections: [sector.vsic],
        fieldCodes: sector.fields,
        trl: sector.trl - random.int(0, 1),
        ipStatus: random.pick(['patent', 'utility-solution', 'know-how', 'none']),
        transferRights: law.rights,
        transferForms: sector.forms,
        transferModes: law.modes,
        priceVnd: random.chance(0.2) ? null : random.int(6, 120) * 10_000_000,
        ownerOrganisationId: owner.id,
        ownerType: owner.kind,
        ownerName: owner.nameVi,
        validFrom: publishedAt.toISOString().slice(0, 10),
        validUntil: '2028-12-31',
      };
    });
  const offerIds = await insertAuditedCatalogue(tx, 'offers', offerRows);

  // Demands taken down at the booths; published after moderation, some already in talks or met since.
  const statuses = ['open', 'open', 'open', 'open', 'open', 'open', 'connecting', 'connecting', 'fulfilled', 'closed'];
  const demandRows: SeedRow<'demands'>[] = titles(random, (s) => s.needs)
    .slice(0, techconnect2023Figures.demands)
    .map(({ title, sector, object }, i) => {
      const seeker = random.pick(quangNinhSeekers);
      const createdAt = eventDay(random);
      const publishedAt = addDays(createdAt, random.int(5, 40));
      const status = statuses[i % statuses.length];
      const budget = random.chance(0.25) ? null : random.int(3, 80) * 50_000_000;
      return {
        externalId: `techconnect-2023-demand-${String(i + 1).padStart(3, '0')}`,
        status,
        submittedAt: createdAt,
        publishedAt,
        moderatedBy: collectedBy,
        provinceCode: QUANG_NINH,
        legacyProvinceCode: QUANG_NINH,
        createdBy: collectedBy,
        createdAt,
        updatedAt: publishedAt,
        language: 'vi',
        title,
        publicSummary: `${seeker} (Quảng Ninh) tìm đối tác công nghệ: ${title.charAt(0).toLowerCase()}${title.slice(1)}. Nhu cầu ghi nhận tại Techconnect 2023.`,
        confidentialDetails: {
          problem: `Sản lượng và chất lượng liên quan đến ${object} chưa ổn định; chi phí tăng ${random.int(10, 40)}% trong hai năm gần đây.`,
          currentProcess: `Hiện làm thủ công hoặc bằng thiết bị cũ, phụ thuộc kinh nghiệm của ${random.int(3, 25)} lao động lành nghề.`,
          targets: `Giảm ${random.int(15, 40)}% chi phí, đạt yêu cầu của khách hàng và cơ quan quản lý trong ${random.int(6, 24)} tháng.`,
          constraints: 'Mặt bằng hạn chế, cần chuyển giao kèm đào tạo tại chỗ.',
        },
        keywords: [...sector.keywords, object],
        sectorCode: sector.vsic,
        vsicSections: [sector.vsic],
        fieldCodes: sector.fields,
        minTrl: Math.max(5, sector.trl - 1),
        budgetMinVnd: budget === null ? null : Math.round(budget * 0.7),
        budgetMaxVnd: budget,
        deadline: '2027-06-30',
        preferredTransferForms: sector.forms,
        ownerName: seeker,
        validUntil: status === 'open' || status === 'connecting' ? '2027-12-31' : null,
      };
    });
  const demandIds = await insertAuditedCatalogue(tx, 'demands', demandRows);

  const collectedAt = (row: { createdAt?: Date }) => row.createdAt ?? new Date();
  await insertSeedRows(tx, 'eventCollectedRecords', [
    ...offerIds.slice(before).map((recordId, i) => ({
      recordType: 'offer',
      recordId,
      eventId,
      collectedBy,
      createdAt: collectedAt(offerRows[before + i]),
    })),
    ...demandIds.map((recordId, i) => ({ recordType: 'demand', recordId, eventId, collectedBy, createdAt: collectedAt(demandRows[i]) })),
  ]);

  // The exhibitors: the institute shows its own offers at its booth, the agency's joint stand the rest.
  const stands = [
    { person: staff, booth: 'A01', note: 'Gian trưng bày chung của mạng lưới kết nối cung – cầu công nghệ' },
    ...(researcher?.organisationId ? [{ person: researcher, booth: 'B12', note: 'Gian hàng của viện' }] : []),
  ];
  const registrationIds = await insertSeedRowsReturningIds(
    tx,
    'eventRegistrations',
    stands.map((s) => ({
      eventId,
      userId: s.person.userId,
      organisationId: s.person.organisationId,
      role: 'exhibitor',
      status: 'approved',
      note: s.note,
      booth: s.booth,
      calendarToken: randomBytes(24).toString('base64url'),
      decidedBy: collectedBy,
      decidedAt: new Date('2023-09-25T03:00:00Z'),
      createdAt: new Date('2023-09-15T03:00:00Z'),
    })),
  );
  const standOf = (i: number) =>
    registrationIds[1] && offerRows[i].ownerOrganisationId === researcher?.organisationId ? registrationIds[1] : registrationIds[0];
  await insertSeedRows(
    tx,
    'eventExhibits',
    offerIds.map((offerId, i) => ({ registrationId: standOf(i), offerId })),
  );
}
