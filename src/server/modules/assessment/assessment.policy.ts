import { AppError } from '../../errors.js';
import { isConnectionPointStaff, isMemberOf, type Actor } from '../auth/actor.js';

/** What the policy needs to know of an assessment. */
export type AssessmentFacts = { organisationId: string; provinceCode: string | null; status: string };

/** Staff who assess: the connection point covering the enterprise's province, and the central agency. */
function assessesProvince(actor: Actor, provinceCode: string | null): boolean {
  return actor.isAgency || (!!provinceCode && actor.connectionPointProvinces.includes(provinceCode));
}

/**
 * An enterprise's answers and results are confidential to its own members, the staff assessing
 * it (its province's connection point) and the agency. Platform admins are not on the list.
 */
export function canViewAssessment(actor: Actor | null, a: Pick<AssessmentFacts, 'organisationId' | 'provinceCode'>): boolean {
  return !!actor && (isMemberOf(actor, a.organisationId) || assessesProvince(actor, a.provinceCode));
}

/** The enterprise's members fill in; connection-point staff fill in for it during a visit. */
export function canStartAssessment(actor: Actor, organisation: { id: string; provinceCode: string | null }): boolean {
  return isMemberOf(actor, organisation.id) || (isConnectionPointStaff(actor) && assessesProvince(actor, organisation.provinceCode));
}

export function canEditAssessment(actor: Actor | null, a: AssessmentFacts): boolean {
  if (!actor || !['draft', 'returned'].includes(a.status)) return false;
  return isMemberOf(actor, a.organisationId) || (isConnectionPointStaff(actor) && assessesProvince(actor, a.provinceCode));
}

/** The assessor: connection-point staff of the province or agency staff, never the enterprise itself. */
export function canReviewAssessment(actor: Actor | null, a: AssessmentFacts): boolean {
  return !!actor && !isMemberOf(actor, a.organisationId) && assessesProvince(actor, a.provinceCode);
}

/** Whom the staff list covers: null for every province (agency), else the provinces of their points. */
export function assessedProvinces(actor: Actor): string[] | null {
  return actor.isAgency ? null : actor.connectionPointProvinces;
}

/** Provinces whose enterprises the caller may start assessments for as staff: null for all (agency), 'none' for no one. */
export function eligibleProvinces(actor: Actor): string[] | null | 'none' {
  if (actor.isAgency) return null;
  return isConnectionPointStaff(actor) ? actor.connectionPointProvinces : 'none';
}

export function authorizeViewAssessment(actor: Actor | null, a: AssessmentFacts | undefined): asserts a is AssessmentFacts {
  if (!a || !canViewAssessment(actor, a)) throw new AppError('NOT_FOUND', { entity: 'assessment' });
}

export function authorizeEditAssessment(actor: Actor, a: AssessmentFacts): void {
  if (canEditAssessment(actor, a)) return;
  if (a.status === 'submitted' || a.status === 'approved') throw new AppError('INVALID_TRANSITION', { from: a.status, reason: 'locked' });
  throw new AppError('FORBIDDEN', { reason: 'assessment_edit' });
}

export function authorizeReviewAssessment(actor: Actor, a: AssessmentFacts): void {
  if (!canReviewAssessment(actor, a)) throw new AppError('FORBIDDEN', { reason: 'assessment_review' });
}

/** A weakness becomes a demand of the enterprise: its members, or the staff who enter records for it. */
export function canDraftDemandFrom(actor: Actor | null, a: AssessmentFacts): boolean {
  if (!actor || (a.status !== 'approved' && a.status !== 'submitted')) return false;
  return isMemberOf(actor, a.organisationId) || (isConnectionPointStaff(actor) && assessesProvince(actor, a.provinceCode));
}

/** Survey campaigns are run by connection-point staff for their provinces, and by the agency anywhere. */
export function canRunCampaigns(actor: Actor | null): boolean {
  return !!actor && (actor.isAgency || isConnectionPointStaff(actor));
}

/** Staff see a campaign that touches one of their provinces; the agency sees every campaign. */
export function canViewCampaign(actor: Actor | null, campaign: { provinceCodes: string[] }): boolean {
  if (!actor) return false;
  return actor.isAgency || campaign.provinceCodes.some((p) => actor.connectionPointProvinces.includes(p));
}

/**
 * A campaign's reminders (its schedule, a reminder sent now) are the business of the staff who see
 * the campaign. Anyone who runs no campaign is refused; staff of other provinces get 404, as on reading it.
 */
export function authorizeCampaignReminders(actor: Actor, campaign: { provinceCodes: string[] }): void {
  if (!canRunCampaigns(actor)) throw new AppError('FORBIDDEN', { reason: 'assessment_campaign' });
  if (!canViewCampaign(actor, campaign)) throw new AppError('NOT_FOUND', { entity: 'campaign' });
}

/** Every target must be an enterprise the caller may assess. */
export function authorizeCampaignTargets(actor: Actor, targets: Array<{ id: string; kind: string; provinceCode: string | null }>): void {
  if (!canRunCampaigns(actor)) throw new AppError('FORBIDDEN', { reason: 'assessment_campaign' });
  const outside = targets.find((t) => t.kind !== 'enterprise' || !assessesProvince(actor, t.provinceCode));
  if (outside) throw new AppError('FORBIDDEN', { reason: 'assessment_campaign_target', organisationId: outside.id });
}

/** Agency staff publish new methodology versions (reference data of the whole network). */
export function canPublishMethodologies(actor: Actor | null): boolean {
  return !!actor && actor.isAgency;
}

/**
 * The assessment dashboard is for the staff who run assessments: a connection point sees its
 * provinces, the agency every province. Returns the provinces it covers (null: all); a province
 * filter outside them is refused. Its figures are aggregates that never name an enterprise.
 */
export function authorizeAssessmentDashboard(actor: Actor, provinceCode: string | undefined): string[] | null {
  if (!canRunCampaigns(actor)) throw new AppError('FORBIDDEN', { reason: 'assessment_dashboard' });
  const provinces = assessedProvinces(actor);
  if (provinceCode && provinces !== null && !provinces.includes(provinceCode)) throw new AppError('FORBIDDEN', { reason: 'assessment_dashboard_province' });
  return provinces;
}
