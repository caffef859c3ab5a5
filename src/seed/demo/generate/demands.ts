import type { DemandStatus, DemoDemand } from '../data/catalogue-types.js';
import { demoOrganisations } from '../data/organisations.js';
import type { DemandTemplate } from '../data/sectors/vocabulary.js';
import type { DemoOrganisation, SectorKey } from '../data/types.js';
import { countryNamesVi, formNamesVi, sizeNamesVi } from './phrases.js';
import { provinceName } from './provinces.js';
import { addDays, fill, seededRandom, type Random } from './random.js';
import { legacyProvinceAt, organisation, rotation, sectorVocabularies, variantsOf } from './sectors.js';
import { provincesWithDemoStaff } from '../demo-actors.js';
import { demandReturnReasons, demandStage, demandStatus, ensureQueue, timelineFor } from './timeline.js';

// Enterprises with pinned demands (the ones demo accounts show) get only those.
const pinnedOwners = new Set(sectorVocabularies.flatMap((s) => s.demands.flatMap((d) => (d.owner ? [d.owner] : []))));
const enterprisesOf = (sector: SectorKey) =>
  demoOrganisations.filter((o) => o.kind === 'enterprise' && o.sectors?.includes(sector) && !pinnedOwners.has(o.key));

const monthYear = (date: Date) => `${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;

function publicDescription(random: Random, owner: DemoOrganisation, template: DemandTemplate, variant: string | undefined, targetCountries: string[]): string {
  const who = owner.nameVi.startsWith('Hợp tác xã') ? 'Hợp tác xã' : `Doanh nghiệp quy mô ${sizeNamesVi[owner.size ?? 'small']}`;
  const parts = [
    fill(template.summary, variant),
    `${who} tại ${provinceName(owner.provinceCode ?? '01')}, ưu tiên hình thức ${template.forms.map((f) => formNamesVi[f]).join(' hoặc ')}.`,
    template.minTrl >= 7
      ? `Công nghệ cần đã được kiểm chứng trong sản xuất (TRL ${template.minTrl} trở lên).`
      : `Sẵn sàng cùng bên cung hoàn thiện công nghệ từ mức TRL ${template.minTrl}.`,
  ];
  if (targetCountries.length) parts.push(`Doanh nghiệp sẵn sàng tiếp nhận công nghệ từ ${targetCountries.map((c) => countryNamesVi[c] ?? c).join(', ')}.`);
  else if (random.chance(0.3)) parts.push('Ưu tiên nhà cung cấp trong nước có khả năng hỗ trợ kỹ thuật tại chỗ.');
  return parts.join(' ');
}

function constraints(random: Random, budget: number | null, deadline: Date): string {
  const money = budget
    ? `Ngân sách dự kiến khoảng ${(budget / 1_000_000).toLocaleString('vi-VN')} triệu đồng${random.chance(0.4) ? ', đề nghị xem xét hỗ trợ từ Chương trình đổi mới công nghệ quốc gia' : ''}.`
    : 'Ngân sách sẽ xác định sau khi có phương án công nghệ cụ thể.';
  const downtime = random.pick([
    'Không dừng sản xuất quá 15 ngày khi lắp đặt.',
    'Mặt bằng hiện có hạn chế, cần thiết bị gọn.',
    'Cần đào tạo được công nhân hiện có, không tuyển thêm kỹ sư.',
    'Ưu tiên thiết bị có phụ tùng thay thế sẵn trong nước.',
  ]);
  return `${money} Cần đưa vào vận hành trước tháng ${monthYear(deadline)}. ${downtime}`;
}

function budgetOf(random: Random, template: DemandTemplate): number | null {
  if (template.budget === null || random.chance(0.1)) return null;
  return Math.round((template.budget * (0.7 + random.next() * 0.6)) / 10) * 10 * 1_000_000;
}

function demandOf(
  random: Random,
  owner: DemoOrganisation,
  sector: SectorKey,
  vsic: string,
  fields: string[],
  template: DemandTemplate,
  variant: string | undefined,
  status: DemandStatus,
) {
  const timeline = timelineFor(random, demandStage(status));
  const deadline = addDays(timeline.publishedAt ?? timeline.createdAt, random.int(180, 540));
  const targetCountries = template.seekAbroad && random.chance(0.7) ? template.seekAbroad : [];
  const budgetVnd = budgetOf(random, template);
  return {
    ownerKey: owner.key,
    sector,
    language: 'vi' as const,
    title: fill(template.title, variant),
    summary: fill(template.summary, variant),
    description: publicDescription(random, owner, template, variant, targetCountries),
    problem: fill(template.problem, variant),
    currentProcess: fill(template.currentProcess, variant),
    targets: fill(template.targets, variant),
    constraints: constraints(random, budgetVnd, deadline),
    keywords: variant ? [...template.keywords, variant.toLowerCase()] : template.keywords,
    vsicSections: owner.vsicSections?.includes(vsic) ? [vsic] : [vsic, ...(owner.vsicSections ?? []).slice(0, 1)],
    fieldCodes: template.fields ?? fields,
    minTrl: template.minTrl,
    budgetVnd,
    deadline,
    transferForms: template.forms,
    seekAbroad: targetCountries.length > 0,
    targetCountries,
    provinceCode: owner.provinceCode ?? null,
    legacyProvinceCode: legacyProvinceAt(owner, timeline.publishedAt ?? timeline.createdAt),
    // Centres record needs they find in surveys; about a quarter of demands come that way.
    enteredByConnectionPoint: random.chance(0.25),
    status,
    returnReason: status === 'returned' ? random.pick(demandReturnReasons) : null,
    ...timeline,
  };
}

/** About 120 demands from enterprises in every sector; pinned demands (the fish-sauce producer's, the pharmaceutical company's) keep their set status. */
export function generateDemands(): DemoDemand[] {
  const random = seededRandom(20_260_202);
  const nextEnterprise = rotation(enterprisesOf);
  const demands: Omit<DemoDemand, 'externalId'>[] = [];
  for (const sector of sectorVocabularies) {
    for (const template of sector.demands) {
      if (template.variantOwners && template.variantOwners.length !== variantsOf(template).length)
        throw new Error(`variant owners do not match variants: ${template.title}`);
      for (const [i, variant] of variantsOf(template).entries()) {
        const ownerKey = template.owner ?? template.variantOwners?.[i];
        const owner = ownerKey ? organisation(ownerKey) : nextEnterprise(sector.key);
        const status = template.pinnedStatus ?? demandStatus(random);
        demands.push(demandOf(random, owner, sector.key, sector.vsic, sector.fields, template, variant, status));
      }
    }
  }
  const queued = provincesWithDemoStaff().reduce(
    (list, provinces) =>
      ensureQueue(
        list,
        provinces,
        4,
        (d) => !pinnedOwners.has(d.ownerKey),
        (d) => ({ ...d, status: 'submitted' as const, legacyProvinceCode: null, ...timelineFor(random, 'submitted') }),
      ),
    demands,
  );
  return queued.map((demand, i) => ({ externalId: `demo-demand-${String(i + 1).padStart(3, '0')}`, ...demand }));
}
