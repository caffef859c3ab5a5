import { randomBytes } from 'node:crypto';
import type { Tx } from '../../db/client.js';
import { techconnect2023, techdemo2019 } from '../network-history/figures.js';
import {
  activeConnectionPoints,
  eventIdByName,
  insertSeedRows,
  insertSeedRowsReturningIds,
  organisationsOfKinds,
  personByEmail,
  updateSeedEvent,
  type SeedRow,
} from '../seed.repository.js';

type Activity = Omit<SeedRow<'eventActivities'>, 'eventId'>;

const techdemoProgramme: Activity[] = [
  {
    kind: 'exhibition',
    title: 'Triển lãm công nghệ, thiết bị (khoảng 500 gian hàng)',
    titleEn: 'Technology and equipment exhibition (about 500 booths)',
    day: '2019-11-24',
    startTime: '08:00',
    endTime: '17:00',
    place: 'Quảng trường Đại Đoàn Kết',
  },
  {
    kind: 'demonstration',
    title: 'Khu trình diễn công nghệ nông nghiệp công nghệ cao',
    titleEn: 'Demonstration zone: high-tech agriculture',
    day: '2019-11-24',
    startTime: '09:00',
    endTime: '16:00',
    place: 'Khu trình diễn ngoài trời',
  },
  {
    kind: 'forum',
    title: 'Diễn đàn ứng dụng công nghệ trong chế biến nông sản Tây Nguyên',
    titleEn: 'Forum: technology in Central Highlands farm-produce processing',
    day: '2019-11-25',
    startTime: '08:30',
    endTime: '11:30',
    place: 'Hội trường tỉnh Gia Lai',
  },
  {
    kind: 'b2b',
    title: 'Gặp gỡ B2B giữa doanh nghiệp và nhà cung cấp công nghệ',
    titleEn: 'B2B meetings between enterprises and technology suppliers',
    day: '2019-11-25',
    startTime: '13:30',
    endTime: '17:00',
    place: 'Khu kết nối',
  },
  {
    kind: 'mou-signing',
    title: 'Lễ ký kết 12 biên bản ghi nhớ chuyển giao công nghệ',
    titleEn: 'Signing of 12 technology-transfer MoUs',
    day: '2019-11-26',
    startTime: '09:00',
    endTime: '10:30',
    place: 'Hội trường tỉnh Gia Lai',
  },
];

const techconnectProgramme: Activity[] = [
  {
    kind: 'exhibition',
    title: 'Triển lãm 460 công nghệ, thiết bị',
    titleEn: 'Exhibition of 460 technologies and equipment',
    day: '2023-10-05',
    startTime: '08:00',
    endTime: '17:00',
    place: 'Cung Quy hoạch, Hội chợ và Triển lãm Quảng Ninh',
  },
  {
    kind: 'forum',
    title: 'Diễn đàn đổi mới sáng tạo và chuyển đổi số vùng Đông Bắc',
    titleEn: 'Forum: innovation and digital transformation in the North East',
    day: '2023-10-05',
    startTime: '14:00',
    endTime: '17:00',
  },
  {
    kind: 'demonstration',
    title: 'Khu trình diễn công nghệ chế biến thủy sản',
    titleEn: 'Demonstration zone: seafood processing',
    day: '2023-10-06',
    startTime: '08:00',
    endTime: '17:00',
  },
  {
    kind: 'b2b',
    title: 'Kết nối cung – cầu: 200 nhu cầu doanh nghiệp, 175 chào bán công nghệ',
    titleEn: 'Supply–demand matchmaking: 200 enterprise demands, 175 offers',
    day: '2023-10-06',
    startTime: '08:30',
    endTime: '12:00',
  },
  {
    kind: 'mou-signing',
    title: 'Lễ ký kết biên bản ghi nhớ hợp tác',
    titleEn: 'MoU signing ceremony',
    day: '2023-10-07',
    startTime: '09:00',
    endTime: '10:30',
  },
];

const details = [
  {
    name: techdemo2019.name,
    nameEn: 'Technology Demonstration and Supply–Demand Connection (Techdemo) 2019',
    summary:
      'Mười hoạt động trong ba ngày tại Pleiku quanh khoảng 500 gian hàng; 12 biên bản ghi nhớ chuyển giao công nghệ trị giá hơn 500 tỷ đồng được ký kết.',
    summaryEn: 'Ten activities over three days in Pleiku around about 500 booths; 12 technology-transfer MoUs worth over 500 billion VND were signed.',
    pointProvince: '52',
    programme: techdemoProgramme,
  },
  {
    name: techconnect2023.name,
    nameEn: 'Techconnect and Innovation Viet Nam 2023',
    summary: 'Xác định 200 nhu cầu công nghệ của doanh nghiệp, đưa 175 chào bán vào cơ sở dữ liệu nguồn cung và trưng bày 460 công nghệ.',
    summaryEn: 'Identified 200 enterprise technology demands, took 175 offers into the supply database and showed 460 technologies.',
    pointProvince: '22',
    programme: techconnectProgramme,
  },
];

