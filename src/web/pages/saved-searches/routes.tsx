import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page.js';

/** A person's saved searches (placed under the shell's RequireSignIn). */
export const savedSearchesSignedInRoutes: RouteObject[] = [
  {
    path: '/me/saved-searches',
    lazy: lazyPage(
      () => import('./saved-searches-page.js'),
      (m) => m.SavedSearchesPage,
    ),
  },
];
