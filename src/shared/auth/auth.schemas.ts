import { z } from 'zod';
import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '../limits.js';
import { memberRoles, organisationKinds } from '../../domain/organisations/organisation-kinds.js';
import { TwoFactorState } from './two-factor.schemas.js';

const email = z.string().trim().toLowerCase().max(EMAIL_MAX).pipe(z.email());
const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const SignUpBody = z
  .object({
    name: z.string().trim().min(1).max(NAME_MAX),
    email,
    password,
    locale: z.enum(['vi', 'en']).optional(),
  })
  .meta({ id: 'SignUpBody' });

export const SignInBody = z.object({ email, password: z.string().min(1).max(PASSWORD_MAX) }).meta({ id: 'SignInBody' });
export const EmailBody = z.object({ email }).meta({ id: 'EmailBody' });
export const ResetPasswordBody = z.object({ token: z.string().min(1).max(500), newPassword: password }).meta({ id: 'ResetPasswordBody' });
export const ChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: password }).meta({ id: 'ChangePasswordBody' });

export const UnlockAccountBody = z.object({ token: z.string().min(1).max(200) }).meta({ id: 'UnlockAccountBody' });
/** `unlocked: false` when the link is unknown, already used, or its lock is over. */
export const UnlockAccountResponse = z.object({ unlocked: z.boolean() }).meta({ id: 'UnlockAccountResponse' });

export const SessionUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
    locale: z.string(),
    emailVerified: z.boolean(),
  })
  .meta({ id: 'SessionUser' });

/** What the signed-in person may do across the platform; the web shows navigation and buttons from these, never from roles. */
export const Abilities = z
  .object({
    /** Post offers, demands or expert profiles (for an organisation, or on someone's behalf). */
    postRecords: z.boolean(),
    /** Work in the workspace of one's own organisations: its records, matches, assessments and programmes (members). */
    useWorkspace: z.boolean(),
    /** Enter records for any organisation of the provinces covered (connection points, agency). */
    postOnBehalf: z.boolean(),
    /** Work the moderation queue of the provinces covered. */
    moderate: z.boolean(),
    /** Watch the whole network's catalogue (agency overview). */
    overseeNetwork: z.boolean(),
    import: z.boolean(),
    seeReports: z.boolean(),
    /** The national report rather than the provinces covered. */
    seeNationalReports: z.boolean(),
    workForeignQueue: z.boolean(),
    /** Verify and maintain the organisations of the provinces covered. */
    manageRegionOrganisations: z.boolean(),
    administerOrganisations: z.boolean(),
    administerUsers: z.boolean(),
    manageConnectionPoints: z.boolean(),
    editReference: z.boolean(),
    editGlossary: z.boolean(),
    readAudit: z.boolean(),
    readOutbox: z.boolean(),
    /** Signed in, in no organisation and without a platform role: their first task is to create or join one. */
    joinOrganisation: z.boolean(),
    /** The organisations the person may start a roadmap for, and of which scope (their enterprise's own, or a sector one). */
    startRoadmaps: z.array(z.object({ organisationId: z.string(), scope: z.enum(['enterprise', 'sector']) })),
  })
  .meta({ id: 'Abilities' });
export type Abilities = z.infer<typeof Abilities>;

export const MeResponse = z
  .object({
    user: SessionUser.nullable(),
    abilities: Abilities,
    memberships: z.array(
      z.object({
        organisationId: z.string(),
        organisationName: z.string(),
        organisationKind: z.enum(organisationKinds),
        role: z.enum(memberRoles),
      }),
    ),
    connectionPointProvinces: z.array(z.string()),
    repOfficeCountries: z.array(z.string()),
    twoFactor: TwoFactorState,
  })
  .meta({ id: 'MeResponse' });
export type MeResponse = z.infer<typeof MeResponse>;
