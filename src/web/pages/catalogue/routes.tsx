import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { RecordSegment } from '../../api/catalogue.js';
import '../imports/i18n/register.js';
import { ImportPage } from '../imports/import-page.js';
import { DemandDetailPage } from './demands/demand-detail-page.js';
import { DemandForm } from './demands/demand-form.js';
import { ExpertDetailPage } from './experts/expert-detail-page.js';
import { ExpertForm } from './experts/expert-form.js';
import './i18n/register.js';
import { AgencyOverviewPage } from './moderation/agency-overview-page.js';
import { ModerationQueuePage } from './moderation/moderation-queue-page.js';
import { OfferDetailPage } from './offers/offer-detail-page.js';
import { OfferForm } from './offers/offer-form.js';
import type { KindFormProps } from './record/record-form.js';
import { EditRecordPage, NewRecordPage } from './record/record-form-page.js';
import { CatalogueSearchPage } from './search/catalogue-search-page.js';
import { WorkspacePage } from './workspace/workspace-page.js';

/** Each kind's pages: its detail page, its form and the title of a new record. */
const kinds: { segment: RecordSegment; Detail: ComponentType; Form: ComponentType<KindFormProps>; newTitleKey: string }[] = [
  { segment: 'offers', Detail: OfferDetailPage, Form: OfferForm, newTitleKey: 'catalogue.form.newOffer' },
  { segment: 'demands', Detail: DemandDetailPage, Form: DemandForm, newTitleKey: 'catalogue.form.newDemand' },
  { segment: 'experts', Detail: ExpertDetailPage, Form: ExpertForm, newTitleKey: 'catalogue.form.newExpert' },
];

/** Public lists and detail pages: anyone, signed in or not, may open these links. */
export const cataloguePublicRoutes: RouteObject[] = kinds.flatMap(({ segment, Detail }) => [
  { path: `/${segment}`, element: <CatalogueSearchPage key={segment} segment={segment} /> },
  { path: `/${segment}/:id`, element: <Detail /> },
]);

/** Forms, workspaces, moderation and imports (placed under the shell's RequireSignIn). */
export const catalogueSignedInRoutes: RouteObject[] = [
  ...kinds.flatMap(({ segment, Form, newTitleKey }) => [
    { path: `/${segment}/new`, element: <NewRecordPage segment={segment} Form={Form} titleKey={newTitleKey} /> },
    { path: `/${segment}/:id/edit`, element: <EditRecordPage segment={segment} Form={Form} /> },
  ]),
  { path: '/workspace', element: <WorkspacePage /> },
  { path: '/moderation', element: <ModerationQueuePage /> },
  { path: '/overview', element: <AgencyOverviewPage /> },
  { path: '/imports', element: <ImportPage /> },
];
