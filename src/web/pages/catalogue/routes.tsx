import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';
import { recordKinds as kinds } from './record/kinds/index.js';

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
