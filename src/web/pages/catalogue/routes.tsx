import type { RouteObject } from 'react-router';
import '../imports/i18n/register.js';
import { ImportPage } from '../imports/import-page.js';
import { DemandDetailPage } from './demands/demand-detail-page.js';
import { EditDemandPage, NewDemandPage } from './demands/demand-form-pages.js';
import { ExpertDetailPage } from './experts/expert-detail-page.js';
import { EditExpertPage, NewExpertPage } from './experts/expert-form-pages.js';
import './i18n/register.js';
import { AgencyOverviewPage } from './moderation/agency-overview-page.js';
import { ModerationQueuePage } from './moderation/moderation-queue-page.js';
import { OfferDetailPage } from './offers/offer-detail-page.js';
import { EditOfferPage, NewOfferPage } from './offers/offer-form-pages.js';
import { CatalogueSearchPage } from './search/catalogue-search-page.js';
import { WorkspacePage } from './workspace/workspace-page.js';

/** Public lists and detail pages: anyone, signed in or not, may open these links. */
export const cataloguePublicRoutes: RouteObject[] = [
  { path: '/offers', element: <CatalogueSearchPage key="offers" segment="offers" /> },
  { path: '/offers/:id', element: <OfferDetailPage /> },
  { path: '/demands', element: <CatalogueSearchPage key="demands" segment="demands" /> },
  { path: '/demands/:id', element: <DemandDetailPage /> },
  { path: '/experts', element: <CatalogueSearchPage key="experts" segment="experts" /> },
  { path: '/experts/:id', element: <ExpertDetailPage /> },
];

/** Forms, workspaces, moderation and imports (placed under the shell's RequireSignIn). */
export const catalogueSignedInRoutes: RouteObject[] = [
  { path: '/offers/new', element: <NewOfferPage /> },
  { path: '/offers/:id/edit', element: <EditOfferPage /> },
  { path: '/demands/new', element: <NewDemandPage /> },
  { path: '/demands/:id/edit', element: <EditDemandPage /> },
  { path: '/experts/new', element: <NewExpertPage /> },
  { path: '/experts/:id/edit', element: <EditExpertPage /> },
  { path: '/workspace', element: <WorkspacePage /> },
  { path: '/moderation', element: <ModerationQueuePage /> },
  { path: '/overview', element: <AgencyOverviewPage /> },
  { path: '/imports', element: <ImportPage /> },
];
