import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** A connection point's listing outcomes by month (placed under the shell's RequireSignIn). */
export const listingOutcomesSignedInRoutes: RouteObject[] = [
  {
    path: '/listing-outcomes',
    lazy: lazyPage(
      () => import('./listing-outcomes-page.js'),
      (m) => m.ListingOutcomesPage,
    ),
  },
];
