export const organisationKinds = [
  'agency',
  'dost',
  'centre',
  'enterprise',
  'institute',
  'university',
  'foreign',
  'rep-office',
  'individual',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const memberRoles = ['admin', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Kinds whose staff may host a connection point. */
export const connectionPointHostKinds: OrganisationKind[] = ['dost', 'centre'];
