import type { DemandConnectionFacts } from './confidentiality.policy.js';
import type { ZodObject, ZodType } from 'zod';
import type { Executor } from '../../../db/client.js';
import type { WorkflowAction, WorkflowMachine } from '../../../domain/catalogue/workflow.js';
import type { CatalogueType, FacetName } from '../../../shared/catalogue/catalogue.schemas.js';
import type { DemandCreate, DemandListQuery } from '../../../shared/catalogue/demand.schemas.js';
import type { ExpertCreate, ExpertListQuery } from '../../../shared/catalogue/expert.schemas.js';
import type { OfferCreate, OfferListQuery } from '../../../shared/catalogue/offer.schemas.js';
import type { ReferenceCategory } from '../../../shared/reference/reference.schemas.js';
import type { RowOf } from './catalogue.repository.js';
import type { SearchFilter } from './search-filter.js';

/** What callers send (create body) and ask (list query) for each kind. */
type KindInputs = {
  offer: { create: OfferCreate; query: OfferListQuery };
  demand: { create: DemandCreate; query: DemandListQuery };
  expert: { create: ExpertCreate; query: ExpertListQuery };
};
export type CreateOf<T extends CatalogueType> = KindInputs[T]['create'];
/** A create body, or the fields of a patch: absent means unchanged. */
export type InputOf<T extends CatalogueType> = Partial<CreateOf<T>>;
export type ListQueryOf<T extends CatalogueType> = KindInputs[T]['query'];

/** A view of a record as the API answers it. */
type View = ZodType<{ id: string }>;

/** The named zod schemas of a kind's endpoints (they are its OpenAPI components). */
type KindSchemas = {
  create: ZodType;
  patch: ZodType;
  listQuery: ZodType;
  list: ZodType;
  /** What anyone may see. */
  public: View;
  /** The whole record, with its workflow fields and the caller's abilities. */
  full: View;
  /** GET one: the whole record or its public part. */
  detail: ZodType;
  /** An object schema: its keys are the columns a list reads (see listItemColumns). */
  listItem: ZodObject<{ id: ZodType<string> }>;
};

/**
 * One kind of catalogue record (offer, demand, expert): everything the generic routes, service,
 * repository and policy of the catalogue need to know about it. Adding a field or a filter
 * touches the kind's file and its schema only.
 */
export type RecordKind<T extends CatalogueType> = {
  type: T;
  machine: WorkflowMachine;
  schemas: KindSchemas;
  /** Workflow actions beyond submit, publish, return and archive, each with its own route. */
  extraActions: readonly WorkflowAction[];
  /** Fields whose edit does not send a public record back to review (contact details, validity…). */
  nonMaterialFields: readonly string[];
  search: {
    /** The facets of the kind's generated `facet_key`, in its order. */
    facets: readonly FacetName[];
    /** The column that the TRL sort reads, when the kind has one. */
    trl?: string;
    /** The list query as filters (province codes already resolved to current ones). */
    filters(query: ListQueryOf<T>): SearchFilter[];
  };
  /** How what a caller sends becomes columns, beyond the shared codes, owner and province. */
  input: {
    /** Checks across fields, before any reference lookup. */
    check?(input: InputOf<T>): void;
    /** Fields holding codes of a reference list, checked when given. */
    referenceCodes?: readonly (readonly [ReferenceCategory, keyof InputOf<T> & string])[];
    /** Columns that follow from others when the caller leaves them out. */
    derive?(input: InputOf<T>): Partial<RowOf<T>>;
  };
  /** The title and summary a list item's highlight is cut from (never confidential text). */
  highlight(row: RowOf<T>): [title: string, summary: string | null];
  /** A confidential part: who reads it is decided by `canSeeConfidential` from the record and its connections. */
  confidential?: { fields: readonly string[]; connectionsOf(db: Executor, id: string): Promise<readonly DemandConnectionFacts[]> };
};

/** The URL segment and OpenAPI tag of a kind: `offers`, `demands`, `experts`. */
export const segmentOf = (type: CatalogueType) => `${type}s` as const;
