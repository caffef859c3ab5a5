import { AppError } from '../../errors.js';
import { isConnectionPointStaff, isNetworkStaff, type Actor } from '../auth/actor.js';

/** Network staff see the national report; connection-point staff their own provinces; nobody else. */
export function canSeeReports(actor: Actor | null): boolean {
  return isNetworkStaff(actor) || isConnectionPointStaff(actor);
}

export function canSeeNationalReports(actor: Actor | null): boolean {
  return isNetworkStaff(actor);
}

/** The provinces a report may cover: null for national. */
export function authorizeReports(actor: Actor): string[] | null {
  if (canSeeNationalReports(actor)) return null;
  if (!canSeeReports(actor)) throw new AppError('FORBIDDEN', { reason: 'reports_for_staff_only' });
  return actor.connectionPointProvinces;
}

/** A report of one province needs it to be one of the actor's. */
export function authorizeReportProvince(covered: string[] | null, provinceCode: string): void {
  if (covered && !covered.includes(provinceCode)) throw new AppError('FORBIDDEN', { reason: 'province_not_covered' });
}

/** A country's figures: network staff see every country, a representative office the countries it covers, nobody else. */
export function canSeeCountryReport(actor: Actor | null, country: string): boolean {
  return isNetworkStaff(actor) || (!!actor && actor.repOfficeCountries.includes(country));
}

export function authorizeCountryReport(actor: Actor, country: string): void {
  if (!canSeeCountryReport(actor, country)) throw new AppError('FORBIDDEN', { reason: 'country_not_covered' });
}
