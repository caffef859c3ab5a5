import { connectionPoints } from './data/organisations.js';
import { demoPeople } from './data/people.js';

/** Demo e-mail → user id, as loadPeople inserted them. */
export type UserIds = Map<string, string>;

/** Who, among the demo accounts, acts for an organisation, moderates a province or works a country's queue. */
export function demoActors(userIds: UserIds) {
  const idOf = (email: string) => userIds.get(email) ?? null;
  const agencyStaff = demoPeople.find((p) => p.memberships.some((m) => m.organisationKey === 'agency'));
  const memberOf = (organisationKey: string) => demoPeople.find((p) => p.memberships.some((m) => m.organisationKey === organisationKey));
  const staffCovering = (provinceCode: string) =>
    demoPeople.find((p) => p.memberships.some((m) => connectionPoints.some((cp) => cp.hostKey === m.organisationKey && cp.provinces.includes(provinceCode))));
  return {
    /** The demo account of the owner organisation, if it has one. */
    ownerUser: (organisationKey: string) => {
      const person = memberOf(organisationKey);
      return person ? idOf(person.email) : null;
    },
    /** The connection-point staff account for the province, if the demo has one. */
    pointStaff: (provinceCode: string | null) => {
      const person = provinceCode ? staffCovering(provinceCode) : undefined;
      return person ? idOf(person.email) : null;
    },
    /** Who published a record: the province's connection-point staff, else the agency. */
    moderator: (provinceCode: string | null) => {
      const person = (provinceCode ? staffCovering(provinceCode) : undefined) ?? agencyStaff;
      return person ? idOf(person.email) : null;
    },
  };
}

/** The provinces of each connection point that has a demo staff account (Nghệ An's region, Gia Lai). */
export function provincesWithDemoStaff(): string[][] {
  const hosts = new Set(demoPeople.flatMap((p) => p.memberships.map((m) => m.organisationKey)));
  return connectionPoints.filter((cp) => hosts.has(cp.hostKey)).map((cp) => cp.provinces);
}