/** A coming Techmart with a B2B session, so the demo accounts can register and ask for meetings. */
const comingTechmart = {
  kind: 'techmart',
  name: 'Chợ công nghệ và thiết bị (Techmart) Bắc Trung Bộ 2027',
  nameEn: 'North Central Techmart 2027',
  summary: 'Chợ công nghệ vùng Bắc Trung Bộ: triển lãm, diễn đàn chế biến thủy sản và gặp gỡ B2B giữa doanh nghiệp và viện, trường.',
  summaryEn: 'North Central technology market: exhibition, seafood-processing forum and B2B meetings between enterprises and institutes.',
  startsOn: '2027-05-20',
  endsOn: '2027-05-21',
  venue: 'Trung tâm Hội nghị tỉnh Nghệ An, TP Vinh',
  provinceCode: '40',
};

/**
 * The history's Techdemo 2019 and Techconnect 2023 become full events (English names, summaries,
 * organisers: the agency and the province's connection point, programmes), and a coming Techmart
 * organised by the Nghệ An connection point is added. Runs once, on old databases as on new ones.
 */
export async function loadDemoEvents(tx: Tx) {
  const [agency] = await organisationsOfKinds(tx, ['agency']);
  const points = await activeConnectionPoints(tx);
  const pointOf = (province: string) => points.find((p) => p.provinces.includes(province))?.id ?? null;
  const organisers = (eventId: string, province: string) => {
    const rows: SeedRow<'eventOrganisers'>[] = [];
    if (agency) rows.push({ eventId, organisationId: agency.id });
    const point = pointOf(province);
    if (point) rows.push({ eventId, connectionPointId: point });
    return rows;
  };
  for (const d of details) {
    const id = await eventIdByName(tx, d.name);
    if (!id) continue;
    await updateSeedEvent(tx, id, { nameEn: d.nameEn, summary: d.summary, summaryEn: d.summaryEn, organiserOrganisationId: agency?.id ?? null });
    await insertSeedRows(tx, 'eventOrganisers', organisers(id, d.pointProvince));
    await insertSeedRows(
      tx,
      'eventActivities',
      d.programme.map((a, position) => ({ ...a, eventId: id, position })),
    );
  }
  if (!pointOf('40')) return;
  const [id] = await insertSeedRowsReturningIds(tx, 'events', [comingTechmart]);
  await insertSeedRows(tx, 'eventOrganisers', [{ eventId: id, connectionPointId: pointOf('40') }]);
  await insertSeedRows(tx, 'eventActivities', [
    {
      eventId: id,
      position: 0,
      kind: 'exhibition',
      title: 'Triển lãm công nghệ, thiết bị',
      titleEn: 'Technology exhibition',
      day: '2027-05-20',
      startTime: '08:00',
      endTime: '17:00',
    },
    {
      eventId: id,
      position: 1,
      kind: 'forum',
      title: 'Diễn đàn công nghệ chế biến thủy sản',
      titleEn: 'Forum: seafood processing technology',
      day: '2027-05-20',
      startTime: '14:00',
      endTime: '16:30',
    },
    { eventId: id, position: 2, kind: 'b2b', title: 'Gặp gỡ B2B', titleEn: 'B2B meetings', day: '2027-05-21', startTime: '08:30', endTime: '11:30' },
  ]);
  const [sessionId] = await insertSeedRowsReturningIds(tx, 'eventSessions', [{ eventId: id, title: 'Gặp gỡ B2B sáng 21/5', tables: 20 }]);
  // 08:30–11:30 Vietnam time (UTC+7): six 25-minute slots with 5-minute breaks.
  await insertSeedRows(
    tx,
    'eventSlots',
    Array.from({ length: 6 }, (_, position) => {
      const startsAt = new Date(Date.UTC(2027, 4, 21, 1, 30) + position * 30 * 60_000);
      return { sessionId, position, startsAt, endsAt: new Date(startsAt.getTime() + 25 * 60_000) };
    }),
  );
  // The demo enterprise and institute are approved participants, so they can ask each other to meet at once.
  const registrations: SeedRow<'eventRegistrations'>[] = [];
  for (const [email, role, wantsToMeet, booth] of [
    ['doanhnghiep@techbridge.local', 'seeker', 'Rút ngắn thời gian ủ chượp, đóng chai nước mắm tự động', null],
    ['vien@techbridge.local', 'supplier', 'Chế phẩm và quy trình chiết xuất dược liệu, enzyme thủy phân', 'B07'],
  ] as const) {
    const person = await personByEmail(tx, email);
    if (!person) continue;
    registrations.push({
      eventId: id,
      userId: person.userId,
      organisationId: person.organisationId,
      role,
      status: 'approved',
      wantsToMeet,
      booth,
      calendarToken: randomBytes(24).toString('base64url'),
      decidedAt: new Date(),
    });
  }
  await insertSeedRows(tx, 'eventRegistrations', registrations);
}
