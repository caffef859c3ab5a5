import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** The public statistics page: anyone, signed in or not. */
export const openDataPublicRoutes: RouteObject[] = [
  {
    path: '/statistics',
    lazy: lazyPage(
      () => import('./statistics-page.js'),
      (m) => m.StatisticsPage,
    ),
  },
];
