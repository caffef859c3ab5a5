import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** The representative office's foreign technology search (placed under the shell's RequireSignIn). */
export const foreignSearchSignedInRoutes: RouteObject[] = [
  {
    path: '/foreign-search',
    lazy: lazyPage(
      () => import('./foreign-queue-page.js'),
      (m) => m.ForeignQueuePage,
    ),
  },
  {
    path: '/foreign-search/figures',
    lazy: lazyPage(
      () => import('./country-figures-page.js'),
      (m) => m.CountryFiguresPage,
    ),
  },
  {
    path: '/foreign-search/:id',
    lazy: lazyPage(
      () => import('./foreign-demand-page.js'),
      (m) => m.ForeignDemandPage,
    ),
  },
];
