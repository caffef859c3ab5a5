import type { IsoDate } from './dates.js';

/**
 * The innovation award ("Doanh nghiệp đổi mới công nghệ tiêu biểu", Decision 1244/QĐ-BKHCN):
 * an enterprise is eligible for a round when its evidence shows enough qualifying innovation
 * activities within the round's period.
 */
export const innovationActivities = [
  /** Holding or licensing industrial property or a plant variety. */
  'industrial-property',
  /** Applying results of research and development. */
  'rd-application',
  /** Receiving a technology transfer. */
  'technology-transfer-received',
  /** Investing in new or upgraded equipment or processes. */
  'equipment-investment',
  /** Applying quality-management systems or standards. */
  'quality-management',
] as const;
export type InnovationActivity = (typeof innovationActivities)[number];

/** Where a piece of evidence comes from: a record TechBridge holds, or the enterprise's own declaration. */
export type EvidenceSourceKind = 'agreement' | 'connection' | 'programme-task' | 'offer-ip' | 'assessment' | 'declared';

export type EvidenceItem = {
  id: string;
  enterpriseId: string;
  activity: InnovationActivity;
  source: { kind: EvidenceSourceKind; recordId: string };
  date: IsoDate;
};

export type EligibilityRule = { periodFrom: IsoDate; periodTo: IsoDate; qualifyingActivities: readonly InnovationActivity[]; minActivities: number };

/** A round such as "innovation in 2016–2018": at least one of the five activities in the period. */
export function defaultEligibilityRule(fromYear: number, toYear: number): EligibilityRule {
  return { periodFrom: `${fromYear}-01-01`, periodTo: `${toYear}-12-31`, qualifyingActivities: innovationActivities, minActivities: 1 };
}

export type Eligibility = {
  enterpriseId: string;
  eligible: boolean;
  activities: InnovationActivity[];
  evidence: EvidenceItem[];
  setAside: Array<{ item: EvidenceItem; reason: 'outside-period' | 'not-qualifying' }>;
};

/** Whether one enterprise's evidence makes it eligible, with the evidence that counts and what was set aside. */
export function evaluateEligibility(enterpriseId: string, evidence: readonly EvidenceItem[], rule: EligibilityRule): Eligibility {
  const counted: EvidenceItem[] = [];
  const setAside: Eligibility['setAside'] = [];
  for (const item of evidence.filter((e) => e.enterpriseId === enterpriseId)) {
    if (!rule.qualifyingActivities.includes(item.activity)) setAside.push({ item, reason: 'not-qualifying' });
    else if (item.date < rule.periodFrom || item.date > rule.periodTo) setAside.push({ item, reason: 'outside-period' });
    else counted.push(item);
  }
  const activities = innovationActivities.filter((a) => counted.some((e) => e.activity === a));
  return { enterpriseId, eligible: activities.length >= rule.minActivities, activities, evidence: counted, setAside };
}

/** The eligible enterprises among those with evidence, most activities first, each with its evidence attached. */
export function eligibleEnterprises(evidence: readonly EvidenceItem[], rule: EligibilityRule): Eligibility[] {
  const ids = [...new Set(evidence.map((e) => e.enterpriseId))];
  return ids
    .map((id) => evaluateEligibility(id, evidence, rule))
    .filter((e) => e.eligible)
    .sort((a, b) => b.activities.length - a.activities.length || a.enterpriseId.localeCompare(b.enterpriseId));
}
