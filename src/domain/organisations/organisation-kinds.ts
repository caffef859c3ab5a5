export const organisationKinds = ['agency', 'dost', 'centre', 'enterprise', 'institute', 'university', 'foreign', 'rep-office', 'individual'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const memberRoles = ['admin', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Kinds whose staff may host a connection point. */
export const connectionPointHostKinds: OrganisationKind[] = ['dost', 'centre'];

/** Enterprise size classes of Decree 80/2021/ND-CP (micro, small, medium) plus large. */
export const organisationSizes = ['micro', 'small', 'medium', 'large'] as const;
export type OrganisationSize = (typeof organisationSizes)[number];
