import { z } from 'zod';
import { agreementKinds } from '../../domain/connections/agreement-rules.js';
import { connectionStages } from '../../domain/connections/stages.js';
import { NOTE_MAX, TEXT_LONG_MAX } from '../limits.js';

export const connectionChannels = ['connection-point', 'event', 'rep-office', 'direct'] as const;
export const connectionOrigins = ['match', 'offer-page', 'broker'] as const;

const isoDate = z.iso.date();
const note = z.string().trim().max(NOTE_MAX);

export const ConnectionCreateBody = z
  .object({
    demandId: z.uuid().optional(),
    offerId: z.uuid().optional(),
    /** When there is no demand: the enterprise that asks (the caller must belong to it, or broker it). */
    seekerOrganisationId: z.uuid().optional(),
    /** When there is no offer: the supplier organisation asked. */
    supplierOrganisationId: z.uuid().optional(),
    origin: z.enum(connectionOrigins),
    channel: z.enum(connectionChannels).optional(),
    eventId: z.uuid().optional(),
    message: note.optional(),
  })
  .meta({ id: 'ConnectionCreateBody' });

export const StageChangeBody = z
  .object({
    stage: z.enum([...connectionStages, 'reopened']),
    occurredOn: isoDate.optional(),
    note: note.optional(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'StageChangeBody' });

export const MessageBody = z.object({ body: z.string().trim().min(1).max(TEXT_LONG_MAX) }).meta({ id: 'MessageBody' });

export const AgreementParty = z.object({
  organisationId: z.uuid().nullable().default(null),
  name: z.string().trim().min(1).max(300),
  role: z.enum(['transferor', 'transferee', 'consultant', 'client', 'party']),
});

export const AgreementCreateBody = z
  .object({
    kind: z.enum(agreementKinds),
    title: z.string().trim().min(1).max(300),
    parties: z.array(AgreementParty).max(10).default([]),
    valueVnd: z.number().nullable().default(null),
    signedOn: isoDate,
    transferRight: z.string().max(50).nullable().default(null),
    transferForms: z.array(z.string().max(50)).max(10).default([]),
    transferModes: z.array(z.string().max(50)).max(10).default([]),
    checklist: z.array(z.string().max(20)).max(50).default([]),
    eventId: z.uuid().nullable().default(null),
  })
  .meta({ id: 'AgreementCreateBody' });

export const Agreement = z
  .object({
    id: z.string(),
    connectionId: z.string().nullable(),
    eventId: z.string().nullable(),
    kind: z.enum(agreementKinds),
    title: z.string(),
    parties: z.array(z.object({ organisationId: z.string().nullable(), name: z.string(), role: z.string() })),
    valueVnd: z.number().nullable(),
    signedOn: z.string(),
    transferRight: z.string().nullable(),
    transferForms: z.array(z.string()),
    transferModes: z.array(z.string()),
    checklist: z.array(z.string()),
    /** Contract contents (Law 07/2017, art. 23) the document does not yet hold. */
    missingContents: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .meta({ id: 'Agreement' });

const Party = z.object({ organisationId: z.string().nullable(), name: z.string().nullable() });

export const ConnectionDetail = z
  .object({
    id: z.string(),
    /** "demand ↔ offer", an organisation standing in for a side without a record; empty only when nothing is known. */
    title: z.string(),
    demand: z.object({ id: z.string(), title: z.string() }).nullable(),
    offer: z.object({ id: z.string(), title: z.string() }).nullable(),
    seeker: Party,
    supplier: Party,
    channel: z.enum(connectionChannels),
    origin: z.enum(connectionOrigins),
    partnerCountry: z.string().nullable(),
    provinceCode: z.string().nullable(),
    connectionPointId: z.string().nullable(),
    broker: z.object({ id: z.string(), name: z.string() }).nullable(),
    stage: z.enum(connectionStages),
    resumeStage: z.string().nullable(),
    openedOn: z.string(),
    lastActivityAt: z.string(),
    version: z.number(),
    history: z.array(
      z.object({
        fromStage: z.string().nullable(),
        toStage: z.string(),
        occurredOn: z.string(),
        note: z.string().nullable(),
        actorName: z.string().nullable(),
      }),
    ),
    messages: z.array(z.object({ id: z.string(), authorName: z.string().nullable(), body: z.string(), createdAt: z.string() })),
    agreements: z.array(Agreement),
    abilities: z.object({ canRespond: z.boolean(), canAdvance: z.boolean(), canMessage: z.boolean(), canRecordAgreement: z.boolean() }),
  })
  .meta({ id: 'ConnectionDetail' });
export type ConnectionDetail = z.infer<typeof ConnectionDetail>;

export const ConnectionListQuery = z.object({
  stage: z.enum(connectionStages).optional(),
  demandId: z.uuid().optional(),
  offerId: z.uuid().optional(),
  /** Connections opened in this year (the history filter). */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Words found in the demand's or offer's title or a party's name (with or without diacritics). */
  q: z.string().trim().max(200).optional(),
  /** The `nextCursor` of the previous page, as handed out. */
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ConnectionSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    seekerName: z.string().nullable(),
    supplierName: z.string().nullable(),
    channel: z.enum(connectionChannels),
    stage: z.enum(connectionStages),
    openedOn: z.string(),
    lastActivityAt: z.string(),
  })
  .meta({ id: 'ConnectionSummary' });

export const ConnectionList = z
  .object({
    items: z.array(ConnectionSummary),
    total: z.number(),
    /** The years the caller has connections opened in, newest first (for the year filter). */
    years: z.array(z.number().int()),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ConnectionList' });
