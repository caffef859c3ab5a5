import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';
import type { RecordSegment } from '../../api/catalogue.js';
import { lazyPage } from '../../lib/lazy-page.js';
import '../imports/i18n/register.js';
import './i18n/register.js';
import type { KindFormProps } from './record/record-form.js';

type KindForm = ComponentType<KindFormProps>;

/** Each kind's pages, loaded when first visited: its detail page, its form and the title of a new record. */
const kinds: { segment: RecordSegment; detail: LazyRouteFunction<RouteObject>; form: () => Promise<KindForm>; newTitleKey: string }[] = [
  {
    segment: 'offers',
    detail: lazyPage(
      () => import('./offers/offer-detail-page.js'),
      (m) => m.OfferDetailPage,
    ),
    form: async () => (await import('./offers/offer-form.js')).OfferForm,
    newTitleKey: 'catalogue.form.newOffer',
  },
  {
    segment: 'demands',
    detail: lazyPage(
      () => import('./demands/demand-detail-page.js'),
      (m) => m.DemandDetailPage,
    ),
    form: async () => (await import('./demands/demand-form.js')).DemandForm,
    newTitleKey: 'catalogue.form.newDemand',
  },
  {
    segment: 'experts',
    detail: lazyPage(
      () => import('./experts/expert-detail-page.js'),
      (m) => m.ExpertDetailPage,
    ),
    form: async () => (await import('./experts/expert-form.js')).ExpertForm,
    newTitleKey: 'catalogue.form.newExpert',
  },
];

/** Public lists and detail pages: anyone, signed in or not, may open these links. */
export const cataloguePublicRoutes: RouteObject[] = kinds.flatMap(({ segment, detail }) => [
  {
    path: `/${segment}`,
    lazy: async () => {
      const { CatalogueSearchPage } = await import('./search/catalogue-search-page.js');
      return { Component: () => <CatalogueSearchPage key={segment} segment={segment} /> };
    },
  },
  { path: `/${segment}/:id`, lazy: detail },
]);

/** Forms, workspaces, moderation and imports (placed under the shell's RequireSignIn). */
export const catalogueSignedInRoutes: RouteObject[] = [
  ...kinds.flatMap(({ segment, form, newTitleKey }) => [
    {
      path: `/${segment}/new`,
      lazy: async () => {
        const [{ NewRecordPage }, Form] = await Promise.all([import('./record/record-form-page.js'), form()]);
        return { Component: () => <NewRecordPage segment={segment} Form={Form} titleKey={newTitleKey} /> };
      },
    },
    {
      path: `/${segment}/:id/edit`,
      lazy: async () => {
        const [{ EditRecordPage }, Form] = await Promise.all([import('./record/record-form-page.js'), form()]);
        return { Component: () => <EditRecordPage segment={segment} Form={Form} /> };
      },
    },
  ]),
  {
    path: '/workspace',
    lazy: lazyPage(
      () => import('./workspace/workspace-page.js'),
      (m) => m.WorkspacePage,
    ),
  },
  {
    path: '/moderation',
    lazy: lazyPage(
      () => import('./moderation/moderation-queue-page.js'),
      (m) => m.ModerationQueuePage,
    ),
  },
  {
    path: '/overview',
    lazy: lazyPage(
      () => import('./moderation/agency-overview-page.js'),
      (m) => m.AgencyOverviewPage,
    ),
  },
  {
    path: '/imports',
    lazy: lazyPage(
      () => import('../imports/import-page.js'),
      (m) => m.ImportPage,
    ),
  },
];
